//! API errors, rendered as `{"error": "..."}` JSON bodies.

use rocket::http::Status;
use rocket::request::Request;
use rocket::response::{self, Responder};
use rocket::serde::Serialize;
use rocket::serde::json::Json;

#[derive(Debug, Serialize)]
#[serde(crate = "rocket::serde")]
pub struct ErrorBody {
    pub error: String,
}

/// An error status with a message; responds with `{"error": message}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: Status,
    pub message: String,
}

impl ApiError {
    pub fn new(status: Status, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(Status::BadRequest, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Status::NotFound, message)
    }
}

impl<'r> Responder<'r, 'static> for ApiError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        (
            self.status,
            Json(ErrorBody {
                error: self.message,
            }),
        )
            .respond_to(req)
    }
}
