import crypto from "node:crypto";
import fc from "fast-check";
import type { Resource } from "../../src/schema/resources.js";
import { call, type Send } from "./http.js";

/**
 * The generative hostile-input test (docs/CONTRACT.md: no request a client can send gets a 5xx): seeded,
 * bounded random requests over every path the starter serves, with bodies, ids, query strings, headers
 * and content types a careless or hostile client sends. Every request must get an answer below 500, and
 * the server must still answer /health afterwards. Each request also carries credentials with a fresh
 * secret, which must never reach the server's output (the harness greps its log for `secrets`).
 */
export interface HostileReport {
  requests: number;
  failures: string[];
  /** The secrets sent in Authorization, Proxy-Authorization and Cookie. */
  secrets: string[];
  seconds: number;
}

const LONE = ["\ud800", "\udfff", "a\ud83d", "\udc00b"];
const weirdString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("a\u0000b", "\u0000", ...LONE, "\u00a0", "\u202e", "🙂".repeat(300), "x".repeat(5000), " ", ""),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const hugeNumber = fc.constantFrom("1e400", "-1e400", "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "1e-400", "0.0000000000000000000001", "-0", "1.0e+20");

/** A JSON value with hostile leaves, as text (so numbers JSON.stringify cannot write get in). */
const hostileJson: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    weirdString.map((s) => JSON.stringify(s)),
    hugeNumber,
    fc.double().map((d) => (Number.isFinite(d) ? JSON.stringify(d) : "1e999")),
    fc.integer().map(String),
    fc.constantFrom("true", "false", "null"),
    fc.array(tie("v"), { maxLength: 4 }).map((a) => `[${a.join(",")}]`),
    fc.dictionary(weirdString, tie("v"), { maxKeys: 4 }).map((o) => `{${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
  ),
})).v;

function bodies(fieldNames: string[]): fc.Arbitrary<string | Buffer> {
  const objectWith = fc
    .array(fc.tuple(fc.constantFrom(...fieldNames), hostileJson), { minLength: 1, maxLength: 6 })
    .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);
  return fc.oneof(
    objectWith,
    objectWith,
    hostileJson,
    fc.integer({ min: 1000, max: 20000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
    fc.integer({ min: 1000, max: 20000 }).map((n) => `${"[".repeat(n)}${"]".repeat(n)}`),
    fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
    fc.constantFrom("", "{", '{"name":', '{"name":"\\ud800"}', '{"name":"\\u0000"}', "{\"name\":\"a\"}garbage", "\ufeff{\"name\":\"bom\"}"),
    fc.constant(Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x22, 0x7d])),
  );
}

const contentType = fc.oneof(
  fc.constantFrom(
    "application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
    "application/json; charset=\"UTF-8\"", "application/json;charset=ascii", "APPLICATION/JSON", "text/plain",
    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "*/*", "application/",
    "application/json; boundary=\u00ff", "application/merge-patch+json", "text/json",
  ),
  fc.constant(null),
  fc.string({ unit: fc.constantFrom(..."abcdefghij/;=+-. ".split("")), maxLength: 30 }),
);

/** Percent-encoded path segments: NUL, invalid UTF-8, an encoded surrogate, huge and odd ids. */
const idSegment = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.nat().map(String),
  fc.constantFrom("%00", "1%00", "%ff", "%ed%a0%80", "%c0%af", "1e3", "0x10", "%2e%2e", "..", "1%2f2", "%", "%zz", "1;x", "%D9%A1", "%F0%9D%9F%8F", "9".repeat(400), "-0", "00001", "%201", "1%20"),
  fc.string({ unit: fc.constantFrom(..."0123456789abcXYZ-_.~!$&'()*+,;=:@%"), maxLength: 24 }),
);
const queryValue = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.constantFrom("", "%00", "%ff", "1e2", "1.5", "NaN", "Infinity", "-0", "50&limit=2", "9".repeat(300), "%ed%a0%80"),
  fc.string({ unit: fc.constantFrom(..."0123456789abc-+.%"), maxLength: 12 }),
);
const query = fc.option(
  fc.array(fc.tuple(fc.constantFrom("limit", "offset", "id", "x", "limit[]", "%00"), queryValue), { minLength: 1, maxLength: 3 })
    .map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join("&")}`),
  { nil: "" },
);

const printable = fc.string({ unit: fc.constantFrom(..." !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~".split("")), maxLength: 300 });

export interface HostileTarget {
  base: string;
  resources: readonly Resource[];
}

export async function hostileRun({ base, resources }: HostileTarget, opts: { seed: number; runs: number }): Promise<HostileReport> {
  const started = Date.now();
  const collections = ["users", "books", ...resources.map((r) => r.name)];
  const fieldNames = ["name", "id", "title", "author", "__proto__", "constructor", ...resources.flatMap((r) => r.fields.map((f) => f.name))];
  const path = fc.oneof(
    fc.tuple(fc.constantFrom(...collections), query).map(([c, q]) => `/${c}${q}`),
    fc.tuple(fc.constantFrom(...collections), idSegment, query).map(([c, id, q]) => `/${c}/${id}${q}`),
    fc.constantFrom("/health", "/", "//users", "/users//1", "/users/1/", "/%00", "/users%00", "/USERS", "/users/..%2f..%2fetc", "/openapi.yaml"),
    fc.tuple(fc.constantFrom(...collections), idSegment, idSegment).map(([c, a, b]) => `/${c}/${a}/${b}`),
  );
  const request = fc.record({
    method: fc.constantFrom("GET", "GET", "POST", "POST", "POST", "PATCH", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE", "QUERY", "PROPFIND"),
    path,
    body: fc.option(bodies(fieldNames), { nil: undefined, freq: 4 }),
    contentType,
    chunked: fc.boolean(),
    requestId: fc.option(printable, { nil: undefined }),
    accept: fc.option(fc.constantFrom("application/json", "text/html", "*/*", "application/xml", ";;;", "application/json;q=0"), { nil: undefined }),
  });
  const failures: string[] = [];
  const secrets: string[] = [];
  let requests = 0;
  const samples = fc.sample(request, { seed: opts.seed, numRuns: opts.runs });
  for (const r of samples) {
    const secret = crypto.randomBytes(18).toString("base64url");
    secrets.push(secret);
    const headers: Record<string, string> = {
      authorization: `Bearer ${secret}`,
      "proxy-authorization": `Basic ${Buffer.from(`user:${secret}`).toString("base64")}`,
      cookie: `session=${secret}; theme=dark`,
      ...(r.requestId !== undefined && { "x-request-id": r.requestId }),
      ...(r.accept !== undefined && { accept: r.accept }),
    };
    const send: Send = { headers, contentType: r.body === undefined ? null : r.contentType, ...(r.body !== undefined && { body: r.body }), chunked: r.chunked };
    requests++;
    const what = `${r.method} ${r.path.slice(0, 120)}${r.body !== undefined ? ` body ${JSON.stringify(String(r.body).slice(0, 80))} (${r.contentType})` : ""}`;
    try {
      const reply = await call(base, r.method, r.path, send);
      if (reply.status >= 500 || reply.status < 100) failures.push(`${what} → ${reply.status} ${reply.text.slice(0, 160)}`);
    } catch (e) {
      // node:http refusing to send it (a character it will not put in a request line or header) is not the server's doing.
      if ((e as NodeJS.ErrnoException).code?.startsWith("ERR_")) requests--;
      else failures.push(`${what} → ${(e as Error).message}`);
    }
  }
  try {
    const health = await call(base, "GET", "/health");
    if (health.status !== 200) failures.push(`GET /health after the hostile requests → ${health.status}`);
  } catch (e) {
    failures.push(`GET /health after the hostile requests → ${(e as Error).message}`);
  }
  return { requests, failures, secrets, seconds: (Date.now() - started) / 1000 };
}

/** The secrets that appear in a server's output (also base64-encoded, as in a Basic header). */
export function leakedSecrets(log: string, secrets: string[]): string[] {
  return secrets.filter((s) => log.includes(s) || log.includes(Buffer.from(`user:${s}`).toString("base64")));
}
