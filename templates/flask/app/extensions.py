"""Flask extensions, created here and bound to the app in create_app()."""

from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """The models' base class; Flask-SQLAlchemy's db.Model builds on it."""


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
