import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { runCases, runContract, type CaseResult } from "../contract/contract.js";
import { resourceCases } from "../contract/resources.js";
import { hostileRun, leakedSecrets } from "../contract/hostile.js";
import type { Resource } from "../../src/schema/resources.js";
import type { Postgres } from "./postgres.js";
import { syntaxCheck } from "./syntax.js";
import { decideHere } from "./toolchain.js";
import { sha256 } from "../../src/write/manifest.js";
import contractJson from "../../templates/_shared/contract.json" with { type: "json" };

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
  /** "ok", "FAIL", "not yet" (the starter.json has no `resources`), "-" (not reached). */
  resources?: string;
  /** Hostile requests answered below 500 / sent, and whether a credential leaked into the log. */
  hostile?: string;
  /** Schemathesis on the starter's openapi.yaml: "ok 8s", "FAIL 8s", "not available here". */
  schemathesis?: string;
  /** The other database's DATABASE_URL refused at start: "ok", or "FAIL". */
  refusal?: string;
  /** Every contract case with what it saw, for the comparison across starters. */
  cases?: CaseResult[];
}

export interface Manifest {
  generator: { name: string; version: string };
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

/** Every starter gets the same hostile requests (seeded), a bounded number of them. */
export const HOSTILE_SEED = Number(process.env.CAB_HOSTILE_SEED ?? 20261207);
export const HOSTILE_RUNS = Number(process.env.CAB_HOSTILE_RUNS ?? 200);

/** Schemathesis (`st`), when .ci/run installed it ($SCHEMATHESIS): examples per operation, bounded for CI time. */
export const SCHEMATHESIS_EXAMPLES = Number(process.env.CAB_SCHEMATHESIS_EXAMPLES ?? 20);

/** Schemathesis with all checks on the starter's own openapi.yaml against its server; undefined when not available here. */
async function schemathesis(dir: string, base: string): Promise<{ ok: boolean; out: string; seconds: number } | undefined> {
  const bin = process.env.SCHEMATHESIS;
  if (!bin || !fs.existsSync(bin) || !fs.existsSync(path.join(dir, "openapi.yaml"))) return undefined;
  const started = Date.now();
  // Asynchronous: the server's log pipes must keep draining while schemathesis runs.
  return new Promise((resolve) => {
    const child = spawn(bin, ["run", "openapi.yaml", "--url", base, "--checks", "all", "--max-examples", String(SCHEMATHESIS_EXAMPLES), "--seed", "1", "--no-color"], {
      cwd: dir, env: process.env, stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 10 * 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const failures = out.slice(out.lastIndexOf("Failures:"));
      resolve({ ok: code === 0, out: (out.includes("Failures:") ? failures : out).slice(0, 2500), seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** What a resource's collection held when the contract finished: compared after the restart. */
export type Snapshot = Record<string, unknown[]>;

/**
 * Starts the server, runs the base contract and then each resource's contract against the same server,
 * records what every resource's collection holds, stops it.
 */
export async function serveAndCheck(dir: string, m: Manifest, env: NodeJS.ProcessEnv, resources: readonly Resource[] = []) {
  const srv = await startServer(dir, m, env);
  if ("failed" in srv) return { ok: false, startSeconds: 0, summary: "no /health", detail: srv.failed, cases: [] as CaseResult[], snapshot: {} as Snapshot, log: "", hostile: "-", hostileSeconds: 0, schemathesis: "-" };
  try {
    const results = await runContract(srv.base);
    for (const r of resources) results.push(...(await runCases(srv.base, resourceCases(r))).map((c) => ({ ...c, name: `[${r.name}] ${c.name}` })));
    // After the contract (whose cases expect exact ids), before the snapshot (the fuzz may add or change rows).
    const hostile = await hostileRun({ base: srv.base, resources }, { seed: HOSTILE_SEED, runs: HOSTILE_RUNS });
    const snapshot: Snapshot = {};
    for (const r of resources) snapshot[r.name] = await listAll(srv.base, r.name).catch(() => []);
    await new Promise((r) => setTimeout(r, 500)); // let an asynchronous log writer flush
    const leaked = leakedSecrets(srv.log(), hostile.secrets);
    const st = await schemathesis(dir, srv.base);
    const failed = results.filter((r) => !r.ok);
    const problems = [
      ...failed.map((f) => `${f.name}: ${f.error}`),
      ...(hostile.failures.length > 0 ? [`hostile input: ${hostile.failures.length} of ${hostile.requests} requests got a 5xx or no answer; first: ${hostile.failures.slice(0, 5).join("\n  ")}`] : []),
      ...(st && !st.ok ? [`schemathesis (all checks, ${SCHEMATHESIS_EXAMPLES} examples per operation) on openapi.yaml:\n${st.out}`] : []),
      ...(leaked.length > 0 ? [`credentials in the server's output: ${leaked.length} of ${hostile.secrets.length} secrets sent in Authorization / Proxy-Authorization / Cookie appear in its log`] : []),
    ];
    return {
      ok: problems.length === 0,
      hostile: `${hostile.requests - hostile.failures.length}/${hostile.requests}${leaked.length > 0 ? ", LEAK" : ""}`,
      hostileSeconds: hostile.seconds,
      schemathesis: st ? `${st.ok ? "ok" : "FAIL"} ${st.seconds.toFixed(0)}s` : "not available here",
      startSeconds: srv.startSeconds,
      summary: `${results.length - failed.length}/${results.length}`,
      detail: problems.join("\n"),
      cases: results,
      snapshot,
      log: srv.log(),
    };
  } finally {
    await srv.stop();
  }
}

/** Every row of a resource, paging by the contract's maximum page size. */
export async function listAll(base: string, name: string): Promise<unknown[]> {
  const all: unknown[] = [];
  for (let offset = 0; ; offset += contractJson.pagination.max) {
    const page = (await getJson(`${base}/${name}?limit=${contractJson.pagination.max}&offset=${offset}`)) as unknown[];
    all.push(...page);
    if (page.length < contractJson.pagination.max) return all;
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
export async function checkData(
  dir: string, m: Manifest, env: NodeJS.ProcessEnv, place: DataPlace, resources: readonly Resource[] = [], snapshot: Snapshot = {},
): Promise<string | undefined> {
  const schema: Record<string, string[]> = { ...SCHEMA };
  for (const r of resources) schema[r.name] = ["id", ...r.fields.map((f) => f.name)].sort();
  for (const [table, want] of Object.entries(schema)) {
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
    for (const r of resources) {
      const kept = await listAll(srv.base, r.name);
      const was = snapshot[r.name] ?? [];
      if (was.length === 0) return `${r.name}: the resource contract left no rows to check across the restart`;
      if (JSON.stringify(kept) !== JSON.stringify(was))
        return `after a restart GET /${r.name} has ${kept.length} rows, ${was.length} before${kept.length === was.length ? ` (first difference: ${JSON.stringify(kept.find((k, i) => JSON.stringify(k) !== JSON.stringify(was[i]))).slice(0, 200)})` : ""}`;
    }
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

/** Every path under dir (folders marked with a trailing /), skipping installed dependencies and bytecode caches. */
export function listing(dir: string): string[] {
  const skip = new Set(["node_modules", ".venv", "venv", "target", "__pycache__", ".next", ".svelte-kit", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"]);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.push(`${p}/`);
        if (!skip.has(e.name)) walk(p);
      } else out.push(p);
    }
  };
  walk("");
  return out.sort();
}

/** The other database's URL, as a team might leave it set: with a password, so the message can be checked for it too. */
export const WRONG_URL = { sqlite: "postgresql://app:wrong-db-secret@127.0.0.1:1/prod", postgres: "data/refused.db" } as const;

/**
 * docs/CONTRACT.md (DATABASE_URL): started with the other database's URL, the starter exits non-zero, names
 * `regenerate --database <other>`, and creates nothing in its folder. Undefined when it does.
 */
export async function refusesOtherDatabase(dir: string, m: Manifest, env: NodeJS.ProcessEnv, database: "sqlite" | "postgres"): Promise<string | undefined> {
  const other = database === "sqlite" ? "postgres" : "sqlite";
  const before = listing(dir);
  const port = await freePort();
  const r = await new Promise<{ code: number | null; out: string; timedOut: boolean }>((resolve) => {
    const child = spawn("sh", ["-c", m.commands.start], { cwd: dir, env: { ...env, PORT: String(port), DATABASE_URL: WRONG_URL[database] }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // gone
      }
    }, 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, timedOut });
    });
  });
  const created = listing(dir).filter((p) => !before.includes(p));
  const problems: string[] = [];
  if (r.timedOut) problems.push("still running after 120 s");
  else if (r.code === 0) problems.push("exited 0");
  if (!new RegExp(`regenerate --database ${other}`).test(r.out)) problems.push(`its output does not name \`regenerate --database ${other}\``);
  if (created.length > 0) problems.push(`it created ${created.slice(0, 5).join(", ")}`);
  return problems.length === 0
    ? undefined
    : `started with the ${other} DATABASE_URL ${WRONG_URL[database]} it must refuse: ${problems.join("; ")}\n${r.out.slice(-1500)}`;
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
  starter: { toolchain: string[]; verification: "run" | "syntax"; language: string },
  opts: { database: string; place?: DataPlace; started?: number; resources?: readonly Resource[] },
): Promise<Row> {
  const resources = opts.resources ?? [];
  const started = opts.started ?? Date.now();
  const row: Row = { ...emptyRow(id, opts.database), generate: "ok", resources: resources.length > 0 ? "-" : "not yet" };
  const finish = (outcome: Outcome, detail?: string): Row => ({ ...row, outcome, ...(detail && { detail }), seconds: Math.round((Date.now() - started) / 1000) });
  const m = readManifest(dir);
  // The toolchain alone decides (starter.json `verification` is no longer read here).
  const decision = decideHere(starter, { probe: process.env.CAB_NO_REGISTRY_PROBE !== "1" });
  if (decision.mode === "syntax") {
    const rep = syntaxCheck(dir, Object.keys(m.files));
    if (rep.missingTools.length > 0) return finish("missing toolchain", `parsers not installed: ${rep.missingTools.join(", ")}`);
    row.install = `parsed ${rep.checked} files`;
    row.ownTests = "not run";
    row.contract = "not run";
    if (rep.failures.length > 0) return finish("failed", rep.failures.map((f) => `${f.file}: ${f.out}`).join("\n"));
    return finish("syntax checked, not run here", decision.missing.map((m) => (m.startsWith("registry") ? m : `toolchain: ${m}`)).join("; "));
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
  if (opts.database === "sqlite" || opts.database === "postgres") {
    const refused = await refusesOtherDatabase(dir, m, env, opts.database);
    row.refusal = refused ? "FAIL" : "ok";
    if (refused) return finish("failed", refused);
  }
  const served = await serveAndCheck(dir, m, env, resources);
  row.start = `${served.startSeconds.toFixed(1)}s`;
  row.contract = served.summary;
  row.cases = served.cases;
  row.hostile = served.hostile;
  row.schemathesis = served.schemathesis;
  if (resources.length > 0) row.resources = served.cases.filter((c) => c.name.startsWith("[")).every((c) => c.ok) ? "ok" : "FAIL";
  if (!served.ok) return finish("failed", served.detail);
  if (opts.place) {
    const problem = await checkData(dir, m, env, opts.place, resources, served.snapshot);
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
