from fastapi import APIRouter

from ..schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> Health:
    return Health(status="ok")
