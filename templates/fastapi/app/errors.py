"""Exception handlers: every error is a JSON body {"error": "..."}.

FastAPI answers invalid input with 422 and a list of details; this API's
contract is 400 with one message, so validation errors are mapped here.
"""

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from .validation import (
    BODY_NOT_OBJECT,
    BODY_TOO_LARGE,
    INTERNAL,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    name_problem,
)

MESSAGES = {404: NOT_FOUND, 405: METHOD_NOT_ALLOWED, 413: BODY_TOO_LARGE}


def error(
    message: str, status_code: int, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status_code, headers=headers)


def validation_message(detail: Any) -> str:
    """One message for one of pydantic's error details."""
    loc, kind = tuple(detail["loc"]), detail["type"]
    if loc[:1] == ("body",):
        # The body as a whole: empty, malformed, or not an object.
        if len(loc) == 1 or kind == "json_invalid":
            return BODY_NOT_OBJECT
        if kind == "missing":
            # The message NewUser's own checks give a null name.
            return name_problem(None) or BODY_NOT_OBJECT
    return str(detail["msg"])


# The methods a route can serve; OPTIONS is answered for every known path.
PROBED_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves on this path; Starlette's 405 names one route's."""
    methods = {"OPTIONS"}
    for method in PROBED_METHODS:
        scope = {**request.scope, "method": method}
        if any(r.matches(scope)[0] == Match.FULL for r in request.app.router.routes):
            methods.add(method)
    if "GET" in methods:
        # Served by HeadMiddleware (app/middleware.py).
        methods.add("HEAD")
    return sorted(methods)


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error(validation_message(exc.errors()[0]), 400)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 405:
        allow = ", ".join(allowed_methods(request))
        if request.method == "OPTIONS":
            return Response(status_code=204, headers={"Allow": allow})
        return error(MESSAGES[405], 405, {"Allow": allow})
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # JSON FastAPI could not parse, such as nesting deeper than the parser goes.
        return error(BODY_NOT_OBJECT, 400)
    message = exc.detail
    phrase = HTTPStatus(exc.status_code).phrase
    if message == phrase:
        # A default detail ("Not Found", "Content Too Large"): our wording instead.
        message = MESSAGES.get(exc.status_code, phrase.lower())
    return error(message, exc.status_code, exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    return error(INTERNAL, 500)


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, server_error)
