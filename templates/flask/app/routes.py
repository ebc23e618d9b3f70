"""The API's routes, as a blueprint."""

from flask import Blueprint, Response, abort, jsonify, request
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from .errors import MESSAGES, error
from .extensions import db
from .models import Book, User
from .validation import (
    BODY_LIMIT_BYTES,
    InvalidInput,
    is_json_content_type,
    parse_new_user,
    parse_user_id,
    read_json,
    user_not_found,
)

api = Blueprint("api", __name__)


@api.errorhandler(InvalidInput)
def invalid_input(exc: InvalidInput) -> tuple[Response, int]:
    return error(exc.message, 400)


@api.get("/health")
def health() -> Response | tuple[Response, int]:
    """ok once the database answered a query; unavailable (503) when it did not."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return jsonify(status="unavailable"), 503
    return jsonify(status="ok")


@api.get("/books")
def book_list() -> Response:
    books = db.session.scalars(select(Book).order_by(Book.id))
    return jsonify(
        [{"id": book.id, "title": book.title, "author": book.author} for book in books]
    )


@api.get("/users")
def user_list() -> Response:
    users = db.session.scalars(select(User).order_by(User.id))
    return jsonify([{"id": user.id, "name": user.name} for user in users])


def read_body() -> bytes:
    """The request body; a 413 past BODY_LIMIT_BYTES, declared or chunked.

    Werkzeug stops reading a chunked body at MAX_CONTENT_LENGTH without saying
    so, which would make a body too large look like a malformed one: it is
    read from the server's stream, one byte past the limit at most.
    """
    chunked = "chunked" in request.headers.get("Transfer-Encoding", "").lower()
    if request.content_length is None and chunked:
        body: bytes = request.environ["wsgi.input"].read(BODY_LIMIT_BYTES + 1)
        if len(body) > BODY_LIMIT_BYTES:
            abort(413)
        return body
    return request.get_data()


@api.post("/users")
def create_user() -> Response | tuple[Response, int]:
    # The contract's order: size (reading a body over MAX_CONTENT_LENGTH,
    # declared or chunked, raises the 413), then content type, then the body.
    body = read_body()
    if not is_json_content_type(request.headers.get("Content-Type")):
        return error(MESSAGES[415], 415)
    user = User(name=parse_new_user(read_json(body)))
    db.session.add(user)
    db.session.commit()
    response = jsonify(id=user.id, name=user.name)
    response.status_code = 201
    response.headers["Location"] = f"/users/{user.id}"
    return response


@api.get("/users/<user_id>")
def user_detail(user_id: str) -> Response | tuple[Response, int]:
    pk = parse_user_id(user_id)
    user = db.session.get(User, pk)
    if user is None:
        return error(user_not_found(pk), 404)
    return jsonify(id=user.id, name=user.name)
