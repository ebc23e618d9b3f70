"""The API's views. Every response, errors included, is JSON."""

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Book, User
from .validation import (
    InvalidInput,
    is_json_content_type,
    parse_new_user,
    parse_user_id,
)

View = Callable[..., HttpResponse]


def error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def read_json(request: HttpRequest) -> object:
    """The parsed request body, or None when it is empty or not valid JSON.

    Raises RequestDataTooBig for a body over DATA_UPLOAD_MAX_MEMORY_SIZE.
    """
    try:
        return json.loads(request.body)
    except (ValueError, RecursionError):
        # RecursionError: JSON nested deeper than the parser goes.
        return None


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
            elif request.method not in allowed:
                response = error("method not allowed", 405)
            else:
                return view(request, *args, **kwargs)
            response["Allow"] = allow
            return response

        return wrapper

    return decorator


@json_view("GET")
def health(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"status": "ok"})


@json_view("GET")
def book_list(request: HttpRequest) -> HttpResponse:
    return JsonResponse(list(Book.objects.values("title", "author")), safe=False)


@json_view("GET", "POST")
def user_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return create_user(request)
    return JsonResponse(list(User.objects.values("id", "name")), safe=False)


def create_user(request: HttpRequest) -> HttpResponse:
    if not is_json_content_type(request.content_type):
        return error("content type must be application/json", 415)
    try:
        name = parse_new_user(read_json(request))
    except RequestDataTooBig:
        return error("request body too large", 413)
    except InvalidInput as exc:
        return error(exc.message, 400)
    user = User.objects.create(name=name)
    return JsonResponse({"id": user.id, "name": user.name}, status=201)


@json_view("GET")
def user_detail(request: HttpRequest, user_id: str) -> HttpResponse:
    try:
        pk = parse_user_id(user_id)
    except InvalidInput as exc:
        return error(exc.message, 400)
    user = None
    if pk is not None:
        user = User.objects.filter(pk=pk).values("id", "name").first()
    if user is None:
        return error(f"user {user_id} not found", 404)
    return JsonResponse(user)


# Error handlers (wired up in config/urls.py and config/settings.py).


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error("bad request", 400)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error("forbidden", 403)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error("not found", 404)


def server_error(request: HttpRequest) -> HttpResponse:
    return error("internal server error", 500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return error("CSRF verification failed", 403)
