from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import User
from ..schemas import Error, NewUser
from ..schemas import User as UserOut
from ..validation import (
    UNSUPPORTED_MEDIA_TYPE,
    InvalidInput,
    is_json_content_type,
    parse_user_id,
    user_not_found,
)

router = APIRouter(prefix="/users", tags=["users"])

SessionDep = Annotated[Session, Depends(get_session)]


def require_json(request: Request) -> None:
    """A body that is not declared as JSON is a 415, before it is validated."""
    if not is_json_content_type(request.headers.get("content-type")):
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            UNSUPPORTED_MEDIA_TYPE,
        )


@router.get("", response_model=list[UserOut])
def user_list(session: SessionDep) -> list[User]:
    return list(session.scalars(select(User).order_by(User.id)))


@router.post(
    "",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(require_json)],
    responses={400: {"model": Error}, 413: {"model": Error}, 415: {"model": Error}},
)
def create_user(new_user: NewUser, session: SessionDep, response: Response) -> User:
    user = User(name=new_user.name)
    session.add(user)
    session.commit()
    response.headers["Location"] = f"/users/{user.id}"
    return user


@router.get(
    "/{user_id}",
    response_model=UserOut,
    responses={400: {"model": Error}, 404: {"model": Error}},
)
def user_detail(user_id: str, session: SessionDep) -> User:
    # A str, not an int: "abc", "1.5" and "0" are a 400 with our message, not a 422.
    try:
        pk = parse_user_id(user_id)
    except InvalidInput as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, exc.message) from exc
    user = session.get(User, pk)
    if user is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, user_not_found(pk))
    return user
