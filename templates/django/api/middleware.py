"""Every response carries X-Request-Id: the client's when it is sane, else a new one."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .validation import request_id


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        rid = request_id(request.headers.get("X-Request-Id"))
        response = self.get_response(request)
        # gunicorn's access log (gunicorn.conf.py) reads it from the response.
        response["X-Request-Id"] = rid
        return response
