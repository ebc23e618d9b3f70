import { beforeEach, describe, expect, it } from "vitest";
import * as users from "../app/users/route";
import * as user from "../app/users/[id]/route";
import { resetUsers } from "../lib/users";
import { expectJson, params, post } from "./helpers";

const getUser = (id: string) => user.GET(new Request(`http://localhost/users/${id}`), params({ id }));

beforeEach(() => {
  resetUsers();
});

describe("GET /users", () => {
  it("starts with Alice", async () => {
    expect(await expectJson(users.GET(), 200)).toEqual([{ id: 1, name: "Alice" }]);
  });
});

describe("GET /users/:id", () => {
  it("returns a user", async () => {
    expect(await expectJson(await getUser("1"), 200)).toEqual({ id: 1, name: "Alice" });
  });

  it("answers 404 for an unknown id", async () => {
    expect(await expectJson(await getUser("42"), 404)).toEqual({ error: "user 42 not found" });
  });

  it.each(["abc", "1.5", "-1", "0", "1e3", ""])("answers 400 for id %j", async (id) => {
    expect(await expectJson(await getUser(id), 400)).toEqual({
      error: "id must be a positive integer",
    });
  });
});

describe("POST /users", () => {
  it("creates users with increasing ids and the list grows", async () => {
    expect(await expectJson(await users.POST(post("/users", '{"name":"Bob"}')), 201)).toEqual({
      id: 2,
      name: "Bob",
    });
    expect(await expectJson(await users.POST(post("/users", '{"name":"Carol"}')), 201)).toEqual({
      id: 3,
      name: "Carol",
    });
    expect(await expectJson(await getUser("2"), 200)).toEqual({ id: 2, name: "Bob" });
    expect(await expectJson(users.GET(), 200)).toEqual([
      { id: 1, name: "Alice" },
      { id: 2, name: "Bob" },
      { id: 3, name: "Carol" },
    ]);
  });

  it("stores the name exactly as sent and ignores extra fields", async () => {
    const body = JSON.stringify({ name: "  Bob  ", admin: true });
    expect(await expectJson(await users.POST(post("/users", body)), 201)).toEqual({
      id: 2,
      name: "  Bob  ",
    });
  });

  it("accepts a name of exactly 100 characters", async () => {
    const name = "é".repeat(100);
    expect(await expectJson(await users.POST(post("/users", JSON.stringify({ name }))), 201)).toEqual({
      id: 2,
      name,
    });
  });

  it.each([
    ["name missing", "{}", "name is required"],
    ["name not a string", '{"name":5}', "name must be a string"],
    ["name null", '{"name":null}', "name must be a string"],
    ["name empty", '{"name":""}', "name must not be empty"],
    ["name only whitespace", '{"name":"   "}', "name must not be empty"],
    ["name too long", JSON.stringify({ name: "a".repeat(101) }), "name must be at most 100 characters"],
    ["malformed JSON", '{"name":', "body must be a JSON object"],
    ["empty body", "", "body must be a JSON object"],
    ["an array", '[{"name":"Bob"}]', "body must be a JSON object"],
    ["a bare string", '"Bob"', "body must be a JSON object"],
    ["a bare number", "5", "body must be a JSON object"],
    ["null", "null", "body must be a JSON object"],
  ])("answers 400 for %s and stores nothing", async (_case, body, message) => {
    expect(await expectJson(await users.POST(post("/users", body)), 400)).toEqual({ error: message });
    expect(await expectJson(users.GET(), 200)).toEqual([{ id: 1, name: "Alice" }]);
  });
});

describe("other methods", () => {
  it("answers 405 JSON", async () => {
    expect(await expectJson(users.DELETE(), 405)).toEqual({ error: "method not allowed" });
    expect(await expectJson(user.POST(), 405)).toEqual({ error: "method not allowed" });
  });
});
