"""JSON bodies instead of Flask's HTML error pages."""

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.wrappers import Response as BaseResponse

from .validation import (
    BODY_TOO_LARGE,
    INTERNAL,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    UNSUPPORTED_MEDIA_TYPE,
)

MESSAGES = {
    400: "bad request",
    404: NOT_FOUND,
    405: METHOD_NOT_ALLOWED,
    413: BODY_TOO_LARGE,
    415: UNSUPPORTED_MEDIA_TYPE,
    500: INTERNAL,
}


def error(message: str, status: int) -> tuple[Response, int]:
    return jsonify(error=message), status


def handle_http_exception(exc: HTTPException) -> BaseResponse:
    """404, 405 (with its Allow header), 413, ... raised by Flask/Werkzeug or abort()."""
    response = exc.get_response()
    response.content_type = "application/json"
    message = MESSAGES.get(exc.code or 500) or (exc.name or "error").lower()
    response.set_data(jsonify(error=message).get_data())
    return response


def handle_server_error(exc: InternalServerError) -> tuple[Response, int]:
    """Any unhandled exception (Flask wraps it in InternalServerError)."""
    return error(MESSAGES[500], 500)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(InternalServerError, handle_server_error)
    app.register_error_handler(HTTPException, handle_http_exception)
