//! API errors, rendered as `{"error": "..."}` JSON bodies with the contract's messages.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::models::{
    MSG_BODY_TOO_LARGE, MSG_INTERNAL, MSG_METHOD_NOT_ALLOWED, MSG_NOT_JSON, MSG_NOT_OBJECT,
};

#[derive(Debug, Serialize)]
pub struct ErrorBody<'a> {
    pub error: &'a str,
}

#[derive(Debug)]
pub enum ApiError {
    BadRequest(String),
    NotFound(String),
    /// A known path with a method it does not serve; the methods it does, for `Allow`.
    MethodNotAllowed(&'static str),
    PayloadTooLarge,
    UnsupportedMediaType,
    /// A failure on our side (the database); the details go to the log, not the client.
    Internal,
}

impl ApiError {
    pub fn not_object() -> Self {
        ApiError::BadRequest(MSG_NOT_OBJECT.into())
    }

    fn message(&self) -> &str {
        match self {
            ApiError::BadRequest(message) | ApiError::NotFound(message) => message,
            ApiError::MethodNotAllowed(_) => MSG_METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge => MSG_BODY_TOO_LARGE,
            ApiError::UnsupportedMediaType => MSG_NOT_JSON,
            ApiError::Internal => MSG_INTERNAL,
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
            error: self.message(),
        })
    }
}
