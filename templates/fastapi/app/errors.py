"""Exception handlers: every error is a JSON body {"error": "..."}.

FastAPI answers invalid input with 422 and a list of details; this API's
contract is 400 with one message, so validation errors are mapped here.
"""

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

BODY_NOT_AN_OBJECT = "body must be a JSON object"


def error(message: str, status_code: int, headers=None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status_code, headers=headers)


def validation_message(detail: dict) -> str:
    """One message for one of pydantic's error details."""
    loc, kind = tuple(detail["loc"]), detail["type"]
    if loc[:1] == ("body",):
        # The body as a whole: empty, malformed, or not an object.
        if len(loc) == 1 or kind == "json_invalid":
            return BODY_NOT_AN_OBJECT
        field = loc[1]
        if kind == "missing":
            return f"{field} is required"
        if kind == "string_type":
            return f"{field} must be a string"
    return detail["msg"]


async def validation_error(
    request: Request, exc: RequestValidationError
) -> JSONResponse:
    return error(validation_message(exc.errors()[0]), 400)


async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail
    if message == HTTPStatus(exc.status_code).phrase:
        # Starlette's default detail ("Not Found", "Method Not Allowed"): lower-case it.
        message = message.lower()
    return error(message, exc.status_code, exc.headers)


async def server_error(request: Request, exc: Exception) -> JSONResponse:
    return error("internal server error", 500)


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, server_error)
