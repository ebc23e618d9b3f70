//! Route handlers.

use std::io::ErrorKind;
use std::sync::Mutex;

use rocket::State;
use rocket::http::Status;
use rocket::serde::json::{self, Json, Value, json};

use crate::errors::ApiError;
use crate::models::{BOOKS, Book, User, UserStore, validate_new_user};

type Store = State<Mutex<UserStore>>;

pub fn routes() -> Vec<rocket::Route> {
    routes![health, list_users, get_user, create_user, list_books]
}

#[get("/health")]
fn health() -> Value {
    json!({ "status": "ok" })
}

#[get("/users")]
fn list_users(store: &Store) -> Json<Vec<User>> {
    Json(store.lock().unwrap().all().to_vec())
}

#[get("/users/<id>")]
fn get_user(id: &str, store: &Store) -> Result<Json<User>, ApiError> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) || id.bytes().all(|b| b == b'0') {
        return Err(ApiError::bad_request("id must be a positive integer"));
    }
    // All digits: an id too large for u64 is a valid id that no user has.
    let store = store.lock().unwrap();
    match id.parse::<u64>().ok().and_then(|n| store.get(n)) {
        Some(user) => Ok(Json(user.clone())),
        None => Err(ApiError::not_found(format!("user {id} not found"))),
    }
}

/// The body is taken as any JSON value (or the reason it is not one) and checked by hand,
/// so every invalid body gets a precise 400 instead of Rocket's 400/422.
#[post("/users", data = "<body>")]
fn create_user(
    body: Result<Json<Value>, json::Error<'_>>,
    store: &Store,
) -> Result<(Status, Json<User>), ApiError> {
    let body = match body {
        Ok(Json(value)) => value,
        // Rocket reports a body over the "json" limit as an unexpected end of data.
        Err(json::Error::Io(err)) if err.kind() == ErrorKind::UnexpectedEof => {
            return Err(ApiError::new(Status::PayloadTooLarge, "body is too large"));
        }
        Err(_) => return Err(ApiError::bad_request("body must be a JSON object")),
    };
    let name = validate_new_user(&body).map_err(ApiError::bad_request)?;
    let user = store.lock().unwrap().add(name);
    Ok((Status::Created, Json(user)))
}

#[get("/books")]
fn list_books() -> Json<[Book; 2]> {
    Json(BOOKS)
}
