"""The Flask application factory.

gunicorn serves `app:create_app()`; the Flask CLI finds it with `flask --app app run`.
"""

from flask import Flask

from .errors import register_error_handlers
from .routes import api


def create_app(config=None):
    app = Flask(__name__)
    if config:
        app.config.update(config)
    # Keep keys in the order the views build them ({"id":..., "name":...}).
    app.json.sort_keys = False

    app.register_blueprint(api)
    register_error_handlers(app)
    return app
