from fastapi import APIRouter

from ..models import Book
from ..store import BOOKS

router = APIRouter(prefix="/books", tags=["books"])


@router.get("", response_model=list[Book])
def book_list():
    return BOOKS
