"""The Flask application factory.

gunicorn serves `app:create_app()` (settings in gunicorn.conf.py); the Flask
CLI finds it with `flask --app app ...` (`flask --app app db upgrade`).
"""

import os
from typing import Any

from dotenv import load_dotenv
from flask import Flask, Response, request
from flask.json.provider import DefaultJSONProvider

from .db_config import DEFAULT_DATABASE_URL, PROJECT_DIR, engine_options, sqlalchemy_url
from .errors import register_error_handlers
from .extensions import db, migrate
from .routes import api
from .validation import BODY_LIMIT_BYTES, request_id

# Larger request bodies are refused with a JSON 413.
MAX_BODY_BYTES = BODY_LIMIT_BYTES


class App(Flask):
    def make_default_options_response(self) -> Response:
        """OPTIONS answers 204 with no body, the Allow header listing the methods."""
        response = super().make_default_options_response()
        response.status_code = 204
        # No body, so no type (Flask's default is text/html).
        response.headers.remove("Content-Type")
        return response


def create_app(config: dict[str, Any] | None = None) -> Flask:
    # Values already in the environment win over .env.
    load_dotenv(PROJECT_DIR / ".env")
    app = App(__name__)
    app.config.update(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
    )
    if config:
        app.config.update(config)
    url = sqlalchemy_url(app.config["SQLALCHEMY_DATABASE_URI"])
    app.config["SQLALCHEMY_DATABASE_URI"] = url.render_as_string(hide_password=False)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(url)

    # Keep keys in the order the views build them ({"id":..., "name":...}).
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_DIR / "migrations"))
    app.register_blueprint(api)
    register_error_handlers(app)

    @app.after_request
    def add_request_id(response: Response) -> Response:
        # Every response, errors included; gunicorn's access log reads it back.
        response.headers["X-Request-Id"] = request_id(
            request.headers.get("X-Request-Id")
        )
        return response

    return app
