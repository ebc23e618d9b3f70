//! Catchers: every error Rocket produces itself is answered with a JSON body.

use rocket::Request;
use rocket::http::Status;
use rocket::serde::json::Json;

use crate::errors::ErrorBody;

pub fn catchers() -> Vec<rocket::Catcher> {
    catchers![
        bad_request,
        not_found,
        unprocessable_entity,
        internal_error,
        default
    ]
}

fn body(message: &str) -> Json<ErrorBody> {
    Json(ErrorBody {
        error: message.to_string(),
    })
}

#[catch(400)]
fn bad_request() -> Json<ErrorBody> {
    body("bad request")
}

#[catch(404)]
fn not_found() -> Json<ErrorBody> {
    body("not found")
}

#[catch(422)]
fn unprocessable_entity() -> Json<ErrorBody> {
    body("unprocessable entity")
}

#[catch(500)]
fn internal_error() -> Json<ErrorBody> {
    body("internal server error")
}

/// Any other status (405, 413, ...): its reason phrase, in lower case.
#[catch(default)]
fn default(status: Status, _req: &Request<'_>) -> (Status, Json<ErrorBody>) {
    (status, body(&status.reason_lossy().to_lowercase()))
}
