from fastapi import APIRouter

from ..models import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health():
    return {"status": "ok"}
