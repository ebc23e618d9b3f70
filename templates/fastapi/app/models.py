"""Pydantic models for request and response bodies."""

from pydantic import BaseModel, StrictStr, field_validator
from pydantic_core import PydanticCustomError

MAX_NAME_LENGTH = 100


class Health(BaseModel):
    status: str


class Book(BaseModel):
    title: str
    author: str


class User(BaseModel):
    id: int
    name: str


class NewUser(BaseModel):
    """The body of POST /users. Fields other than `name` are ignored."""

    name: StrictStr

    @field_validator("name")
    @classmethod
    def check_name(cls, name: str) -> str:
        # The name is stored exactly as sent; these checks don't change it.
        if not name.strip():
            raise PydanticCustomError("name_empty", "name must not be empty")
        if len(name) > MAX_NAME_LENGTH:
            raise PydanticCustomError(
                "name_too_long", f"name must be at most {MAX_NAME_LENGTH} characters"
            )
        return name


class Error(BaseModel):
    error: str
