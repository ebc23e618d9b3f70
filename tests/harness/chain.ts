/**
 * The switch chain (DESIGN.md §5): one project with the harness resource and rows in it, switched with
 * `regenerate --framework` along CHAIN, each step installed and served, and serving the same rows with the
 * same fields as the first step wrote. Only starters that generate resources (starter.json `resources`)
 * and run here take part; the others are listed as skipped, with why.
 *   npm run test:chain                      the whole chain, SQLite
 *   npm run test:chain -- --database postgres
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { HARNESS_RESOURCE } from "../contract/resources.js";
import { startPostgres, type Postgres } from "./postgres.js";
import { CLI, generate, listAll, postgresPlace, readManifest, runStep, sqlitePlace, starterEnv, startServer, type DataPlace } from "./starter.js";
import { decideHere } from "./toolchain.js";

export const CHAIN = ["express", "fastapi", "django", "nestjs", "gin", "spring-boot", "actix"];
const args = process.argv.slice(2);
const database = args.includes("--database") ? args[args.indexOf("--database") + 1]! : "sqlite";
const catalog = loadCatalog();
const steps: string[] = [];
for (const id of CHAIN) {
  const s = catalog.frameworks.find((f) => f.id === id)?.starter;
  const why = !s ? "not a generating framework" : !s.resources ? "generates no resources yet" : (() => {
    const d = decideHere(s, { probe: process.env.CAB_NO_REGISTRY_PROBE !== "1" });
    return d.mode === "run" ? undefined : `not run here: ${d.missing.join("; ")}`;
  })();
  if (why) console.log(`chain: ${id} skipped (${why})`);
  else steps.push(id);
}
if (steps.length < 2) {
  console.log(`chain: ${steps.length} of ${CHAIN.length} starters can take part (${steps.join(", ") || "none"}); no switch to check`);
  process.exit(0);
}

const root = path.join(os.tmpdir(), "create-any-backend-chain");
const dir = path.join(root, `chain-${database}`);
fs.mkdirSync(root, { recursive: true });
const config = path.join(root, "answers.json");
fs.writeFileSync(config, JSON.stringify({ resources: [HARNESS_RESOURCE] }));
let pg: Postgres | undefined;
let place: DataPlace = sqlitePlace(dir);
const timings: string[] = [];
let expected: unknown[] | undefined;
let failure: string | undefined;
const rows = [
  { title: "First", notes: "written by the first step", quantity: 2, unit_price: 9.5, paid: true, due_at: "2026-03-01T09:30:00.123Z" },
  { title: "Second", quantity: -7, paid: false },
  { title: "Third 🙂", notes: null, quantity: 0, unit_price: -1.25, paid: true, due_at: null },
];

for (const [i, id] of steps.entries()) {
  const started = Date.now();
  if (i === 0) {
    const gen = generate(id, dir, ["--database", database, "--config", config]);
    if (!gen.ok) { failure = `${id}: generate failed\n${gen.out.slice(-1500)}`; break; }
    if (database === "postgres") {
      pg = await startPostgres();
      place = postgresPlace(pg, "cab_chain");
    }
  } else {
    const sw = spawnSync(process.execPath, [CLI, "regenerate", "--framework", id, "--yes", "--json"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
    if (sw.status !== 0) { failure = `switch to ${id} failed:\n${`${sw.stdout}${sw.stderr}`.slice(-1500)}`; break; }
  }
  const m = readManifest(dir);
  const env = starterEnv(id, place.env);
  const install = runStep(m.commands.install, dir, env, 30 * 60_000);
  if (!install.ok) { failure = `${id}: install failed\n${install.out.slice(-1500)}`; break; }
  if (m.commands.migrate) {
    const mig = runStep(m.commands.migrate, dir, env, 10 * 60_000);
    if (!mig.ok) { failure = `${id}: migrate failed\n${mig.out.slice(-1500)}`; break; }
  }
  const srv = await startServer(dir, m, env);
  if ("failed" in srv) { failure = `${id}: ${srv.failed}`; break; }
  try {
    if (i === 0) {
      for (const r of rows) {
        const res = await fetch(`${srv.base}/${HARNESS_RESOURCE.name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(r) });
        if (res.status !== 201) { failure = `${id}: POST gave ${res.status} ${await res.text()}`; break; }
      }
      expected = await listAll(srv.base, HARNESS_RESOURCE.name);
    } else {
      const got = await listAll(srv.base, HARNESS_RESOURCE.name);
      if (JSON.stringify(got) !== JSON.stringify(expected)) failure = `${id} after the switch serves ${JSON.stringify(got).slice(0, 400)}; ${steps[0]} wrote ${JSON.stringify(expected).slice(0, 400)}`;
    }
  } finally {
    await srv.stop();
  }
  timings.push(`${id} ${Math.round((Date.now() - started) / 1000)}s`);
  if (failure) break;
}
pg?.stop();
console.log(`\nchain (${database}): ${timings.join(" → ")}`);
if (failure) console.log(`chain failed: ${failure}`);
else console.log(`chain passed: ${steps.length} starters served the same ${rows.length} rows (${steps.join(" → ")})`);
process.exit(failure ? 1 : 0);
