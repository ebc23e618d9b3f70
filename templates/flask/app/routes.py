"""The API's routes, as a blueprint."""

from flask import Blueprint, jsonify, request

from .errors import error
from .store import BOOKS, users
from .validation import InvalidInput, parse_new_user, parse_user_id

api = Blueprint("api", __name__)


@api.errorhandler(InvalidInput)
def invalid_input(exc):
    return error(exc.message, 400)


@api.get("/health")
def health():
    return jsonify(status="ok")


@api.get("/books")
def book_list():
    return jsonify(
        [{"title": book["title"], "author": book["author"]} for book in BOOKS]
    )


@api.get("/users")
def user_list():
    return jsonify(users.all())


@api.post("/users")
def create_user():
    # force: parse whatever the Content-Type;
    # silent: None, not an exception, for an empty or malformed body.
    name = parse_new_user(request.get_json(force=True, silent=True))
    return jsonify(users.add(name)), 201


@api.get("/users/<user_id>")
def user_detail(user_id):
    user_id = parse_user_id(user_id)
    user = users.get(user_id)
    if user is None:
        return error(f"user {user_id} not found", 404)
    return jsonify(user)
