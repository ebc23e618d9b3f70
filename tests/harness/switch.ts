/**
 * Switched-project harness: generate framework A, install and serve it, store a
 * user through its API, make user edits; switch the project to B with
 * `regenerate`; then B must keep the edits, pass its install and own tests,
 * serve the user A stored (same tables, same data), and pass the contract
 * suite on a fresh database.
 *   npm run test:switch                              the default pairs
 *   npm run test:switch -- express:fastify@postgres  just these pairs (database after @, default sqlite)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { startPostgres, type Postgres } from "./postgres.js";
import { formatTable } from "./table.js";
import { decideFor } from "./toolchain.js";
import {
  CLI, emptyRow, generate, postgresPlace, readManifest, runStep, sqlitePlace, starterEnv, startServer, verifyProject,
  type DataPlace, type Row,
} from "./starter.js";

export const DEFAULT_PAIRS = ["express:fastify", "express:fastify@postgres", "django:gin", "fastapi:spring-boot"];
const catalog = loadCatalog();
const given = process.argv.slice(2);
const parsed = (given.length ? given : DEFAULT_PAIRS).map((p) => {
  const [fromTo, database = "sqlite"] = p.split("@") as [string, string?];
  const [from, to] = fromTo.split(":") as [string, string];
  return { from, to, database };
});
// The default pairs are taken among the starters that run here (toolchain and registry): the JavaScript pair
// always; a cross-language pair only where both languages run. Pairs given on the command line are kept as given.
const runsHere = (id: string) => decideFor(catalog, id);
const pairs = given.length
  ? parsed
  : parsed.filter(({ from, to, database }) => {
      const not = [from, to].map((id) => [id, runsHere(id)] as const).filter(([, d]) => d.mode !== "run");
      for (const [id, d] of not) console.log(`${from} → ${to} (${database}): not run here, ${id}: ${d.missing.join("; ")}`);
      return not.length === 0;
    });
if (!given.length && !pairs.some((p) => p.from === "express")) {
  console.error("the JavaScript pair (express → fastify) must run on every machine, and cannot here");
  process.exit(1);
}
const root = path.join(os.tmpdir(), "create-any-backend-switch");
const rows: (Row & { pair: string })[] = [];
let pg: Postgres | undefined;

for (const { from, to, database } of pairs) {
  const started = Date.now();
  const a = catalog.frameworks.find((f) => f.id === from)?.starter;
  const b = catalog.frameworks.find((f) => f.id === to)?.starter;
  if (!a || !b || !a.databases?.[database as "sqlite"] || !b.databases?.[database as "sqlite"]) {
    console.error(`not a pair of generating frameworks that both offer ${database}: ${from}:${to}`);
    process.exit(2);
  }
  const dir = path.join(root, `${from}-to-${to}-${database}`);
  const pair = `${from} → ${to} (${database})`;
  const fail = (detail: string) => rows.push({ ...emptyRow(to, database), pair, detail, seconds: Math.round((Date.now() - started) / 1000) });
  process.stderr.write(`\n== ${pair}: ${dir}\n`);
  const gen = generate(from, dir, ["--database", database]);
  if (!gen.ok) {
    fail(gen.out);
    continue;
  }
  let place: DataPlace = sqlitePlace(dir);
  if (database === "postgres") {
    pg ??= await startPostgres();
    place = postgresPlace(pg, `cab_switch_${from}_${to}`.replace(/-/g, "_"));
  }
  const env = starterEnv(from, place.env);

  // A serves; a user is stored through its API.
  const mA = readManifest(dir);
  const install = runStep(mA.commands.install, dir, env, 30 * 60_000);
  if (!install.ok) {
    fail(`${from} install failed:\n${install.out.slice(-2000)}`);
    continue;
  }
  const srvA = await startServer(dir, mA, env);
  if ("failed" in srvA) {
    fail(`${from}: ${srvA.failed}`);
    continue;
  }
  const stored = await fetch(`${srvA.base}/users`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Stored before the switch" }) });
  await srvA.stop();
  if (stored.status !== 201) {
    fail(`${from}: POST /users gave ${stored.status}`);
    continue;
  }

  // The user's own work.
  fs.appendFileSync(path.join(dir, "README.md"), "\n## Our notes\nKeep this.\n");
  fs.writeFileSync(path.join(dir, "NOTES.md"), "decisions we made\n");
  const sw = spawnSync(process.execPath, [CLI, "regenerate", "--framework", to, "--yes", "--json"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
  if (sw.status !== 0) {
    fail(`${sw.stdout}${sw.stderr}`);
    continue;
  }
  if (!fs.readFileSync(path.join(dir, "README.md"), "utf8").includes("Keep this.") || !fs.existsSync(path.join(dir, "NOTES.md"))) {
    fail("the user's README edit or NOTES.md did not survive the switch");
    continue;
  }

  // B on the same data: the stored user is there, and new rows go after it.
  const mB = readManifest(dir);
  const envB = starterEnv(to, place.env);
  const installB = runStep(mB.commands.install, dir, envB, 30 * 60_000);
  if (!installB.ok) {
    fail(`${to} install failed:\n${installB.out.slice(-2000)}`);
    continue;
  }
  const srvB = await startServer(dir, mB, envB);
  if ("failed" in srvB) {
    fail(`${to} on ${from}'s data: ${srvB.failed}`);
    continue;
  }
  let problem: string | undefined;
  try {
    const users = (await (await fetch(`${srvB.base}/users`)).json()) as { id: number; name: string }[];
    const names = users.map((u) => u.name);
    if (names.join("|") !== "Alice|Stored before the switch") problem = `${to} serves ${JSON.stringify(names)} after the switch`;
    const next = await fetch(`${srvB.base}/users`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "After" }) });
    const body = (await next.json()) as { id?: number };
    if (!problem && (next.status !== 201 || body.id !== 3)) problem = `${to}: POST after the switch gave ${next.status} ${JSON.stringify(body)}`;
  } finally {
    await srvB.stop();
  }
  if (problem) {
    fail(problem);
    continue;
  }

  // Then B's own checks, on a fresh database.
  let fresh: DataPlace = place;
  if (database === "sqlite") fs.renameSync(path.join(dir, "data", "app.db"), path.join(dir, "data", "switched.db"));
  else fresh = postgresPlace(pg!, `cab_switch_${from}_${to}_fresh`.replace(/-/g, "_"));
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(path.join(dir, "data", `app.db${suffix}`), { force: true });
  const row = await verifyProject(to, dir, b, { database, place: fresh, started });
  rows.push({ ...row, pair });
  process.stderr.write(`== ${pair}: ${row.outcome}\n${row.detail ?? ""}\n`);
}
pg?.stop();

const columns = ["pair", "install", "own tests", "contract", "data", "seconds", "result"];
console.log(`\n${formatTable(columns, rows.map((r) => [r.pair, r.install, r.ownTests, r.contract, r.data, String(r.seconds), r.outcome]))}`);
const failed = rows.filter((r) => r.outcome !== "passed");
for (const f of failed) console.log(`\n--- ${f.pair}: ${f.outcome}\n${f.detail ?? ""}`);
console.log(`\n${rows.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
