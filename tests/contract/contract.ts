import assert from "node:assert/strict";
import http from "node:http";

/**
 * The HTTP contract every starter meets (DESIGN.md §4), run against a live
 * server. Cases run in order: later ones rely on the POSTs before them.
 */
export interface CaseResult { name: string; ok: boolean; error?: string }

interface Reply { status: number; type: string; allow: string; body: unknown; text: string }

/** node:http, not fetch: fetch refuses TRACE and rewrites some headers the contract needs to send as given. */
function call(base: string, method: string, path: string, body?: string | Buffer, contentType = "application/json"): Promise<Reply> {
  const url = new URL(base + path);
  return new Promise((resolve, reject) => {
    // A hard deadline of its own: a socket destroyed by a reset can no longer time out.
    const deadline = setTimeout(() => {
      req.destroy();
      reject(new Error(`${method} ${path}: no answer within 20 s`));
    }, 20_000);
    const settle = <T>(fn: (v: T) => void) => (v: T) => {
      clearTimeout(deadline);
      fn(v);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        headers: body === undefined ? {} : { "content-type": contentType, "content-length": Buffer.byteLength(body) },
        timeout: 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), allow: String(res.headers.allow ?? ""), body: parsed, text });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
    // A server may answer (413) and close before it has read a large body: the answer, if it came, still
    // counts (the response handler resolves); a reset before any answer is a failure, not a hang.
    let answered = false;
    req.on("response", () => (answered = true));
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") return;
      if (err.code === "ECONNRESET" && answered) return;
      reject(new Error(`${method} ${path}: ${err.code ?? err.message} before any answer`));
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function isJson(r: Reply) {
  assert.match(r.type, /application\/json/, `content-type should be JSON, got "${r.type}" (${r.text.slice(0, 80)})`);
}
function isMethodNotAllowed(r: Reply, methods: string[]) {
  isError(r, [405]);
  const allow = r.allow.split(",").map((m) => m.trim().toUpperCase());
  for (const m of methods) assert.ok(allow.includes(m), `Allow should list ${m}, got "${r.allow}"`);
}
function isError(r: Reply, statuses: number[]) {
  assert.ok(statuses.includes(r.status), `status should be ${statuses.join(" or ")}, got ${r.status}: ${r.text.slice(0, 120)}`);
  isJson(r);
  const err = (r.body as { error?: unknown } | undefined)?.error;
  assert.equal(typeof err, "string", `body should be {"error": "..."}, got ${r.text.slice(0, 120)}`);
  assert.ok((err as string).length > 0, "error message should not be empty");
}

const long = (n: number) => "x".repeat(n);

/** What the shared schema seeds (templates/_shared/partials/db/schema.hbs), in id order. */
export const SEED_BOOKS = [
  { title: "Dune", author: "Frank Herbert" },
  { title: "Neuromancer", author: "William Gibson" },
];

export function contractCases(base: string): [string, () => Promise<void>][] {
  const get = (p: string) => call(base, "GET", p);
  const post = (body: string) => call(base, "POST", "/users", body);
  const badPost = (label: string, body: string): [string, () => Promise<void>] => [
    `POST /users ${label} → 400`,
    async () => isError(await post(body), [400]),
  ];
  return [
    ["GET /health → 200 {status: ok}", async () => {
      const r = await get("/health");
      assert.equal(r.status, 200);
      isJson(r);
      assert.deepEqual(r.body, { status: "ok" });
    }],
    ["GET /users → the seed user", async () => {
      const r = await get("/users");
      assert.equal(r.status, 200);
      isJson(r);
      assert.deepEqual(r.body, [{ id: 1, name: "Alice" }]);
    }],
    ["GET /users/1 → Alice", async () => {
      const r = await get("/users/1");
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, { id: 1, name: "Alice" });
    }],
    ["GET /users/999 → 404 JSON", async () => isError(await get("/users/999"), [404])],
    ["GET /users/abc → 400 or 404 JSON", async () => isError(await get("/users/abc"), [400, 404])],
    ["POST /users {name: Bob} → 201 {id: 2}", async () => {
      const r = await post(JSON.stringify({ name: "Bob" }));
      assert.equal(r.status, 201, r.text);
      isJson(r);
      assert.deepEqual(r.body, { id: 2, name: "Bob" });
    }],
    ["GET /users/2 → Bob, and the list grew", async () => {
      assert.deepEqual((await get("/users/2")).body, { id: 2, name: "Bob" });
      assert.deepEqual((await get("/users")).body, [{ id: 1, name: "Alice" }, { id: 2, name: "Bob" }]);
    }],
    badPost("without name", "{}"),
    badPost("with a numeric name", JSON.stringify({ name: 42 })),
    badPost("with a null name", JSON.stringify({ name: null })),
    badPost("with an empty name", JSON.stringify({ name: "" })),
    badPost("with a blank name", JSON.stringify({ name: "   " })),
    badPost("with a 101-character name", JSON.stringify({ name: long(101) })),
    badPost("with malformed JSON", '{"name": "Bob"'),
    badPost("with an empty body", ""),
    badPost("with an array body", JSON.stringify([{ name: "Bob" }])),
    badPost("with a bare string body", JSON.stringify("Bob")),
    badPost("with a null body", "null"),
    ["invalid POSTs stored nothing", async () => {
      const r = await get("/users");
      assert.equal((r.body as unknown[]).length, 2, r.text);
    }],
    ["POST /users with a 100-character name → 201 {id: 3}", async () => {
      const r = await post(JSON.stringify({ name: long(100) }));
      assert.equal(r.status, 201, r.text);
      assert.deepEqual(r.body, { id: 3, name: long(100) });
    }],
    ["GET /books → the seeded books, {title, author}", async () => {
      const r = await get("/books");
      assert.equal(r.status, 200);
      isJson(r);
      assert.deepEqual(r.body, SEED_BOOKS);
    }],
    ["POST /users with a name of 100 emoji (100 characters) → 201 {id: 4}", async () => {
      const name = "🙂".repeat(100);
      const r = await post(JSON.stringify({ name }));
      assert.equal(r.status, 201, r.text);
      assert.deepEqual(r.body, { id: 4, name });
    }],
    badPost("with a name of 101 emoji", JSON.stringify({ name: "🙂".repeat(101) })),
    badPost("with a name that is only no-break spaces", JSON.stringify({ name: "\u00a0\u00a0" })),
    ["POST /users as text/plain → 400 or 415 JSON, nothing stored", async () => {
      isError(await call(base, "POST", "/users", JSON.stringify({ name: "Plain" }), "text/plain"), [400, 415]);
      assert.equal(((await get("/users")).body as unknown[]).length, 4);
    }],
    ["POST /users as multipart/form-data without a boundary → 400 or 415 JSON", async () =>
      isError(await call(base, "POST", "/users", "name=Bob", "multipart/form-data"), [400, 415])],
    ["POST /users with a 2 MB body → 413 JSON", async () => isError(await post(JSON.stringify({ name: long(2 * 1024 * 1024) })), [413])],
    ["POST /users with JSON nested 100,000 deep → 400 or 413 JSON", async () =>
      isError(await post(`{"name":${"[".repeat(100_000)}${"]".repeat(100_000)}}`), [400, 413])],
    ["GET /users/<300 digits> → 400 or 404 JSON naming no float", async () => {
      const r = await get(`/users/${"9".repeat(300)}`);
      isError(r, [400, 404]);
      assert.doesNotMatch((r.body as { error: string }).error, /e\+|Infinity|NaN/, "the message should not show the id as a float");
    }],
    ["GET /users/0, /users/-1, /users/1.5 → 400 or 404 JSON", async () => {
      for (const id of ["0", "-1", "1.5"]) isError(await get(`/users/${id}`), [400, 404]);
    }],
    ["DELETE /users → 405 JSON, Allow: GET, POST", async () => isMethodNotAllowed(await call(base, "DELETE", "/users"), ["GET", "POST"])],
    ["TRACE /users → 405 JSON, Allow: GET, POST", async () => isMethodNotAllowed(await call(base, "TRACE", "/users"), ["GET", "POST"])],
    ["PUT /health → 405 JSON, Allow: GET", async () => isMethodNotAllowed(await call(base, "PUT", "/health", "{}"), ["GET"])],
    ["POST /books → 405 JSON, Allow: GET", async () => isMethodNotAllowed(await call(base, "POST", "/books", "{}"), ["GET"])],
    ["GET /no/such/path → 404 JSON", async () => isError(await get("/no/such/path"), [404])],
    ["still serving after the errors", async () => assert.equal((await get("/health")).status, 200)],
  ];
}

export async function runContract(base: string): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const [name, fn] of contractCases(base)) {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (err) {
      results.push({ name, ok: false, error: (err as Error).message.split("\n")[0] });
    }
  }
  return results;
}
