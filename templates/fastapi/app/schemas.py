"""Pydantic models for request and response bodies."""

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from .validation import name_problem


class Health(BaseModel):
    status: str


class Book(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    author: str


class User(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str


class NewUser(BaseModel):
    """The body of POST /users. Fields other than `name` are ignored."""

    name: str

    # Before pydantic's own checks, so each problem gets the contract's message
    # (null is "name is required", 42 "name must be a string"); a missing name
    # is pydantic's "missing", mapped in app/errors.py.
    @field_validator("name", mode="before")
    @classmethod
    def check_name(cls, name: Any) -> Any:
        # The name is stored exactly as sent; the checks don't change it.
        problem = name_problem(name)
        if problem is not None:
            raise PydanticCustomError("name_invalid", problem)
        return name


class Error(BaseModel):
    error: str
