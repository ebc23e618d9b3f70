//! Route handlers. Rocket answers `HEAD` with the `GET` route, without the body.

use std::io::ErrorKind;

use rocket::State;
use rocket::http::{ContentType, Header, Status};
use rocket::request::{self, FromRequest, Outcome, Request};
use rocket::response::status::Created;
use rocket::serde::json::{self, Json, Value, json};

use crate::db::{self, Pool};
use crate::errors::ApiError;
use crate::models::{
    ALLOW_COLLECTION, ALLOW_READ_ONLY, ALLOW_USER_ITEM, Book, MSG_BODY_TOO_LARGE, MSG_NOT_JSON,
    MSG_NOT_OBJECT, User, is_json_content_type, parse_id, user_not_found, validate_new_user,
};

type Db = State<Pool>;

/// Rocket matches `/users/` to the `/users` route; the contract has it as an unknown path
/// (a 404), so every route takes this guard, which forwards a path with a trailing slash.
pub struct NoTrailingSlash;

#[rocket::async_trait]
impl<'r> FromRequest<'r> for NoTrailingSlash {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> request::Outcome<Self, ()> {
        if req.uri().path().as_str().ends_with('/') {
            Outcome::Forward(Status::NotFound)
        } else {
            Outcome::Success(NoTrailingSlash)
        }
    }
}

pub fn routes() -> Vec<rocket::Route> {
    routes![
        health,
        list_users,
        get_user,
        create_user,
        list_books,
        options_health,
        options_users,
        options_user,
        options_books
    ]
}

#[get("/health")]
async fn health(_slash: NoTrailingSlash, pool: &Db) -> (Status, Value) {
    if db::ping(pool).await {
        (Status::Ok, json!({ "status": "ok" }))
    } else {
        (
            Status::ServiceUnavailable,
            json!({ "status": "unavailable" }),
        )
    }
}

#[get("/users")]
async fn list_users(_slash: NoTrailingSlash, pool: &Db) -> Result<Json<Vec<User>>, ApiError> {
    Ok(Json(db::list_users(pool).await?))
}

#[get("/users/<id>")]
async fn get_user(_slash: NoTrailingSlash, id: &str, pool: &Db) -> Result<Json<User>, ApiError> {
    let id = parse_id(id).map_err(ApiError::bad_request)?;
    db::find_user(pool, id)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(user_not_found(id)))
}

/// The body is taken as any JSON value (or the reason it is not one) and checked by hand, in
/// the contract's order: 413 over the size limit, 415 unless declared as JSON, 400 unless it
/// is a JSON object, then the fields.
#[post("/users", data = "<body>")]
async fn create_user(
    _slash: NoTrailingSlash,
    content_type: Option<&ContentType>,
    body: Result<Json<Value>, json::Error<'_>>,
    pool: &Db,
) -> Result<Created<Json<User>>, ApiError> {
    // Rocket reports a body over the "json" limit as an unexpected end of data.
    if let Err(json::Error::Io(err)) = &body
        && err.kind() == ErrorKind::UnexpectedEof
    {
        return Err(ApiError::new(Status::PayloadTooLarge, MSG_BODY_TOO_LARGE));
    }
    if !is_json_content_type(content_type.map(ToString::to_string).as_deref()) {
        return Err(ApiError::new(Status::UnsupportedMediaType, MSG_NOT_JSON));
    }
    // Malformed JSON, nesting past serde_json's depth limit, not an object, a broken upload.
    let body = match body {
        Ok(Json(body)) if body.is_object() => body,
        _ => return Err(ApiError::bad_request(MSG_NOT_OBJECT)),
    };
    let name = validate_new_user(&body).map_err(ApiError::bad_request)?;
    let user = db::create_user(pool, &name).await?;
    Ok(Created::new(format!("/users/{}", user.id)).body(Json(user)))
}

#[get("/books")]
async fn list_books(_slash: NoTrailingSlash, pool: &Db) -> Result<Json<Vec<Book>>, ApiError> {
    Ok(Json(db::list_books(pool).await?))
}

/// `OPTIONS`: 204, no body, the methods the path serves.
#[derive(rocket::Responder)]
#[response(status = 204)]
pub struct Options {
    body: (),
    allow: Header<'static>,
}

fn options(allow: &'static str) -> Options {
    Options {
        body: (),
        allow: Header::new("Allow", allow),
    }
}

#[options("/health")]
fn options_health(_slash: NoTrailingSlash) -> Options {
    options(ALLOW_READ_ONLY)
}

#[options("/users")]
fn options_users(_slash: NoTrailingSlash) -> Options {
    options(ALLOW_COLLECTION)
}

#[options("/users/<_>")]
fn options_user(_slash: NoTrailingSlash) -> Options {
    options(ALLOW_USER_ITEM)
}

#[options("/books")]
fn options_books(_slash: NoTrailingSlash) -> Options {
    options(ALLOW_READ_ONLY)
}

/// The `Allow` set of a path the API serves; `None` for any other path (a 404).
pub fn allow_for(path: &str) -> Option<&'static str> {
    match path {
        "/health" | "/books" => Some(ALLOW_READ_ONLY),
        "/users" => Some(ALLOW_COLLECTION),
        _ => path
            .strip_prefix("/users/")
            .filter(|id| !id.is_empty() && !id.contains('/'))
            .map(|_| ALLOW_USER_ITEM),
    }
}
