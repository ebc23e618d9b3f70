//! Tests for every endpoint and error case, run in-process with `actix_web::test`.

use std::sync::Mutex;

use actix_web::body::MessageBody;
use actix_web::dev::ServiceResponse;
use actix_web::http::{StatusCode, header};
use actix_web::test::{self, TestRequest};
use actix_web::{App, web};
use serde_json::{Value, json};

use crate::handlers;
use crate::models::UserStore;

/// A fresh app with its own store (only Alice), built the way `main` builds it.
macro_rules! app {
    () => {
        test::init_service(
            App::new()
                .app_data(web::Data::new(Mutex::new(UserStore::new())))
                .configure(handlers::configure),
        )
        .await
    };
}

/// Sends a `TestRequest` to the app and returns `(status, JSON body)`.
macro_rules! call {
    ($app:expr, $req:expr) => {
        reply(test::call_service(&$app, $req.to_request()).await).await
    };
}

/// Reads a response, checking that it is JSON.
async fn reply<B: MessageBody>(res: ServiceResponse<B>) -> (StatusCode, Value) {
    let status = res.status();
    let content_type = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        content_type.starts_with("application/json"),
        "{status}: Content-Type is {content_type:?}"
    );
    let body = test::read_body(res).await;
    let json = serde_json::from_slice(&body)
        .unwrap_or_else(|err| panic!("{status}: body is not JSON ({err}): {body:?}"));
    (status, json)
}

fn get(uri: &str) -> TestRequest {
    TestRequest::get().uri(uri)
}

/// `POST /users` with this raw body, sent as `application/json`.
fn post_users(body: impl Into<String>) -> TestRequest {
    TestRequest::post()
        .uri("/users")
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .set_payload(body.into())
}

#[actix_web::test]
async fn health_is_ok() {
    let app = app!();
    assert_eq!(
        call!(app, get("/health")),
        (StatusCode::OK, json!({"status": "ok"}))
    );
}

#[actix_web::test]
async fn users_start_with_alice() {
    let app = app!();
    assert_eq!(
        call!(app, get("/users")),
        (StatusCode::OK, json!([{"id": 1, "name": "Alice"}]))
    );
}

#[actix_web::test]
async fn get_user_by_id() {
    let app = app!();
    assert_eq!(
        call!(app, get("/users/1")),
        (StatusCode::OK, json!({"id": 1, "name": "Alice"}))
    );
}

#[actix_web::test]
async fn unknown_user_is_404() {
    let app = app!();
    assert_eq!(
        call!(app, get("/users/42")),
        (StatusCode::NOT_FOUND, json!({"error": "user 42 not found"}))
    );
}

#[actix_web::test]
async fn id_that_is_not_a_positive_integer_is_400() {
    let app = app!();
    for id in ["abc", "1.5", "-1", "0", "1e3", "+1"] {
        assert_eq!(
            call!(app, get(&format!("/users/{id}"))),
            (
                StatusCode::BAD_REQUEST,
                json!({"error": "id must be a positive integer"})
            ),
            "id {id:?}"
        );
    }
}

#[actix_web::test]
async fn create_user_adds_to_the_list() {
    let app = app!();
    assert_eq!(
        call!(app, post_users(r#"{"name":"Bob"}"#)),
        (StatusCode::CREATED, json!({"id": 2, "name": "Bob"}))
    );
    assert_eq!(
        call!(app, get("/users/2")),
        (StatusCode::OK, json!({"id": 2, "name": "Bob"}))
    );
    // The name is stored exactly as sent, and ids keep growing by one.
    assert_eq!(
        call!(app, post_users(r#"{"name":"  Carol "}"#)),
        (StatusCode::CREATED, json!({"id": 3, "name": "  Carol "}))
    );
    assert_eq!(
        call!(app, get("/users")),
        (
            StatusCode::OK,
            json!([{"id": 1, "name": "Alice"}, {"id": 2, "name": "Bob"}, {"id": 3, "name": "  Carol "}])
        )
    );
}

#[actix_web::test]
async fn create_user_ignores_extra_fields() {
    let app = app!();
    assert_eq!(
        call!(app, post_users(r#"{"name":"Dave","admin":true}"#)),
        (StatusCode::CREATED, json!({"id": 2, "name": "Dave"}))
    );
}

#[actix_web::test]
async fn name_of_exactly_100_characters_is_accepted() {
    let app = app!();
    let name = "é".repeat(100);
    assert_eq!(
        call!(app, post_users(json!({"name": name}).to_string())),
        (StatusCode::CREATED, json!({"id": 2, "name": name}))
    );
}

#[actix_web::test]
async fn invalid_users_are_rejected_and_not_stored() {
    let app = app!();
    let long_name = json!({"name": "a".repeat(101)}).to_string();
    let cases: [(&str, &str); 17] = [
        ("{}", "name is required"),
        (r#"{"other":"Bob"}"#, "name is required"),
        (r#"{"name":42}"#, "name must be a string"),
        (r#"{"name":null}"#, "name must be a string"),
        (r#"{"name":["Bob"]}"#, "name must be a string"),
        (r#"{"name":{"first":"Bob"}}"#, "name must be a string"),
        (r#"{"name":""}"#, "name must not be empty"),
        (r#"{"name":"   "}"#, "name must not be empty"),
        (&long_name, "name must be at most 100 characters"),
        ("{not json", "body must be a JSON object"),
        ("", "body must be a JSON object"),
        ("[]", "body must be a JSON object"),
        (r#"[{"name":"Bob"}]"#, "body must be a JSON object"),
        (r#""Bob""#, "body must be a JSON object"),
        ("42", "body must be a JSON object"),
        ("null", "body must be a JSON object"),
        ("true", "body must be a JSON object"),
    ];
    for (body, error) in cases {
        assert_eq!(
            call!(app, post_users(body)),
            (StatusCode::BAD_REQUEST, json!({"error": error})),
            "body {body:?}"
        );
    }
    // Nothing was stored, and the server still serves.
    assert_eq!(
        call!(app, get("/users")),
        (StatusCode::OK, json!([{"id": 1, "name": "Alice"}]))
    );
    assert_eq!(
        call!(app, post_users(r#"{"name":"Bob"}"#)),
        (StatusCode::CREATED, json!({"id": 2, "name": "Bob"}))
    );
}

#[actix_web::test]
async fn body_over_the_json_limit_is_json_413() {
    let app = app!();
    // `web::JsonConfig`'s limit is 2 MiB by default.
    let big = json!({"name": "a".repeat(3 << 20)}).to_string();
    assert_eq!(
        call!(app, post_users(big)),
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            json!({"error": "body is too large"})
        )
    );
}

#[actix_web::test]
async fn books_are_listed() {
    let app = app!();
    assert_eq!(
        call!(app, get("/books")),
        (
            StatusCode::OK,
            json!([
                {"title": "Dune", "author": "Frank Herbert"},
                {"title": "Neuromancer", "author": "William Gibson"}
            ])
        )
    );
}

#[actix_web::test]
async fn unknown_paths_are_json_404() {
    let app = app!();
    for uri in ["/", "/nope", "/users/1/extra", "/books/1"] {
        assert_eq!(
            call!(app, get(uri)),
            (StatusCode::NOT_FOUND, json!({"error": "not found"})),
            "path {uri:?}"
        );
    }
}

#[actix_web::test]
async fn unsupported_methods_are_json_405() {
    let app = app!();
    let requests = [
        TestRequest::delete().uri("/users"),
        TestRequest::put().uri("/users/1"),
        TestRequest::post().uri("/health"),
        TestRequest::patch().uri("/books"),
    ];
    for req in requests {
        assert_eq!(
            call!(app, req),
            (
                StatusCode::METHOD_NOT_ALLOWED,
                json!({"error": "method not allowed"})
            )
        );
    }
}
