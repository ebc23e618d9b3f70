//! API errors, rendered as `{"error": "..."}` JSON bodies with the contract's messages.

use rocket::http::Status;
use rocket::request::Request;
use rocket::response::{self, Responder};
use rocket::serde::Serialize;
use rocket::serde::json::Json;

use crate::models::MSG_INTERNAL;

#[derive(Debug, Serialize)]
#[serde(crate = "rocket::serde")]
pub struct ErrorBody {
    pub error: String,
}

impl ErrorBody {
    pub fn json(message: impl Into<String>) -> Json<ErrorBody> {
        Json(ErrorBody {
            error: message.into(),
        })
    }
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

/// A failure on our side (the database): the details go to the log, not the client.
impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error");
        Self::new(Status::InternalServerError, MSG_INTERNAL)
    }
}

impl<'r> Responder<'r, 'static> for ApiError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        let too_large = self.status == Status::PayloadTooLarge;
        let mut response = (self.status, ErrorBody::json(self.message)).respond_to(req)?;
        if too_large {
            // The rest of the body was never read: close the connection rather than reuse it.
            response.set_raw_header("Connection", "close");
        }
        Ok(response)
    }
}
