/**
 * The starter harness: for each framework and each database it offers,
 * generate with the CLI, install, run its own tests, start it on a free $PORT,
 * run the HTTP contract suite, then check its data: the tables, a restart, and
 * 2,000 concurrent POSTs. PostgreSQL runs as a throwaway cluster on 127.0.0.1.
 *   npm run test:starters                          every framework that generates, on every database
 *   npm run test:starters -- gin actix             just these
 *   npm run test:starters -- --database sqlite     one database only
 *   npm run test:starters -- --language typescript the starters of one language
 *   npm run test:starters -- --except node,express all but these
 *   npm run test:starters -- --name My.Api gin     generate under an awkward project name
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { DATABASE_IDS } from "../../src/schema/ids.js";
import { startPostgres, type Postgres } from "./postgres.js";
import { decideHere } from "./toolchain.js";
import { emptyRow, generate, postgresPlace, sqlitePlace, verifyProject, type Row } from "./starter.js";
import { formatTable } from "./table.js";
import { compareAcross, firstDifference } from "./compare.js";
import { HARNESS_RESOURCE } from "../contract/resources.js";

const args = process.argv.slice(2);
const catalog = loadCatalog();
const generating = catalog.frameworks.filter((f) => f.starter);
const FLAGS_WITH_VALUES = ["--language", "--except", "--name", "--database"];
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const lang = valueOf("--language");
const except = (valueOf("--except") ?? "").split(",").filter(Boolean);
const projectName = valueOf("--name");
const onlyDb = valueOf("--database");
const ids = args.filter((a, i) => !a.startsWith("--") && !FLAGS_WITH_VALUES.includes(args[i - 1] ?? ""));
const unknown = ids.filter((id) => !generating.some((f) => f.id === id));
if (unknown.length > 0 || (onlyDb && !(DATABASE_IDS as readonly string[]).includes(onlyDb))) {
  console.error(`unknown: ${[...unknown, onlyDb].filter(Boolean).join(", ")}; frameworks: ${generating.map((f) => f.id).join(", ")}; databases: ${DATABASE_IDS.join(", ")}`);
  process.exit(2);
}
const selected = generating.filter(
  (f) => (ids.length === 0 || ids.includes(f.id)) && (!lang || f.starter!.language === lang) && !except.includes(f.id),
);

// CAB_RUN_LABEL (e.g. node24, set by .ci/run with Node 24 first on PATH): its own folders and a label on each row.
const runLabel = process.env.CAB_RUN_LABEL;
const root = path.join(os.tmpdir(), `create-any-backend-starters${runLabel ? `-${runLabel}` : ""}`);
const rows: Row[] = [];
let pg: Postgres | undefined;
let pgError: string | undefined;
const postgres = async () => {
  if (!pg && !pgError) pg = await startPostgres().catch((e: Error) => ((pgError = e.message), undefined));
  return pg;
};

for (const fw of selected) {
  const starter = fw.starter!;
  const databases = starter.databases ? DATABASE_IDS.filter((d) => starter.databases![d] && (!onlyDb || d === onlyDb)) : ["memory"];
  for (const database of databases) {
    const started = Date.now();
    const label = `${fw.id} (${database})`;
    const dir = path.join(root, `${fw.id}-${database}`);
    process.stderr.write(`\n== ${label}: generating into ${dir}\n`);
    // A starter that generates resources gets the harness resource (one field of every type) at creation,
    // before the install: one generation and one install serve the base and the resource contracts.
    const resources = starter.resources ? [HARNESS_RESOURCE] : [];
    const config = path.join(root, `${fw.id}-${database}.answers.json`);
    if (resources.length > 0) {
      fs.mkdirSync(root, { recursive: true });
      fs.writeFileSync(config, JSON.stringify({ resources }));
    }
    const gen = generate(fw.id, dir, [
      ...(projectName ? ["--name", projectName] : []),
      ...(database !== "memory" ? ["--database", database] : []),
      ...(resources.length > 0 ? ["--config", config] : []),
    ]);
    if (!gen.ok) {
      rows.push({ ...emptyRow(fw.id, database), generate: "FAIL", detail: gen.out.slice(-2000) });
      continue;
    }
    let place;
    if (database === "sqlite") place = sqlitePlace(dir);
    if (database === "postgres" && decideHere(starter, { probe: process.env.CAB_NO_REGISTRY_PROBE !== "1" }).mode === "run") {
      const server = await postgres();
      if (!server) {
        rows.push({ ...emptyRow(fw.id, database), generate: "ok", outcome: "missing toolchain", detail: `PostgreSQL: ${pgError}` });
        continue;
      }
      place = postgresPlace(server, `cab_${fw.id.replace(/-/g, "_")}${runLabel ? `_${runLabel}` : ""}`);
    }
    const row = await verifyProject(fw.id, dir, starter, { database, ...(place && { place }), started, resources });
    if (runLabel) row.database = `${database}, ${runLabel}`;
    rows.push(row);
    process.stderr.write(`== ${label}: ${row.outcome} (${row.seconds}s)\n${row.detail ? `${row.detail}\n` : ""}`);
  }
}
pg?.stop();

const cols = ["framework", "database", "generate", "install", "own tests", "refuses", "start", "contract", "resources", "hostile", "schemathesis", "data", "seconds", "result"];
const table = rows.map((r) => [
  r.framework, r.database, r.generate, r.install, r.ownTests, r.refusal ?? "-", r.start, r.contract, r.resources ?? "-", r.hostile ?? "-", r.schemathesis ?? "-", r.data, String(r.seconds), r.outcome,
]);
console.log(`\n${formatTable(cols, table)}`);

// One status, media type, Allow and body per request, across every starter and database that served.
const differences = compareAcross(
  rows.filter((r) => r.cases && r.cases.length > 0).map((r) => ({ label: `${r.framework} (${r.database})`, passed: r.cases!.every((c) => c.ok), cases: r.cases! })),
);
for (const d of differences) {
  console.log(`\n~~ answers differ${d.amongPassing ? " (among starters that passed the contract)" : ""}: ${d.case}`);
  const [first, ...rest] = d.groups;
  console.log(`   ${first!.labels.join(", ")}`);
  for (const g of rest) console.log(`   vs ${g.labels.join(", ")}: ${firstDifference(first!.seen, g.seen)}`);
}
const disagreeing = differences.filter((d) => d.amongPassing);
if (differences.length > 0) console.log(`\n${differences.length} contract cases answered differently across starters, ${disagreeing.length} among starters that passed`);
const failed = rows.filter((r) => r.outcome === "failed" || r.outcome === "missing toolchain");
const passed = rows.filter((r) => r.outcome === "passed").length;
const syntaxOnly = rows.filter((r) => r.outcome === "syntax checked, not run here");
for (const f of failed) console.log(`\n--- ${f.framework} (${f.database}): ${f.outcome}\n${f.detail ?? ""}`);
for (const s of syntaxOnly) console.log(`${s.framework} (${s.database}): syntax checked, not run here${s.detail ? `: ${s.detail}` : ""}`);
const ran = rows.length - syntaxOnly.length;
// The JavaScript starters run on every kind of machine: a run that ran fewer (a broken probe) is not green.
const mustRun = rows.filter((r) => ["typescript", "javascript"].includes(catalog.frameworks.find((f) => f.id === r.framework)!.starter!.language));
const notRunButMust = mustRun.filter((r) => r.outcome === "syntax checked, not run here");
for (const r of notRunButMust) console.log(`${r.framework} (${r.database}) must run on every machine, and did not: ${r.detail ?? ""}`);
console.log(`\n${ran} ran: ${passed} passed, ${failed.length} failed; ${syntaxOnly.length} not run here (syntax checked)`);
fs.mkdirSync(root, { recursive: true });
fs.writeFileSync(path.join(root, "last-run.json"), JSON.stringify(rows, null, 2));
process.exit(failed.length > 0 || disagreeing.length > 0 || notRunButMust.length > 0 ? 1 : 0);
