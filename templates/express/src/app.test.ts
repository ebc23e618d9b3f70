import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, test } from "node:test";
import { createApp } from "./app.js";

let server: Server;
let baseUrl: string;

// A fresh app (and so a fresh in-memory user list) for every test, listening on a free port.
beforeEach(async () => {
  await new Promise<void>((resolve) => {
    server = createApp().listen(0, "127.0.0.1", () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function call(method: string, path: string, body?: string) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body,
  });
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
  return { status: res.status, body: (await res.json()) as unknown };
}

const postUser = (body: string) => call("POST", "/users", body);

describe("GET /health", () => {
  test("answers ok", async () => {
    assert.deepEqual(await call("GET", "/health"), { status: 200, body: { status: "ok" } });
  });
});

describe("GET /users", () => {
  test("starts with Alice", async () => {
    assert.deepEqual(await call("GET", "/users"), { status: 200, body: [{ id: 1, name: "Alice" }] });
  });
});

describe("GET /users/:id", () => {
  test("returns a user", async () => {
    assert.deepEqual(await call("GET", "/users/1"), { status: 200, body: { id: 1, name: "Alice" } });
  });

  test("404 for an unknown id", async () => {
    assert.deepEqual(await call("GET", "/users/42"), { status: 404, body: { error: "user 42 not found" } });
  });

  for (const id of ["abc", "1.5", "-1", "0"]) {
    test(`400 for id ${JSON.stringify(id)}`, async () => {
      assert.deepEqual(await call("GET", `/users/${id}`), {
        status: 400,
        body: { error: "id must be a positive integer" },
      });
    });
  }
});

describe("POST /users", () => {
  test("creates users with increasing ids and the list grows", async () => {
    assert.deepEqual(await postUser(JSON.stringify({ name: "Bob" })), { status: 201, body: { id: 2, name: "Bob" } });
    assert.deepEqual(await postUser(JSON.stringify({ name: "Carol" })), { status: 201, body: { id: 3, name: "Carol" } });
    assert.deepEqual(await call("GET", "/users/2"), { status: 200, body: { id: 2, name: "Bob" } });
    assert.deepEqual(await call("GET", "/users"), {
      status: 200,
      body: [{ id: 1, name: "Alice" }, { id: 2, name: "Bob" }, { id: 3, name: "Carol" }],
    });
  });

  test("stores the name exactly as sent and ignores extra fields", async () => {
    assert.deepEqual(await postUser(JSON.stringify({ name: "  Bob ", admin: true })), {
      status: 201,
      body: { id: 2, name: "  Bob " },
    });
  });

  test("accepts a name of exactly 100 characters", async () => {
    const name = "x".repeat(100);
    assert.deepEqual(await postUser(JSON.stringify({ name })), { status: 201, body: { id: 2, name } });
  });

  const invalid: Array<[string, string, string]> = [
    ["name is missing", "{}", "name is required"],
    ["name is a number", '{"name":42}', "name must be a string"],
    ["name is null", '{"name":null}', "name must be a string"],
    ["name is empty", '{"name":""}', "name must not be empty"],
    ["name is only whitespace", '{"name":"   "}', "name must not be empty"],
    ["name is too long", JSON.stringify({ name: "x".repeat(101) }), "name must be at most 100 characters"],
    ["body is malformed JSON", '{"name":', "body must be a JSON object"],
    ["body is empty", "", "body must be a JSON object"],
    ["body is an array", '[{"name":"Bob"}]', "body must be a JSON object"],
    ["body is a string", '"Bob"', "body must be a JSON object"],
    ["body is a number", "42", "body must be a JSON object"],
    ["body is null", "null", "body must be a JSON object"],
  ];
  for (const [label, body, error] of invalid) {
    test(`400 when ${label}, nothing stored`, async () => {
      assert.deepEqual(await postUser(body), { status: 400, body: { error } });
      assert.deepEqual(await call("GET", "/users"), { status: 200, body: [{ id: 1, name: "Alice" }] });
    });
  }
});

describe("GET /books", () => {
  test("lists the books", async () => {
    assert.deepEqual(await call("GET", "/books"), {
      status: 200,
      body: [
        { title: "Dune", author: "Frank Herbert" },
        { title: "Neuromancer", author: "William Gibson" },
      ],
    });
  });
});

describe("unknown routes", () => {
  test("404 JSON for an unknown path", async () => {
    assert.deepEqual(await call("GET", "/nope"), { status: 404, body: { error: "not found" } });
  });

  test("404 JSON for an unsupported method", async () => {
    assert.deepEqual(await call("DELETE", "/users"), { status: 404, body: { error: "not found" } });
  });
});
