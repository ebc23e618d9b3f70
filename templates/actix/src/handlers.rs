//! HTTP handlers, routing and the request log.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::JsonPayloadError;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, ResponseError, Route, web};
use serde_json::{Value, json};

use crate::db::{self, Pool};
use crate::errors::ApiError;
use crate::models::{parse_id, validate_new_user};

/// Largest JSON body accepted; a larger one gets a 413.
pub const MAX_BODY_BYTES: usize = 1 << 20;

type Db = web::Data<Pool>;

/// Registers every route, the JSON body settings and the JSON 404/405 fallbacks.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::JsonConfig::default()
            .limit(MAX_BODY_BYTES)
            .error_handler(json_error),
    )
    .service(
        web::resource("/health")
            .route(web::get().to(health))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/users")
            .route(web::get().to(list_users))
            .route(web::post().to(create_user))
            .default_service(allow("GET, POST")),
    )
    .service(
        web::resource("/users/{id}")
            .route(web::get().to(get_user))
            .default_service(allow("GET")),
    )
    .service(
        web::resource("/books")
            .route(web::get().to(list_books))
            .default_service(allow("GET")),
    )
    .default_service(web::to(not_found));
}

/// Logs every request once it is answered: method, path, status and duration.
pub async fn log_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.path().to_owned();
    let res = next.call(req).await?;
    tracing::info!(
        method = %method,
        path,
        status = res.status().as_u16(),
        duration_ms = started.elapsed().as_micros() as f64 / 1000.0,
        "request"
    );
    Ok(res)
}

/// Bodies that are not JSON, too large, or not parseable get a JSON 415, 413 or 400.
fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    match err {
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            ApiError::PayloadTooLarge
        }
        JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
        // Malformed JSON, nesting past serde_json's depth limit, a broken upload.
        _ => ApiError::BadRequest("body must be a JSON object".into()),
    }
    .into()
}

/// The fallback of a known path: 405 listing the methods it serves.
fn allow(methods: &'static str) -> Route {
    web::to(move || async move { ApiError::MethodNotAllowed(methods).error_response() })
}

async fn health() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

async fn list_users(pool: Db) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(db::list_users(&pool).await?))
}

async fn get_user(pool: Db, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let user = match parse_id(&id).map_err(|message| ApiError::BadRequest(message.into()))? {
        Some(number) => db::find_user(&pool, number).await?,
        None => None,
    };
    match user {
        Some(user) => Ok(HttpResponse::Ok().json(user)),
        None => Err(ApiError::NotFound(format!("user {id} not found").into())),
    }
}

async fn create_user(pool: Db, body: web::Json<Value>) -> Result<HttpResponse, ApiError> {
    let name = validate_new_user(&body).map_err(|message| ApiError::BadRequest(message.into()))?;
    let user = db::create_user(&pool, &name).await?;
    Ok(HttpResponse::Created().json(user))
}

async fn list_books(pool: Db) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(db::list_books(&pool).await?))
}

async fn not_found() -> HttpResponse {
    ApiError::NotFound("not found".into()).error_response()
}
