"""JSON bodies instead of Flask's HTML error pages."""

from flask import jsonify
from werkzeug.exceptions import HTTPException, InternalServerError

MESSAGES = {
    400: "bad request",
    404: "not found",
    405: "method not allowed",
    500: "internal server error",
}


def error(message, status):
    return jsonify(error=message), status


def handle_http_exception(exc):
    """404, 405, 400, ... raised by Flask/Werkzeug or by `abort()`."""
    response = exc.get_response()
    response.content_type = "application/json"
    message = MESSAGES.get(exc.code) or (exc.name or "error").lower()
    response.set_data(jsonify(error=message).get_data())
    return response


def handle_server_error(exc):
    """Any unhandled exception (Flask wraps it in InternalServerError)."""
    return error(MESSAGES[500], 500)


def register_error_handlers(app):
    app.register_error_handler(InternalServerError, handle_server_error)
    app.register_error_handler(HTTPException, handle_http_exception)
