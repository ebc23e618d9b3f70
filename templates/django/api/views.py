"""The API's views. Every response, errors included, is JSON."""

import json
from functools import wraps

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .store import BOOKS, users
from .validation import InvalidInput, parse_new_user, parse_user_id


def error(message, status):
    return JsonResponse({"error": message}, status=status)


def read_json(request):
    """The parsed request body, or None when it is empty or not valid JSON."""
    try:
        return json.loads(request.body)
    except (ValueError, RecursionError):
        return None


def json_view(*methods):
    """Allow only `methods` (GET implies HEAD), answering others with a JSON 405.

    API views are CSRF-exempt: clients send JSON, not cookies or forms.
    """
    allowed = set(methods) | ({"HEAD"} if "GET" in methods else set())

    def decorator(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in allowed:
                response = error("method not allowed", 405)
                response["Allow"] = ", ".join(sorted(allowed))
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


@json_view("GET")
def health(request):
    return JsonResponse({"status": "ok"})


@json_view("GET")
def book_list(request):
    books = ({"title": book["title"], "author": book["author"]} for book in BOOKS)
    return JsonResponse(list(books), safe=False)


@json_view("GET", "POST")
def user_list(request):
    if request.method == "POST":
        try:
            name = parse_new_user(read_json(request))
        except InvalidInput as exc:
            return error(exc.message, 400)
        return JsonResponse(users.add(name), status=201)
    return JsonResponse(users.all(), safe=False)


@json_view("GET")
def user_detail(request, user_id):
    try:
        user_id = parse_user_id(user_id)
    except InvalidInput as exc:
        return error(exc.message, 400)
    user = users.get(user_id)
    if user is None:
        return error(f"user {user_id} not found", 404)
    return JsonResponse(user)


# Error handlers (wired up in config/urls.py and config/settings.py).


def bad_request(request, exception):
    return error("bad request", 400)


def permission_denied(request, exception):
    return error("forbidden", 403)


def page_not_found(request, exception):
    return error("not found", 404)


def server_error(request):
    return error("internal server error", 500)


def csrf_failure(request, reason=""):
    return error("CSRF verification failed", 403)
