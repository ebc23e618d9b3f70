"""The API's views. Every response, errors included, is JSON."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Book, User
from .validation import (
    BODY_LIMIT_BYTES,
    BODY_TOO_LARGE,
    INTERNAL,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    UNSUPPORTED_MEDIA_TYPE,
    InvalidInput,
    is_json_content_type,
    parse_new_user,
    parse_user_id,
    read_json,
    user_not_found,
)

View = Callable[..., HttpResponse]


def error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


class BodyTooLarge(Exception):
    """A request body over BODY_LIMIT_BYTES."""


def read_body(request: HttpRequest) -> bytes:
    """The request body, at most BODY_LIMIT_BYTES of it, or raise BodyTooLarge.

    A chunked body has no Content-Length, and Django reads none of it then
    (request.body is empty): it is read from the server's input stream instead,
    one byte past the limit at most.
    """
    declared = request.META.get("CONTENT_LENGTH") or ""
    if declared.isdigit():
        if int(declared) > BODY_LIMIT_BYTES:
            raise BodyTooLarge
        return request.body
    if "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
        stream = request.META.get("wsgi.input")
        body: bytes = stream.read(BODY_LIMIT_BYTES + 1) if stream is not None else b""
        if len(body) > BODY_LIMIT_BYTES:
            raise BodyTooLarge
        return body
    return request.body


def json_view(*methods: str) -> Callable[[View], View]:
    """Serve only `methods` (GET implies HEAD): OPTIONS lists them, others get a JSON 405.

    API views are CSRF-exempt: clients send JSON, not cookies or forms.
    """
    allowed = {*methods, "OPTIONS"} | ({"HEAD"} if "GET" in methods else set())
    allow = ", ".join(sorted(allowed))

    def decorator(view: View) -> View:
        @csrf_exempt
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                # No body, so no type (Django's default is text/html).
                del response["Content-Type"]
            elif request.method not in allowed:
                response = error(METHOD_NOT_ALLOWED, 405)
            else:
                return view(request, *args, **kwargs)
            response["Allow"] = allow
            return response

        return wrapper

    return decorator


@json_view("GET")
def health(request: HttpRequest) -> HttpResponse:
    """ok once the database answered a query; unavailable (503) when it did not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


@json_view("GET")
def book_list(request: HttpRequest) -> HttpResponse:
    books = Book.objects.order_by("id").values("id", "title", "author")
    return JsonResponse(list(books), safe=False)


@json_view("GET", "POST")
def user_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return create_user(request)
    users = User.objects.order_by("id").values("id", "name")
    return JsonResponse(list(users), safe=False)


def create_user(request: HttpRequest) -> HttpResponse:
    # The contract's order: size, then content type, then the body itself.
    try:
        body = read_body(request)
    except BodyTooLarge:
        return error(BODY_TOO_LARGE, 413)
    if not is_json_content_type(request.META.get("CONTENT_TYPE")):
        return error(UNSUPPORTED_MEDIA_TYPE, 415)
    try:
        name = parse_new_user(read_json(body))
    except InvalidInput as exc:
        return error(exc.message, 400)
    user = User.objects.create(name=name)
    response = JsonResponse({"id": user.id, "name": user.name}, status=201)
    response["Location"] = f"/users/{user.id}"
    return response


@json_view("GET")
def user_detail(request: HttpRequest, user_id: str) -> HttpResponse:
    try:
        pk = parse_user_id(user_id)
    except InvalidInput as exc:
        return error(exc.message, 400)
    user = User.objects.filter(pk=pk).values("id", "name").first()
    if user is None:
        return error(user_not_found(pk), 404)
    return JsonResponse(user)


# Error handlers (wired up in config/urls.py and config/settings.py).


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error("bad request", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error("forbidden", 403)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error(NOT_FOUND, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    return error(INTERNAL, 500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return error("CSRF verification failed", 403)
