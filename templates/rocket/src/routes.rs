//! Route handlers.

use std::io::ErrorKind;

use rocket::State;
use rocket::http::{ContentType, Status};
use rocket::serde::json::{self, Json, Value, json};

use crate::db::{self, Pool};
use crate::errors::ApiError;
use crate::models::{Book, User, parse_id, validate_new_user};

type Db = State<Pool>;

pub fn routes() -> Vec<rocket::Route> {
    routes![health, list_users, get_user, create_user, list_books]
}

#[get("/health")]
fn health() -> Value {
    json!({ "status": "ok" })
}

#[get("/users")]
async fn list_users(pool: &Db) -> Result<Json<Vec<User>>, ApiError> {
    Ok(Json(db::list_users(pool).await?))
}

#[get("/users/<id>")]
async fn get_user(id: &str, pool: &Db) -> Result<Json<User>, ApiError> {
    let user = match parse_id(id).map_err(ApiError::bad_request)? {
        Some(number) => db::find_user(pool, number).await?,
        None => None,
    };
    user.map(Json)
        .ok_or_else(|| ApiError::not_found(format!("user {id} not found")))
}

/// The body is taken as any JSON value (or the reason it is not one) and checked by hand,
/// so every invalid body gets a precise 400 instead of Rocket's 400/422.
#[post("/users", data = "<body>")]
async fn create_user(
    content_type: Option<&ContentType>,
    body: Result<Json<Value>, json::Error<'_>>,
    pool: &Db,
) -> Result<(Status, Json<User>), ApiError> {
    // Rocket reports a body over the "json" limit as an unexpected end of data. Checked first:
    // the rest of such a body is unread, and only the 413 closes the connection.
    if let Err(json::Error::Io(err)) = &body
        && err.kind() == ErrorKind::UnexpectedEof
    {
        return Err(ApiError::new(Status::PayloadTooLarge, "body is too large"));
    }
    if !content_type.is_some_and(is_json) {
        return Err(ApiError::new(
            Status::UnsupportedMediaType,
            "content type must be application/json",
        ));
    }
    // Malformed JSON, nesting past serde_json's depth limit, a broken upload.
    let Ok(Json(body)) = body else {
        return Err(ApiError::bad_request("body must be a JSON object"));
    };
    let name = validate_new_user(&body).map_err(ApiError::bad_request)?;
    let user = db::create_user(pool, &name).await?;
    Ok((Status::Created, Json(user)))
}

#[get("/books")]
async fn list_books(pool: &Db) -> Result<Json<Vec<Book>>, ApiError> {
    Ok(Json(db::list_books(pool).await?))
}

/// `application/json` or an `application/*+json` type, with any parameters.
fn is_json(content_type: &ContentType) -> bool {
    content_type.top() == "application"
        && (content_type.sub() == "json" || content_type.sub().as_str().ends_with("+json"))
}
