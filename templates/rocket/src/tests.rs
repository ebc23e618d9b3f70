//! Tests for every endpoint and error case, run in-process with Rocket's local client.

use rocket::http::{ContentType, Status};
use rocket::local::blocking::{Client, LocalRequest};
use rocket::serde::json::{Value, json};

/// A client for a fresh application with its own store (only Alice).
fn client() -> Client {
    Client::tracked(super::rocket()).expect("valid rocket instance")
}

/// Dispatches a request and returns `(status, JSON body)`, checking the Content-Type.
fn call(req: LocalRequest<'_>) -> (Status, Value) {
    let res = req.dispatch();
    let status = res.status();
    assert_eq!(res.content_type(), Some(ContentType::JSON), "{status}");
    let body = res.into_string().unwrap_or_default();
    let json = rocket::serde::json::from_str(&body)
        .unwrap_or_else(|err| panic!("{status}: body is not JSON ({err}): {body:?}"));
    (status, json)
}

/// `POST /users` with this raw body, sent as `application/json`.
fn post_users(client: &Client, body: impl Into<String>) -> (Status, Value) {
    call(
        client
            .post("/users")
            .header(ContentType::JSON)
            .body(body.into()),
    )
}

#[test]
fn health_is_ok() {
    let client = client();
    assert_eq!(
        call(client.get("/health")),
        (Status::Ok, json!({"status": "ok"}))
    );
}

#[test]
fn users_start_with_alice() {
    let client = client();
    assert_eq!(
        call(client.get("/users")),
        (Status::Ok, json!([{"id": 1, "name": "Alice"}]))
    );
}

#[test]
fn get_user_by_id() {
    let client = client();
    assert_eq!(
        call(client.get("/users/1")),
        (Status::Ok, json!({"id": 1, "name": "Alice"}))
    );
}

#[test]
fn unknown_user_is_404() {
    let client = client();
    assert_eq!(
        call(client.get("/users/42")),
        (Status::NotFound, json!({"error": "user 42 not found"}))
    );
}

#[test]
fn id_that_is_not_a_positive_integer_is_400() {
    let client = client();
    for id in ["abc", "1.5", "-1", "0", "1e3", "+1"] {
        assert_eq!(
            call(client.get(format!("/users/{id}"))),
            (
                Status::BadRequest,
                json!({"error": "id must be a positive integer"})
            ),
            "id {id:?}"
        );
    }
}

#[test]
fn create_user_adds_to_the_list() {
    let client = client();
    assert_eq!(
        post_users(&client, r#"{"name":"Bob"}"#),
        (Status::Created, json!({"id": 2, "name": "Bob"}))
    );
    assert_eq!(
        call(client.get("/users/2")),
        (Status::Ok, json!({"id": 2, "name": "Bob"}))
    );
    // The name is stored exactly as sent, and ids keep growing by one.
    assert_eq!(
        post_users(&client, r#"{"name":"  Carol "}"#),
        (Status::Created, json!({"id": 3, "name": "  Carol "}))
    );
    assert_eq!(
        call(client.get("/users")),
        (
            Status::Ok,
            json!([
                {"id": 1, "name": "Alice"},
                {"id": 2, "name": "Bob"},
                {"id": 3, "name": "  Carol "}
            ])
        )
    );
}

#[test]
fn create_user_ignores_extra_fields() {
    let client = client();
    assert_eq!(
        post_users(&client, r#"{"name":"Dave","admin":true}"#),
        (Status::Created, json!({"id": 2, "name": "Dave"}))
    );
}

#[test]
fn name_of_exactly_100_characters_is_accepted() {
    let client = client();
    let name = "é".repeat(100);
    assert_eq!(
        post_users(&client, json!({"name": name}).to_string()),
        (Status::Created, json!({"id": 2, "name": name}))
    );
}

#[test]
fn invalid_users_are_rejected_and_not_stored() {
    let client = client();
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
            post_users(&client, body),
            (Status::BadRequest, json!({"error": error})),
            "body {body:?}"
        );
    }
    // Nothing was stored, and the server still serves.
    assert_eq!(
        call(client.get("/users")),
        (Status::Ok, json!([{"id": 1, "name": "Alice"}]))
    );
    assert_eq!(
        post_users(&client, r#"{"name":"Bob"}"#),
        (Status::Created, json!({"id": 2, "name": "Bob"}))
    );
}

#[test]
fn books_are_listed() {
    let client = client();
    assert_eq!(
        call(client.get("/books")),
        (
            Status::Ok,
            json!([
                {"title": "Dune", "author": "Frank Herbert"},
                {"title": "Neuromancer", "author": "William Gibson"}
            ])
        )
    );
}

#[test]
fn unknown_paths_and_methods_are_json_404() {
    let client = client();
    let requests = [
        client.get("/"),
        client.get("/nope"),
        client.get("/users/1/extra"),
        client.get("/books/1"),
        client.delete("/users"),
        client.put("/users/1"),
        client.post("/health"),
    ];
    for req in requests {
        assert_eq!(call(req), (Status::NotFound, json!({"error": "not found"})));
    }
}

#[test]
fn body_over_the_json_limit_is_json_413() {
    let client = client();
    // Rocket's "json" limit is 1 MiB by default.
    let big = json!({"name": "a".repeat(2 << 20)}).to_string();
    assert_eq!(
        post_users(&client, big),
        (
            Status::PayloadTooLarge,
            json!({"error": "body is too large"})
        )
    );
}

// Routes mounted only in the next test, to make Rocket produce its own 400, 422 and 500.
#[post("/typed", data = "<_number>")]
fn typed(_number: rocket::serde::json::Json<u8>) {}

#[get("/panics")]
fn panics() -> &'static str {
    panic!("a bug in a handler")
}

#[test]
fn framework_errors_are_json() {
    let client = Client::tracked(super::rocket().mount("/test", routes![typed, panics]))
        .expect("valid rocket instance");
    let post = |body: &'static str| {
        client
            .post("/test/typed")
            .header(ContentType::JSON)
            .body(body)
    };
    assert_eq!(
        call(post("not json")),
        (Status::BadRequest, json!({"error": "bad request"}))
    );
    assert_eq!(
        call(post(r#""x""#)),
        (
            Status::UnprocessableEntity,
            json!({"error": "unprocessable entity"})
        )
    );
    assert_eq!(
        call(client.get("/test/panics")),
        (
            Status::InternalServerError,
            json!({"error": "internal server error"})
        )
    );
}
