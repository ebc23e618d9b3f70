import assert from "node:assert/strict";

/**
 * The HTTP contract every starter meets (DESIGN.md §4), run against a live
 * server. Cases run in order: later ones rely on the POSTs before them.
 */
export interface CaseResult { name: string; ok: boolean; error?: string }

interface Reply { status: number; type: string; body: unknown; text: string }

async function call(base: string, method: string, path: string, body?: string): Promise<Reply> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    ...(body !== undefined && { body }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: parsed, text };
}

function isJson(r: Reply) {
  assert.match(r.type, /application\/json/, `content-type should be JSON, got "${r.type}" (${r.text.slice(0, 80)})`);
}
function isError(r: Reply, statuses: number[]) {
  assert.ok(statuses.includes(r.status), `status should be ${statuses.join(" or ")}, got ${r.status}: ${r.text.slice(0, 120)}`);
  isJson(r);
  const err = (r.body as { error?: unknown } | undefined)?.error;
  assert.equal(typeof err, "string", `body should be {"error": "..."}, got ${r.text.slice(0, 120)}`);
  assert.ok((err as string).length > 0, "error message should not be empty");
}

const long = (n: number) => "x".repeat(n);

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
    ["GET /books → a list of {title, author}", async () => {
      const r = await get("/books");
      assert.equal(r.status, 200);
      isJson(r);
      assert.ok(Array.isArray(r.body) && r.body.length > 0, r.text);
      for (const b of r.body as Record<string, unknown>[]) {
        assert.equal(typeof b.title, "string");
        assert.equal(typeof b.author, "string");
      }
    }],
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
