import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { runContract } from "../contract/contract.js";
import type { Postgres } from "./postgres.js";
import { syntaxCheck } from "./syntax.js";
import { decideVerification } from "./toolchain.js";
import { sha256 } from "../../src/write/manifest.js";

export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const CLI = path.join(REPO, "bin", "create-any-backend.js");

export type Outcome = "passed" | "failed" | "missing toolchain" | "syntax checked, not run here";
export interface Row {
  framework: string;
  database: string;
  generate: string;
  install: string;
  ownTests: string;
  /** Seconds from the start command to the first 200 from /health. */
  start: string;
  contract: string;
  /** Rows kept across a restart, and 2,000 concurrent POSTs. */
  data: string;
  seconds: number;
  outcome: Outcome;
  detail?: string;
}

export interface Manifest {
  framework: string;
  answers: { database?: string };
  commands: { install: string; test: string; start: string; migrate?: string; lint?: string };
  port: number;
  files: Record<string, string>;
}

export const emptyRow = (framework: string, database: string): Row => ({
  framework, database, generate: "-", install: "-", ownTests: "-", start: "-", contract: "-", data: "-", seconds: 0, outcome: "failed",
});

export const have = (tool: string) => spawnSync("sh", ["-c", `command -v ${JSON.stringify(tool)}`]).status === 0;

/**
 * Environment for starters: shared caches so repeated runs do not rebuild the
 * world, plus the database's variables (`undefined` removes one: SQLite runs
 * with no DATABASE_URL).
 */
export function starterEnv(id: string, database: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const cache = path.join(os.homedir(), ".cache", "create-any-backend");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? path.join(cache, "cargo-target", id),
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    ...database,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

export function runStep(cmd: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
  const started = Date.now();
  const r = spawnSync("sh", ["-c", cmd], { cwd, env, encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000, out, status: r.status, timedOut: r.error !== undefined };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForHealth(base: string, timeoutMs: number, exited: () => boolean): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !exited()) {
    try {
      const r = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

export interface Running {
  base: string;
  startSeconds: number;
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts the manifest's start command on a free port and waits for /health. */
export async function startServer(dir: string, m: Manifest, env: NodeJS.ProcessEnv): Promise<Running | { failed: string }> {
  const port = await freePort();
  const child = spawn("sh", ["-c", m.commands.start], { cwd: dir, env: { ...env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let exited = false;
  const gone = new Promise<void>((resolve) => child.on("exit", () => ((exited = true), resolve())));
  const base = `http://127.0.0.1:${port}`;
  const launched = Date.now();
  const stop = async () => {
    // SIGTERM first: a starter shuts down gracefully (and closes its database) on it.
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  };
  const up = await waitForHealth(base, 180_000, () => exited);
  if (!up) {
    await stop();
    return { failed: `server did not answer /health\n${log.slice(-2000)}` };
  }
  return { base, startSeconds: (Date.now() - launched) / 1000, log: () => log, stop };
}

/** Starts the server, runs the contract suite, stops it. */
export async function serveAndCheck(dir: string, m: Manifest, env: NodeJS.ProcessEnv) {
  const srv = await startServer(dir, m, env);
  if ("failed" in srv) return { ok: false, startSeconds: 0, summary: "no /health", detail: srv.failed };
  try {
    const results = await runContract(srv.base);
    const failed = results.filter((r) => !r.ok);
    return {
      ok: failed.length === 0,
      startSeconds: srv.startSeconds,
      summary: `${results.length - failed.length}/${results.length}`,
      detail: failed.map((f) => `${f.name}: ${f.error}`).join("\n"),
    };
  } finally {
    await srv.stop();
  }
}

export function generate(id: string, dir: string, extra: string[] = []) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const r = spawnSync(process.execPath, [CLI, path.basename(dir), "--framework", id, "--yes", "--no-install", "--no-git", "--json", ...extra], {
    cwd: path.dirname(dir),
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, ".create-any-backend.json"), "utf8")) as Manifest;
}

/** Where a starter's data lives, for the harness: the env it runs with, and a way to read its tables directly. */
export interface DataPlace {
  env: Record<string, string | undefined>;
  /** Columns of a table, or [] when it does not exist. */
  columns(table: string): string[];
  /** The user names in the users table, in id order. */
  userNames(): string[];
}

/** SQLite: DATABASE_URL unset, so the starter uses its default, data/app.db in the project. */
export function sqlitePlace(dir: string): DataPlace {
  const py = (code: string) => {
    const r = spawnSync("python3", ["-c", code, path.join(dir, "data", "app.db")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`reading data/app.db: ${r.stderr}`);
    return JSON.parse(r.stdout) as string[];
  };
  const open = "import json,os,sqlite3,sys\nif not os.path.exists(sys.argv[1]): print('[]'); sys.exit(0)\nc=sqlite3.connect(sys.argv[1])\n";
  return {
    env: { DATABASE_URL: undefined },
    columns: (t) => py(`${open}print(json.dumps([r[1] for r in c.execute("PRAGMA table_info(${t})")]))`),
    userNames: () => py(`${open}print(json.dumps([r[0] for r in c.execute("SELECT name FROM users ORDER BY id")]))`),
  };
}

export function postgresPlace(pg: Postgres, db: string): DataPlace {
  pg.createDatabase(db);
  const lines = (out: string) => (out === "" ? [] : out.split("\n"));
  return {
    env: { DATABASE_URL: pg.url(db) },
    columns: (t) => lines(pg.query(db, `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${t}' ORDER BY ordinal_position`)),
    userNames: () => lines(pg.query(db, "SELECT replace(name, E'\\n', ' ') FROM users ORDER BY id")),
  };
}

const SCHEMA: Record<string, string[]> = { users: ["id", "name"], books: ["author", "id", "title"] };

async function getJson(url: string): Promise<unknown> {
  const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (r.status !== 200) throw new Error(`GET ${url}: ${r.status}`);
  return r.json();
}

/** 2,000 POST /users, 50 in flight: every one a 201 with an id no other got. */
async function concurrentPosts(base: string, total = 2000, inFlight = 50): Promise<string | undefined> {
  const ids = new Set<number>();
  let next = 0;
  const problems: string[] = [];
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const r = await fetch(`${base}/users`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `load ${i}` }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await r.json().catch(() => ({}))) as { id?: number };
      if (r.status !== 201 || typeof body.id !== "number") problems.push(`POST #${i}: ${r.status} ${JSON.stringify(body).slice(0, 100)}`);
      else if (ids.has(body.id)) problems.push(`POST #${i}: id ${body.id} given twice`);
      else ids.add(body.id);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return problems.length > 0 ? `${problems.length} of ${total} concurrent POSTs failed; first: ${problems.slice(0, 3).join("; ")}` : undefined;
}

/**
 * The data checks on a served project: tables match the shared schema and hold
 * what the API returned; rows survive a restart; 2,000 concurrent POSTs are all
 * stored with unique ids.
 */
export async function checkData(dir: string, m: Manifest, env: NodeJS.ProcessEnv, place: DataPlace): Promise<string | undefined> {
  for (const [table, want] of Object.entries(SCHEMA)) {
    const got = place.columns(table).sort();
    if (got.join(",") !== want.join(",")) return `table ${table} has columns [${got.join(", ")}], the shared schema has [${want.join(", ")}]`;
  }
  const before = place.userNames();
  if (before[0] !== "Alice" || before[1] !== "Bob") return `the users table holds ${JSON.stringify(before.slice(0, 3))}, not what the API stored`;
  const srv = await startServer(dir, m, env);
  if ("failed" in srv) return `after a restart: ${srv.failed}`;
  try {
    const users = (await getJson(`${srv.base}/users`)) as { name: string }[];
    if (users.map((u) => u.name).join("\n") !== before.join("\n")) return `after a restart GET /users has ${users.length} users, the table had ${before.length}`;
    const load = await concurrentPosts(srv.base);
    if (load) return load;
    const after = (await getJson(`${srv.base}/users`)) as unknown[];
    if (after.length !== before.length + 2000) return `after 2,000 POSTs GET /users has ${after.length} users, expected ${before.length + 2000}`;
    if (place.userNames().length !== after.length) return `the users table has ${place.userNames().length} rows, the API lists ${after.length}`;
  } finally {
    await srv.stop();
  }
  return undefined;
}

/** Each file's sha256, or null when it is gone: to tell whether a starter's own commands rewrote what it was generated with. */
function contents(dir: string, files: string[]): Map<string, string | null> {
  const hash = (file: string) => (fs.existsSync(file) ? sha256(fs.readFileSync(file)) : null);
  return new Map(files.map((f) => [f, hash(path.join(dir, f))]));
}

/** The whole check for one generated (or switched) project folder. */
export async function verifyProject(
  id: string,
  dir: string,
  starter: { toolchain: string[]; verification: "run" | "syntax" },
  opts: { database: string; place?: DataPlace; started?: number },
): Promise<Row> {
  const started = opts.started ?? Date.now();
  const row: Row = { ...emptyRow(id, opts.database), generate: "ok" };
  const finish = (outcome: Outcome, detail?: string): Row => ({ ...row, outcome, ...(detail && { detail }), seconds: Math.round((Date.now() - started) / 1000) });
  const m = readManifest(dir);
  // The toolchain alone decides (starter.json `verification` is no longer read here).
  const decision = decideVerification(starter);
  if (decision.mode === "syntax") {
    const rep = syntaxCheck(dir, Object.keys(m.files));
    if (rep.missingTools.length > 0) return finish("missing toolchain", `parsers not installed: ${rep.missingTools.join(", ")}`);
    row.install = `parsed ${rep.checked} files`;
    row.ownTests = "not run";
    row.contract = "not run";
    if (rep.failures.length > 0) return finish("failed", rep.failures.map((f) => `${f.file}: ${f.out}`).join("\n"));
    return finish("syntax checked, not run here", `needs ${decision.missing.join(", ")}`);
  }
  const env = starterEnv(id, opts.place?.env);
  const generated = contents(dir, Object.keys(m.files));
  const install = runStep(m.commands.install, dir, env, 30 * 60_000);
  row.install = `${install.ok ? "ok" : "FAIL"} ${install.seconds.toFixed(0)}s`;
  if (!install.ok) return finish("failed", install.out.slice(-3000));
  if (m.commands.lint) {
    const lint = runStep(m.commands.lint, dir, env, 20 * 60_000);
    row.install += lint.ok ? ", lint ok" : ", lint FAIL";
    if (!lint.ok) return finish("failed", `commands.lint failed:\n${lint.out.slice(-3000)}`);
  }
  const hadolint = lintDockerfile(dir);
  if (hadolint) return finish("failed", hadolint);
  // GOFLAGS=-v makes `go test` name each test it passed, for the count; other toolchains ignore it.
  const test = runStep(m.commands.test, dir, { ...env, GOFLAGS: [env.GOFLAGS, "-v"].filter(Boolean).join(" ") }, 20 * 60_000);
  row.ownTests = `${test.ok ? "ok" : "FAIL"} ${test.seconds.toFixed(0)}s${countTests(test.out)}`;
  if (!test.ok) return finish("failed", test.out.slice(-3000));
  if (opts.place && opts.place.columns("users").length > 0) return finish("failed", "the starter's own tests wrote to the development database (DATABASE_URL / data/app.db); they must use a throwaway one");
  if (m.commands.migrate) {
    const migrate = runStep(m.commands.migrate, dir, env, 10 * 60_000);
    if (!migrate.ok) return finish("failed", `commands.migrate failed:\n${migrate.out.slice(-3000)}`);
    if (opts.place && opts.place.columns("users").length === 0) return finish("failed", "commands.migrate ran but created no users table");
  }
  const served = await serveAndCheck(dir, m, env);
  row.start = `${served.startSeconds.toFixed(1)}s`;
  row.contract = served.summary;
  if (!served.ok) return finish("failed", served.detail);
  if (opts.place) {
    const problem = await checkData(dir, m, env, opts.place);
    row.data = problem ? "FAIL" : "ok";
    if (problem) return finish("failed", problem);
  }
  // Installing, linting, testing and serving must leave the generated files as they were: else the user's first
  // build leaves a dirty git tree (a lock file in another order, a config file a tool rewrites).
  const now = contents(dir, [...generated.keys()]);
  const rewritten = [...generated].filter(([file, hash]) => now.get(file) !== hash).map(([file]) => file);
  if (rewritten.length > 0) return finish("failed", `the starter's own commands rewrote files it was generated with: ${rewritten.join(", ")}`);
  return finish("passed");
}

/** hadolint at warning level on the project's Dockerfile, when hadolint is on PATH (or $HADOLINT). */
export function lintDockerfile(dir: string): string | undefined {
  const bin = process.env.HADOLINT ?? (have("hadolint") ? "hadolint" : undefined);
  if (!bin || !fs.existsSync(path.join(dir, "Dockerfile"))) return undefined;
  const r = spawnSync(bin, ["--failure-threshold", "warning", "Dockerfile"], { cwd: dir, encoding: "utf8" });
  return r.status === 0 ? undefined : `hadolint (warning level) on Dockerfile:\n${r.stdout}${r.stderr}`;
}

/** Best effort: the number of tests the native runner reports, for the table. */
function countTests(raw: string): string {
  const out = raw.replace(/\x1b\[[0-9;]*m/g, "");
  const sum = (re: RegExp) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  // Surefire prints a line per class, then the total last; cargo a line per test binary.
  const surefire = [...out.matchAll(/Tests run: (\d+), Failures: 0/g)].at(-1);
  if (surefire) return ` (${surefire[1]} tests)`;
  if (/test result: ok\./.test(out)) return ` (${sum(/test result: ok\. (\d+) passed/g)} tests)`;
  const patterns = [
    /^\s*Tests\s+(\d+) passed/m, // vitest
    /# pass (\d+)/, // node:test
    /(\d+) passed/, // pytest, PHPUnit-like summaries
  ];
  for (const p of patterns) {
    const m = out.match(p);
    if (m) return ` (${m[1]} tests)`;
  }
  // go test -v: "--- PASS: TestX" for a test, indented for its subtests.
  const goTests = out.match(/^--- PASS: /gm)?.length ?? 0;
  const goSubtests = out.match(/^\s+--- PASS: /gm)?.length ?? 0;
  return goTests > 0 ? ` (${goTests} tests, ${goSubtests} subtests)` : "";
}
