"""The users and books tables every create-any-backend starter shares.

The migrations in migrations/versions/ create them; these classes map them.
"""

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .extensions import Base

# BIGINT on PostgreSQL; on SQLite only an INTEGER PRIMARY KEY numbers rows itself.
ID = BigInteger().with_variant(Integer(), "sqlite")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    author: Mapped[str] = mapped_column(String(200))
