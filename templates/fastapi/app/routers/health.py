from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..database import get_session
from ..schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", responses={503: {"model": Health}})
def health(
    session: Annotated[Session, Depends(get_session)], response: Response
) -> Health:
    """ok once the database answered a query; unavailable (503) when it did not."""
    try:
        session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return Health(status="unavailable")
    return Health(status="ok")
