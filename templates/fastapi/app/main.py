"""The FastAPI application. uvicorn serves `app.main:app`."""

from fastapi import FastAPI

from .errors import register_error_handlers
from .routers import books, health, users

# redirect_slashes=False: "/users/" is a JSON 404 like any unknown path, not a redirect.
app = FastAPI(title="Sample API", version="0.1.0", redirect_slashes=False)

app.include_router(health.router)
app.include_router(users.router)
app.include_router(books.router)

register_error_handlers(app)
