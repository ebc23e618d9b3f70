"""The engine and one session per request."""

from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

from .config import settings
from .db_config import engine_options, sqlalchemy_url

url = sqlalchemy_url(settings.database_url)
engine = create_engine(url, **engine_options(url))
SessionLocal = sessionmaker(engine, expire_on_commit=False)


def get_session() -> Iterator[Session]:
    """A dependency: the request's session, closed after the response."""
    with SessionLocal() as session:
        yield session
