import pytest

from app import create_app
from app.store import users


@pytest.fixture(autouse=True)
def fresh_users():
    """Every test starts with the initial in-memory user list."""
    users.reset()
    yield
    users.reset()


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()
