"""Every endpoint and error case of the API, through Flask's test client."""

import json

import pytest

ALICE = {"id": 1, "name": "Alice"}


def post_json(client, body):
    """POST a raw body (str) to /users with a JSON content type."""
    return client.post("/users", data=body, content_type="application/json")


def assert_json(response, status, body):
    assert response.status_code == status
    assert response.content_type == "application/json"
    assert response.get_json() == body


def test_health(client):
    assert_json(client.get("/health"), 200, {"status": "ok"})


def test_books(client):
    assert_json(
        client.get("/books"),
        200,
        [
            {"title": "Dune", "author": "Frank Herbert"},
            {"title": "Neuromancer", "author": "William Gibson"},
        ],
    )


def test_list_users_at_start(client):
    assert_json(client.get("/users"), 200, [ALICE])


def test_get_user(client):
    assert_json(client.get("/users/1"), 200, ALICE)


def test_get_unknown_user(client):
    assert_json(client.get("/users/42"), 404, {"error": "user 42 not found"})


@pytest.mark.parametrize("user_id", ["abc", "1.5", "-1", "0", "1e3", "%201"])
def test_get_user_with_invalid_id(client, user_id):
    assert_json(
        client.get(f"/users/{user_id}"), 400, {"error": "id must be a positive integer"}
    )


def test_create_users(client):
    assert_json(
        post_json(client, json.dumps({"name": "Bob"})), 201, {"id": 2, "name": "Bob"}
    )
    assert_json(
        post_json(client, json.dumps({"name": "Carol"})),
        201,
        {"id": 3, "name": "Carol"},
    )
    assert_json(
        client.get("/users"),
        200,
        [ALICE, {"id": 2, "name": "Bob"}, {"id": 3, "name": "Carol"}],
    )
    assert_json(client.get("/users/3"), 200, {"id": 3, "name": "Carol"})


def test_create_user_keeps_name_as_sent_and_ignores_extra_fields(client):
    body = json.dumps({"name": "  Bob  ", "admin": True})
    assert_json(post_json(client, body), 201, {"id": 2, "name": "  Bob  "})


def test_create_user_with_100_character_name(client):
    name = "x" * 100
    assert_json(
        post_json(client, json.dumps({"name": name})), 201, {"id": 2, "name": name}
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{}", "name is required"),
        ('{"nom": "Bob"}', "name is required"),
        ('{"name": 42}', "name must be a string"),
        ('{"name": null}', "name must be a string"),
        ('{"name": ["Bob"]}', "name must be a string"),
        ('{"name": ""}', "name must not be empty"),
        ('{"name": "   "}', "name must not be empty"),
        (json.dumps({"name": "x" * 101}), "name must be at most 100 characters"),
        ('{"name": "Bob"', "body must be a JSON object"),
        ("", "body must be a JSON object"),
        ('[{"name": "Bob"}]', "body must be a JSON object"),
        ('"Bob"', "body must be a JSON object"),
        ("42", "body must be a JSON object"),
        ("null", "body must be a JSON object"),
    ],
)
def test_create_user_with_invalid_body(client, body, message):
    assert_json(post_json(client, body), 400, {"error": message})
    # Nothing was stored, and the server keeps serving.
    assert_json(client.get("/users"), 200, [ALICE])


@pytest.mark.parametrize("url", ["/", "/nope", "/users/1/books", "/users/", "/health/"])
def test_unknown_path(client, url):
    assert_json(client.get(url), 404, {"error": "not found"})


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("delete", "/users"),
        ("put", "/users/1"),
        ("post", "/books"),
        ("post", "/health"),
    ],
)
def test_method_not_allowed(client, method, url):
    response = getattr(client, method)(url)
    assert_json(response, 405, {"error": "method not allowed"})
    assert "Allow" in response.headers


def test_unhandled_error_is_a_json_500(app):
    @app.get("/boom")
    def boom():
        raise RuntimeError("boom")

    # TESTING re-raises errors in the test; let the error handler answer instead.
    app.config["PROPAGATE_EXCEPTIONS"] = False
    assert_json(app.test_client().get("/boom"), 500, {"error": "internal server error"})
