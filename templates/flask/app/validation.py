"""Checks on request input. Each failure carries the message the client sees."""

import re

MAX_NAME_LENGTH = 100

_POSITIVE_INTEGER = re.compile(r"[0-9]+")


class InvalidInput(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def parse_user_id(raw):
    """Return the id in a URL as an int, or raise InvalidInput."""
    if not _POSITIVE_INTEGER.fullmatch(raw) or int(raw) == 0:
        raise InvalidInput("id must be a positive integer")
    return int(raw)


def parse_new_user(data):
    """Return the name from a parsed POST /users body, or raise InvalidInput.

    `data` is None when the body was empty or not valid JSON.
    """
    if not isinstance(data, dict):
        raise InvalidInput("body must be a JSON object")
    if "name" not in data:
        raise InvalidInput("name is required")
    name = data["name"]
    if not isinstance(name, str):
        raise InvalidInput("name must be a string")
    if not name.strip():
        raise InvalidInput("name must not be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(f"name must be at most {MAX_NAME_LENGTH} characters")
    return name
