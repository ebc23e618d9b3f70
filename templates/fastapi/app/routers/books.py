from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Book
from ..schemas import Book as BookOut

router = APIRouter(prefix="/books", tags=["books"])


@router.get("", response_model=list[BookOut])
def book_list(session: Annotated[Session, Depends(get_session)]) -> list[Book]:
    return list(session.scalars(select(Book).order_by(Book.id)))
