//! HTTP handlers, routing and the request log.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, Resource, ResponseError, web};
use serde_json::json;
use uuid::Uuid;

use crate::db::{self, Pool};
use crate::errors::ApiError;
use crate::models::{
    ALLOW_COLLECTION, ALLOW_READ_ONLY, ALLOW_USER_ITEM, MAX_BODY_BYTES, MSG_NOT_FOUND,
    REQUEST_ID_HEADER, is_json_content_type, parse_id, parse_object, sane_request_id,
    user_not_found, validate_new_user,
};

type Db = web::Data<Pool>;

/// Registers every route, the body limit and the JSON 404/405 fallbacks. A path's `GET`
/// handler answers `HEAD` too (actix sends no body for it); `OPTIONS` answers 204 with `Allow`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PayloadConfig::new(MAX_BODY_BYTES))
        .service(
            resource("/health", ALLOW_READ_ONLY)
                .route(web::get().to(health))
                .route(web::head().to(health)),
        )
        .service(
            resource("/users", ALLOW_COLLECTION)
                .route(web::get().to(list_users))
                .route(web::head().to(list_users))
                .route(web::post().to(create_user)),
        )
        .service(
            resource("/users/{id}", ALLOW_USER_ITEM)
                .route(web::get().to(get_user))
                .route(web::head().to(get_user)),
        )
        .service(
            resource("/books", ALLOW_READ_ONLY)
                .route(web::get().to(list_books))
                .route(web::head().to(list_books)),
        )
        .default_service(web::to(not_found));
}

/// A path serving `allow`: `OPTIONS` answers 204 with it, any method without a route 405.
fn resource(path: &str, allow: &'static str) -> Resource {
    web::resource(path)
        .route(web::method(Method::OPTIONS).to(move || async move {
            HttpResponse::NoContent()
                .insert_header((header::ALLOW, allow))
                .finish()
        }))
        .default_service(web::to(move || async move {
            ApiError::MethodNotAllowed(allow).error_response()
        }))
}

/// Gives every request an id (the client's `X-Request-Id` when sane, else a new UUID), echoes
/// it, and logs one JSON line once the request is answered. No header is logged, so
/// credentials (`Authorization`, `Cookie`, ...) never reach the log.
pub async fn log_request(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let request_id = req
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|value| value.to_str().ok())
        .and_then(sane_request_id)
        .map_or_else(|| Uuid::new_v4().to_string(), str::to_owned);
    let method = req.method().clone();
    let path = req.path().to_owned();
    // Handlers' errors arrive here as responses already (ResponseError), so they are logged too.
    let mut res = next.call(req).await?;
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        res.headers_mut()
            .insert(header::HeaderName::from_static("x-request-id"), value);
    }
    let status = res.status().as_u16();
    let duration_ms = started.elapsed().as_micros() as f64 / 1000.0;
    if status >= 500 {
        tracing::error!(request_id, method = %method, path, status, duration_ms, "request");
    } else {
        tracing::info!(request_id, method = %method, path, status, duration_ms, "request");
    }
    Ok(res)
}

/// A `POST` body in the contract's order of checks: 413 over the size limit, 415 unless it
/// is declared as JSON, 400 unless it is a JSON object.
fn json_object(
    req: &HttpRequest,
    body: Result<web::Bytes, actix_web::Error>,
) -> Result<serde_json::Value, ApiError> {
    let body = body.map_err(|err| match err.as_error::<PayloadError>() {
        Some(PayloadError::Overflow) => ApiError::PayloadTooLarge,
        _ if err.as_response_error().status_code() == StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::PayloadTooLarge
        }
        // The client stopped sending mid-body, or sent a broken chunked encoding.
        _ => ApiError::not_object(),
    })?;
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok());
    if !is_json_content_type(content_type) {
        return Err(ApiError::UnsupportedMediaType);
    }
    parse_object(&body).map_err(|_| ApiError::not_object())
}

async fn health(pool: Db) -> HttpResponse {
    if db::ping(&pool).await {
        HttpResponse::Ok().json(json!({ "status": "ok" }))
    } else {
        HttpResponse::ServiceUnavailable().json(json!({ "status": "unavailable" }))
    }
}

async fn list_users(pool: Db) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(db::list_users(&pool).await?))
}

async fn get_user(pool: Db, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    // The raw segment, not a typed Path: any text that is not an id is the contract's 400.
    let raw = req.match_info().query("id");
    let id = parse_id(raw).map_err(|message| ApiError::BadRequest(message.into()))?;
    match db::find_user(&pool, id).await? {
        Some(user) => Ok(HttpResponse::Ok().json(user)),
        None => Err(ApiError::NotFound(user_not_found(id))),
    }
}

async fn create_user(
    pool: Db,
    req: HttpRequest,
    body: Result<web::Bytes, actix_web::Error>,
) -> Result<HttpResponse, ApiError> {
    let body = json_object(&req, body)?;
    let name = validate_new_user(&body).map_err(ApiError::BadRequest)?;
    let user = db::create_user(&pool, &name).await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/users/{}", user.id)))
        .json(user))
}

async fn list_books(pool: Db) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(db::list_books(&pool).await?))
}

async fn not_found() -> HttpResponse {
    ApiError::NotFound(MSG_NOT_FOUND.into()).error_response()
}
