import pytest

from api.store import users


@pytest.fixture(autouse=True)
def fresh_users():
    """Every test starts with the initial in-memory user list."""
    users.reset()
    yield
    users.reset()
