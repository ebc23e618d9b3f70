"""The Flask application factory.

gunicorn serves `app:create_app()` (settings in gunicorn.conf.py); the Flask
CLI finds it with `flask --app app ...` (`flask --app app db upgrade`).
"""

import os
from typing import Any

from dotenv import load_dotenv
from flask import Flask
from flask.json.provider import DefaultJSONProvider

from .db_config import DEFAULT_DATABASE_URL, PROJECT_DIR, engine_options, sqlalchemy_url
from .errors import register_error_handlers
from .extensions import db, migrate
from .routes import api

# Larger request bodies are refused with a JSON 413.
MAX_BODY_BYTES = 1024 * 1024


def create_app(config: dict[str, Any] | None = None) -> Flask:
    # Values already in the environment win over .env.
    load_dotenv(PROJECT_DIR / ".env")
    app = Flask(__name__)
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
    return app
