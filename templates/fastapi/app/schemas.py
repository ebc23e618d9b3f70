"""Pydantic models for request and response bodies."""

from pydantic import BaseModel, ConfigDict, StrictStr, field_validator
from pydantic_core import PydanticCustomError

from .validation import name_problem


class Health(BaseModel):
    status: str


class Book(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    title: str
    author: str


class User(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str


class NewUser(BaseModel):
    """The body of POST /users. Fields other than `name` are ignored."""

    name: StrictStr

    @field_validator("name")
    @classmethod
    def check_name(cls, name: str) -> str:
        # The name is stored exactly as sent; the checks don't change it.
        problem = name_problem(name)
        if problem is not None:
            raise PydanticCustomError("name_invalid", problem)
        return name


class Error(BaseModel):
    error: str
