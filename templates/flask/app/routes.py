"""The API's routes, as a blueprint."""

from flask import Blueprint, Response, jsonify, request
from sqlalchemy import select

from .errors import MESSAGES, error
from .extensions import db
from .models import Book, User
from .validation import (
    InvalidInput,
    is_json_content_type,
    parse_new_user,
    parse_user_id,
)

api = Blueprint("api", __name__)


@api.errorhandler(InvalidInput)
def invalid_input(exc: InvalidInput) -> tuple[Response, int]:
    return error(exc.message, 400)


@api.get("/health")
def health() -> Response:
    return jsonify(status="ok")


@api.get("/books")
def book_list() -> Response:
    books = db.session.scalars(select(Book).order_by(Book.id))
    return jsonify([{"title": book.title, "author": book.author} for book in books])


@api.get("/users")
def user_list() -> Response:
    users = db.session.scalars(select(User).order_by(User.id))
    return jsonify([{"id": user.id, "name": user.name} for user in users])


@api.post("/users")
def create_user() -> tuple[Response, int]:
    if not is_json_content_type(request.content_type):
        return error(MESSAGES[415], 415)
    try:
        # silent: None, not an exception, for an empty or malformed body. A body
        # over MAX_CONTENT_LENGTH still raises the 413.
        data = request.get_json(silent=True)
    except RecursionError:
        # JSON nested deeper than the parser goes.
        data = None
    user = User(name=parse_new_user(data))
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id, name=user.name), 201


@api.get("/users/<user_id>")
def user_detail(user_id: str) -> Response | tuple[Response, int]:
    pk = parse_user_id(user_id)
    user = None if pk is None else db.session.get(User, pk)
    if user is None:
        return error(f"user {user_id} not found", 404)
    return jsonify(id=user.id, name=user.name)
