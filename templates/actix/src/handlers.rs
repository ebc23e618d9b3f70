//! HTTP handlers and routing.

use std::sync::Mutex;

use actix_web::{HttpResponse, ResponseError, error::JsonPayloadError, web};
use serde_json::{Value, json};

use crate::errors::ApiError;
use crate::models::{BOOKS, User, UserStore, validate_new_user};

type Store = web::Data<Mutex<UserStore>>;

/// Registers every route, the JSON body settings and the JSON 404/405 fallbacks.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::JsonConfig::default()
            // Accept JSON bodies whatever the Content-Type says.
            .content_type_required(false)
            .error_handler(|err, _req| match err {
                JsonPayloadError::Overflow { .. }
                | JsonPayloadError::OverflowKnownLength { .. } => ApiError::PayloadTooLarge.into(),
                _ => ApiError::BadRequest("body must be a JSON object".into()).into(),
            }),
    )
    .service(
        web::resource("/health")
            .route(web::get().to(health))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource("/users")
            .route(web::get().to(list_users))
            .route(web::post().to(create_user))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource("/users/{id}")
            .route(web::get().to(get_user))
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource("/books")
            .route(web::get().to(list_books))
            .default_service(web::to(method_not_allowed)),
    )
    .default_service(web::to(not_found));
}

async fn health() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

async fn list_users(store: Store) -> HttpResponse {
    let store = store.lock().unwrap();
    HttpResponse::Ok().json(store.all())
}

async fn get_user(store: Store, id: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) || id.bytes().all(|b| b == b'0') {
        return Err(ApiError::BadRequest("id must be a positive integer".into()));
    }
    // All digits: an id too large for u64 is a valid id that no user has.
    let store = store.lock().unwrap();
    match id.parse::<u64>().ok().and_then(|n| store.get(n)) {
        Some(user) => Ok(HttpResponse::Ok().json(user)),
        None => Err(ApiError::NotFound(format!("user {id} not found"))),
    }
}

async fn create_user(store: Store, body: web::Json<Value>) -> Result<HttpResponse, ApiError> {
    let name = validate_new_user(&body).map_err(|message| ApiError::BadRequest(message.into()))?;
    let user: User = store.lock().unwrap().add(name);
    Ok(HttpResponse::Created().json(user))
}

async fn list_books() -> HttpResponse {
    HttpResponse::Ok().json(BOOKS)
}

async fn not_found() -> HttpResponse {
    ApiError::NotFound("not found".into()).error_response()
}

async fn method_not_allowed() -> HttpResponse {
    ApiError::MethodNotAllowed.error_response()
}
