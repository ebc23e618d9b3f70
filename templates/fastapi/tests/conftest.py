import pytest
from fastapi.testclient import TestClient

from app.main import app
from app.store import users


@pytest.fixture(autouse=True)
def fresh_users():
    """Every test starts with the initial in-memory user list."""
    users.reset()
    yield
    users.reset()


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client
