import assert from "node:assert/strict";
import contract from "../../templates/_shared/contract.json" with { type: "json" };
import { call, comparable, type Reply, type Send } from "./http.js";

/**
 * The HTTP contract every starter meets (docs/CONTRACT.md), run against a live
 * server, with the exact messages, limits and Allow sets of
 * templates/_shared/contract.json. Cases run in order: later ones rely on the
 * POSTs before them. Each case also records what it got, so the harness can
 * compare the starters with each other (every starter must answer alike).
 */
export interface CaseResult {
  name: string;
  ok: boolean;
  error?: string;
  /** What the case's requests got (status, media type, Allow, body), in order: the same for every starter. */
  seen: ReturnType<typeof comparable>[];
}

export type Case = [name: string, run: (c: Client) => Promise<void>];

export const M = contract.messages;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (w, k: string) => String(values[k] ?? w));
export const message = (key: keyof typeof M, values: Record<string, string | number> = {}) => fill(M[key], values);

/** A client that records every reply of the case running, for the cross-starter comparison. */
export class Client {
  seen: Reply[] = [];
  constructor(private readonly base: string) {}
  async send(method: string, path: string, send: Send = {}): Promise<Reply> {
    const r = await call(this.base, method, path, send);
    this.seen.push(r);
    return r;
  }
  get = (p: string, headers?: Record<string, string>) => this.send("GET", p, { ...(headers && { headers }) });
  post = (p: string, body: string | Buffer, send: Omit<Send, "body"> = {}) => this.send("POST", p, { body, ...send });
  patch = (p: string, body: string | Buffer, send: Omit<Send, "body"> = {}) => this.send("PATCH", p, { body, ...send });
}

export function isJson(r: Reply): void {
  assert.equal(r.type, "application/json", `content-type should be JSON, got "${r.type}" (${r.text.slice(0, 80)})`);
}

/** Status and body exactly. */
export function is(r: Reply, status: number, body: unknown): void {
  assert.equal(r.status, status, `status should be ${status}, got ${r.status}: ${r.text.slice(0, 160)}`);
  isJson(r);
  assert.deepEqual(r.body, body);
}

export const isError = (r: Reply, status: number, error: string) => is(r, status, { error });

export function isNoBody(r: Reply, status: number): void {
  assert.equal(r.status, status, `status should be ${status}, got ${r.status}: ${r.text.slice(0, 160)}`);
  assert.equal(r.text, "", `no body expected, got ${r.text.slice(0, 80)}`);
}

export function isMethodNotAllowed(r: Reply, allow: string[]): void {
  isError(r, 405, M.methodNotAllowed);
  assert.deepEqual(r.allow, [...allow].sort(), "Allow");
}

export function isOptions(r: Reply, allow: string[]): void {
  isNoBody(r, 204);
  assert.deepEqual(r.allow, [...allow].sort(), "Allow");
}

const long = (n: number) => "x".repeat(n);

/** What the seed migration stores (templates/_shared/partials/db/seed.hbs), in id order. */
export const SEED_BOOKS = [
  { id: 1, title: "Dune", author: "Frank Herbert" },
  { id: 2, title: "Neuromancer", author: "William Gibson" },
];

/** Ids every starter refuses with 400, as docs/CONTRACT.md ("Ids") says. */
export const BAD_IDS = ["abc", "0", "-1", "1.5", "+5", "1e3", "%201", "9223372036854775808", "9".repeat(300)];

/** A JSON body of exactly `bytes` bytes: `{"name":...}` padded with JSON white space. */
export const paddedBody = (json: string, bytes: number) => `${json}${" ".repeat(bytes - Buffer.byteLength(json))}`;

const LIMIT = contract.bodyLimit.bytes;
const { collection, userItem, readOnly } = contract.allow;

/** The requests whose body is refused before a field is read, with what every starter answers. */
export function badBodies(): [label: string, send: Send, status: number, error: string][] {
  const notObject = M.bodyNotObject;
  return [
    ["malformed JSON", { body: '{"name": "Bob"' }, 400, notObject],
    ["an empty body", { body: "" }, 400, notObject],
    ["an array", { body: JSON.stringify([{ name: "Bob" }]) }, 400, notObject],
    ["a bare string", { body: JSON.stringify("Bob") }, 400, notObject],
    ["a number", { body: "42" }, 400, notObject],
    ["null", { body: "null" }, 400, notObject],
    ["an array nested 100,000 deep", { body: `${"[".repeat(100_000)}${"]".repeat(100_000)}` }, 400, notObject],
    ["invalid UTF-8", { body: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }, 400, notObject],
    ["text/plain", { body: JSON.stringify({ name: "Plain" }), contentType: "text/plain" }, 415, M.unsupportedMediaType],
    ["no content type", { body: JSON.stringify({ name: "None" }), contentType: null }, 415, M.unsupportedMediaType],
    ["multipart/form-data without a boundary", { body: "name=Bob", contentType: "multipart/form-data" }, 415, M.unsupportedMediaType],
    ["application/json with charset=latin1", { body: JSON.stringify({ name: "Latin" }), contentType: "application/json; charset=latin1" }, 415, M.unsupportedMediaType],
    ["application/vnd.api+json", { body: JSON.stringify({ name: "Vnd" }), contentType: "application/vnd.api+json" }, 415, M.unsupportedMediaType],
    ["a 2 MB body", { body: JSON.stringify({ name: long(2 * 1024 * 1024) }) }, 413, M.bodyTooLarge],
    ["a 2 MB body, chunked", { body: JSON.stringify({ name: long(2 * 1024 * 1024) }), chunked: true }, 413, M.bodyTooLarge],
    ["a body one byte over 1 MiB", { body: paddedBody('{"name":"Big"}', LIMIT + 1) }, 413, M.bodyTooLarge],
  ];
}

export function contractCases(): Case[] {
  const name = (v: unknown) => JSON.stringify({ name: v });
  const badName = (label: string, body: string, error: string): Case => [
    `POST /users ${label} → 400 "${error}"`,
    async (c) => isError(await c.post("/users", body), 400, error),
  ];
  const max = contract.userNameMax;
  return [
    ["GET /health → 200 {status: ok}, with a request id", async (c) => {
      const r = await c.get("/health");
      is(r, 200, contract.health.ok);
      assert.ok(new RegExp(contract.requestId.pattern).test(r.requestId), `X-Request-Id should be generated, got "${r.requestId}"`);
    }],
    ["a sane X-Request-Id is echoed; an insane one is replaced", async (c) => {
      assert.equal((await c.get("/health", { "X-Request-Id": "abc-123.x" })).requestId, "abc-123.x");
      const replaced = (await c.get("/health", { "X-Request-Id": "bad id, with spaces" })).requestId;
      assert.ok(replaced !== "" && replaced !== "bad id, with spaces", `got "${replaced}"`);
      assert.ok(new RegExp(contract.requestId.pattern).test(replaced), `got "${replaced}"`);
    }],
    ["GET /users → the seed user", async (c) => is(await c.get("/users"), 200, [{ id: 1, name: "Alice" }])],
    ["GET /users/1 and /users/0001 → Alice", async (c) => {
      is(await c.get("/users/1"), 200, { id: 1, name: "Alice" });
      is(await c.get("/users/0001"), 200, { id: 1, name: "Alice" });
    }],
    ["GET /users/999 → 404 \"user 999 not found\"", async (c) => isError(await c.get("/users/999"), 404, message("entityNotFound", { resource: "user", id: 999 }))],
    ["GET /users/9223372036854775807 → 404", async (c) =>
      isError(await c.get("/users/9223372036854775807"), 404, message("entityNotFound", { resource: "user", id: "9223372036854775807" }))],
    [`GET /users/{${BAD_IDS.map((i) => i.slice(0, 12)).join(", ")}} → 400`, async (c) => {
      for (const id of BAD_IDS) isError(await c.get(`/users/${id}`), 400, M.idNotPositive);
    }],
    ["POST /users {name: Bob} → 201 {id: 2}, Location /users/2", async (c) => {
      const r = await c.post("/users", name("Bob"));
      is(r, 201, { id: 2, name: "Bob" });
      assert.equal(r.location, "/users/2");
    }],
    ["GET /users/2 → Bob, and the list grew", async (c) => {
      is(await c.get("/users/2"), 200, { id: 2, name: "Bob" });
      is(await c.get("/users"), 200, [{ id: 1, name: "Alice" }, { id: 2, name: "Bob" }]);
    }],
    badName("without name", "{}", message("required", { field: "name" })),
    badName("with a null name", name(null), message("required", { field: "name" })),
    badName("with a numeric name", name(42), message("notString", { field: "name" })),
    badName("with an object name", name({ first: "Bob" }), message("notString", { field: "name" })),
    badName("with a name holding NUL", name("a\u0000b"), message("nul", { field: "name" })),
    badName("with an empty name", name(""), message("blank", { field: "name" })),
    badName("with a blank name", name("   "), message("blank", { field: "name" })),
    badName("with a name of no-break spaces", name("\u00a0\u00a0"), message("blank", { field: "name" })),
    badName(`with a ${max + 1}-character name`, name(long(max + 1)), message("tooLong", { field: "name", max })),
    badName(`with a name of ${max + 1} emoji`, name("🙂".repeat(max + 1)), message("tooLong", { field: "name", max })),
    ...badBodies().map(([label, send, status, error]): Case => [
      `POST /users with ${label} → ${status} "${error}"`,
      async (c) => isError(await c.send("POST", "/users", send), status, error),
    ]),
    ["the refused POSTs stored nothing", async (c) => assert.equal(((await c.get("/users")).body as unknown[]).length, 2)],
    [`POST /users with a ${max}-character name → 201 {id: 3}`, async (c) => is(await c.post("/users", name(long(max))), 201, { id: 3, name: long(max) })],
    [`POST /users with ${max} emoji → 201 {id: 4}`, async (c) => is(await c.post("/users", name("🙂".repeat(max))), 201, { id: 4, name: "🙂".repeat(max) })],
    ["POST /users with application/json; charset=UTF-8 → 201", async (c) =>
      is(await c.post("/users", name("Charset"), { contentType: "application/json; charset=UTF-8" }), 201, { id: 5, name: "Charset" })],
    ["POST /users with a body of exactly 1 MiB → 201", async (c) => is(await c.post("/users", paddedBody(name("Big"), LIMIT)), 201, { id: 6, name: "Big" })],
    ["GET /books → the seeded books, {id, title, author}", async (c) => is(await c.get("/books"), 200, SEED_BOOKS)],
    ["DELETE, TRACE, PUT, PATCH /users → 405, Allow", async (c) => {
      for (const m of ["DELETE", "TRACE", "PUT", "PATCH"]) isMethodNotAllowed(await c.send(m, "/users"), collection);
    }],
    ["POST, PUT, DELETE /users/1 → 405, Allow", async (c) => {
      for (const m of ["POST", "PUT", "DELETE"]) isMethodNotAllowed(await c.send(m, "/users/1", { body: "{}" }), userItem);
    }],
    ["PUT /health, POST /books → 405, Allow", async (c) => {
      isMethodNotAllowed(await c.send("PUT", "/health", { body: "{}" }), readOnly);
      isMethodNotAllowed(await c.send("POST", "/books", { body: "{}" }), readOnly);
    }],
    ["OPTIONS → 204 with Allow on every path", async (c) => {
      isOptions(await c.send("OPTIONS", "/users"), collection);
      isOptions(await c.send("OPTIONS", "/users/1"), userItem);
      isOptions(await c.send("OPTIONS", "/health"), readOnly);
      isOptions(await c.send("OPTIONS", "/books"), readOnly);
    }],
    ["HEAD → the GET status, no body", async (c) => {
      isNoBody(await c.send("HEAD", "/users"), 200);
      isNoBody(await c.send("HEAD", "/users/1"), 200);
      isNoBody(await c.send("HEAD", "/users/999"), 404);
      isNoBody(await c.send("HEAD", "/health"), 200);
    }],
    ["GET /no/such/path, /users/, /users/1/x → 404 \"not found\"", async (c) => {
      for (const p of ["/no/such/path", "/users/", "/users/1/x"]) isError(await c.get(p), 404, M.notFound);
    }],
    ["still serving after the errors", async (c) => is(await c.get("/health"), 200, contract.health.ok)],
  ];
}

/** Runs cases in order against `base`, each recording what it saw. */
export async function runCases(base: string, cases: Case[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const [name, fn] of cases) {
    const client = new Client(base);
    try {
      await fn(client);
      results.push({ name, ok: true, seen: client.seen.map(comparable) });
    } catch (err) {
      results.push({ name, ok: false, error: (err as Error).message.split("\n")[0], seen: client.seen.map(comparable) });
    }
  }
  return results;
}

export const runContract = (base: string) => runCases(base, contractCases());
