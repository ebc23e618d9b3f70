import re

from fastapi import APIRouter, HTTPException, status

from ..models import Error, NewUser, User
from ..store import users

router = APIRouter(prefix="/users", tags=["users"])

POSITIVE_INTEGER = re.compile(r"[0-9]+")


def parse_user_id(raw: str) -> int:
    """The id from the URL; "abc", "1.5", "-1" and "0" are a 400, not a 422."""
    if not POSITIVE_INTEGER.fullmatch(raw) or int(raw) == 0:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, "id must be a positive integer"
        )
    return int(raw)


@router.get("", response_model=list[User])
def user_list():
    return users.all()


@router.post(
    "",
    response_model=User,
    status_code=status.HTTP_201_CREATED,
    responses={400: {"model": Error}},
)
def create_user(new_user: NewUser):
    return users.add(new_user.name)


@router.get(
    "/{user_id}",
    response_model=User,
    responses={400: {"model": Error}, 404: {"model": Error}},
)
def user_detail(user_id: str):
    user_id = parse_user_id(user_id)
    found = users.get(user_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"user {user_id} not found")
    return found
