//! API errors, rendered as `{"error": "..."}` JSON bodies.

use std::borrow::Cow;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub error: String,
}

#[derive(Debug)]
pub enum ApiError {
    BadRequest(Cow<'static, str>),
    NotFound(Cow<'static, str>),
    /// A known path with a method it does not serve; the methods it does, for `Allow`.
    MethodNotAllowed(&'static str),
    PayloadTooLarge,
    UnsupportedMediaType,
    /// A failure on our side (the database); the details go to the log, not the client.
    Internal,
}

impl ApiError {
    fn message(&self) -> &str {
        match self {
            ApiError::BadRequest(message) | ApiError::NotFound(message) => message,
            ApiError::MethodNotAllowed(_) => "method not allowed",
            ApiError::PayloadTooLarge => "body is too large",
            ApiError::UnsupportedMediaType => "content type must be application/json",
            ApiError::Internal => "internal server error",
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> Self {
        tracing::error!(error = %err, "database error");
        ApiError::Internal
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        if let ApiError::MethodNotAllowed(allow) = self {
            response.insert_header((header::ALLOW, *allow));
        }
        response.json(ErrorBody {
            error: self.message().to_string(),
        })
    }
}
