/**
 * The starter harness: for each framework, generate with the CLI, install, run
 * its own tests, start it on a free $PORT and run the HTTP contract suite.
 *   npm run test:starters                 every framework that generates
 *   npm run test:starters -- gin actix    just these
 *   npm run test:starters -- --language typescript   the starters of one language
 *   npm run test:starters -- --except node,express     all but these
 *   npm run test:starters -- --name My.Api gin         generate under an awkward project name
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { generate, verifyProject, type Row } from "./starter.js";

const args = process.argv.slice(2);
const catalog = loadCatalog();
const generating = catalog.frameworks.filter((f) => f.starter);
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const lang = valueOf("--language");
const except = (valueOf("--except") ?? "").split(",").filter(Boolean);
const projectName = valueOf("--name");
const ids = args.filter((a, i) => !a.startsWith("--") && !["--language", "--except", "--name"].includes(args[i - 1] ?? ""));
const unknown = ids.filter((id) => !generating.some((f) => f.id === id));
if (unknown.length > 0) {
  console.error(`unknown or non-generating framework(s): ${unknown.join(", ")}; generating: ${generating.map((f) => f.id).join(", ")}`);
  process.exit(2);
}
const selected = generating.filter(
  (f) => (ids.length === 0 || ids.includes(f.id)) && (!lang || f.starter!.language === lang) && !except.includes(f.id),
);

const root = path.join(os.tmpdir(), "create-any-backend-starters");
const rows: Row[] = [];
for (const fw of selected) {
  const started = Date.now();
  const dir = path.join(root, `${fw.id}-app`);
  process.stderr.write(`\n== ${fw.id}: generating into ${dir}\n`);
  const gen = generate(fw.id, dir, projectName ? ["--name", projectName] : []);
  if (!gen.ok) {
    rows.push({ framework: fw.id, generate: "FAIL", install: "-", ownTests: "-", start: "-", contract: "-", seconds: 0, outcome: "failed", detail: gen.out.slice(-2000) });
    continue;
  }
  const row = await verifyProject(fw.id, dir, fw.starter!.toolchain, fw.starter!.verification, started);
  rows.push(row);
  process.stderr.write(`== ${fw.id}: ${row.outcome} (${row.seconds}s)\n${row.detail ? `${row.detail}\n` : ""}`);
}

const cols = ["framework", "generate", "install", "own tests", "start", "contract", "seconds", "result"];
const table = rows.map((r) => [r.framework, r.generate, r.install, r.ownTests, r.start, r.contract, String(r.seconds), r.outcome]);
const widths = cols.map((c, i) => Math.max(c.length, ...table.map((t) => t[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(`\n${line(cols)}\n${line(widths.map((w) => "-".repeat(w)))}`);
for (const t of table) console.log(line(t));
const failed = rows.filter((r) => r.outcome === "failed" || r.outcome === "missing toolchain");
const passed = rows.filter((r) => r.outcome === "passed").length;
const syntaxOnly = rows.length - passed - failed.length;
for (const f of failed) console.log(`\n--- ${f.framework}: ${f.outcome}\n${f.detail ?? ""}`);
if (syntaxOnly) console.log(`\n${syntaxOnly} syntax checked, not run here`);
console.log(`\n${passed} passed, ${failed.length} failed`);
fs.mkdirSync(root, { recursive: true });
fs.writeFileSync(path.join(root, "last-run.json"), JSON.stringify(rows, null, 2));
process.exit(failed.length > 0 ? 1 : 0);
