"""The FastAPI application. uvicorn serves `app.main:app`."""

import logging

from fastapi import FastAPI

from .config import settings
from .errors import register_error_handlers
from .logs import JsonFormatter
from .middleware import BodyLimitMiddleware, HeadMiddleware, RequestLogMiddleware
from .routers import books, health, users

handler = logging.StreamHandler()
handler.setFormatter(JsonFormatter())
logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)

# redirect_slashes=False: "/users/" is a JSON 404 like any unknown path, not a redirect.
app = FastAPI(
    title="Sample API",
    version="0.1.0",
    redirect_slashes=False,
)
# The last one added runs first: every request is logged, a 413 included.
app.add_middleware(HeadMiddleware)
app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
app.add_middleware(RequestLogMiddleware)

app.include_router(health.router)
app.include_router(users.router)
app.include_router(books.router)

register_error_handlers(app)
