"""Pure ASGI middleware (no body buffering): a request body size limit, and
one JSON log line per request, with its X-Request-Id."""

import json
import logging
import time

from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .validation import BODY_TOO_LARGE, request_id

logger = logging.getLogger("app.access")

DRAIN_MAX_BYTES = 16 * 1024 * 1024


class BodyTooLarge(HTTPException):
    """Raised while a streamed body is read; an HTTPException, so the app's
    error handler answers it."""

    def __init__(self) -> None:
        super().__init__(413, BODY_TOO_LARGE)


class BodyLimitMiddleware:
    """Refuses request bodies over `max_bytes` with a JSON 413, whether the
    client declares the size (Content-Length) or streams it (chunked)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self.discard_body(receive)
            await self.too_large(send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await self.too_large(send)

    @staticmethod
    async def discard_body(receive: Receive) -> None:
        """Read the refused body (up to DRAIN_MAX_BYTES) before answering: closing
        a connection with unread data resets it, and a client still sending
        could then lose the 413."""
        drained = 0
        while drained < DRAIN_MAX_BYTES:
            message = await receive()
            if message["type"] != "http.request":
                return
            drained += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    @staticmethod
    async def too_large(send: Send) -> None:
        body = json.dumps({"error": BODY_TOO_LARGE}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class HeadMiddleware:
    """HEAD is answered as GET is, without the body: FastAPI routes a GET
    endpoint for GET alone."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class RequestLogMiddleware:
    """Logs method, path, status, duration and request id of every HTTP
    request, and answers the id in X-Request-Id: the client's when it is sane,
    else a new one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        rid = request_id(Headers(scope=scope).get("x-request-id"))

        async def send_and_record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["X-Request-Id"] = rid
            await send(message)

        try:
            await self.app(scope, receive, send_and_record)
        finally:
            client = scope.get("client")
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                    "request_id": rid,
                    "remote": client[0] if client else None,
                },
            )
