/**
 * Switched-project harness: generate framework A, make a user edit, switch it
 * to B with `regenerate`, then run B's install, own tests and the contract
 * suite on the switched folder, like any starter.
 *   npm run test:switch                       the default pairs
 *   npm run test:switch -- express:fastapi    just these pairs
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { CLI, generate, verifyProject, type Row } from "./starter.js";

const DEFAULT_PAIRS = ["express:fastapi", "django:gin", "fastify:spring-boot"];
const pairs = (process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_PAIRS).map((p) => p.split(":") as [string, string]);
const catalog = loadCatalog();
const root = path.join(os.tmpdir(), "create-any-backend-switch");
const rows: (Row & { pair: string })[] = [];

for (const [from, to] of pairs) {
  const started = Date.now();
  const fw = catalog.frameworks.find((f) => f.id === to);
  if (!fw?.starter || !catalog.frameworks.some((f) => f.id === from && f.starter)) {
    console.error(`not a pair of generating frameworks: ${from}:${to}`);
    process.exit(2);
  }
  const dir = path.join(root, `${from}-to-${to}`);
  const pair = `${from} → ${to}`;
  process.stderr.write(`\n== ${pair}: ${dir}\n`);
  const gen = generate(from, dir);
  const fail = (detail: string) => rows.push({ pair, framework: to, generate: "FAIL", install: "-", ownTests: "-", start: "-", contract: "-", seconds: 0, outcome: "failed", detail });
  if (!gen.ok) {
    fail(gen.out);
    continue;
  }
  // A user's work: an edited README and a file of their own.
  fs.appendFileSync(path.join(dir, "README.md"), "\n## Our notes\nKeep this.\n");
  fs.writeFileSync(path.join(dir, "NOTES.md"), "decisions we made\n");
  const sw = spawnSync(process.execPath, [CLI, "regenerate", "--framework", to, "--yes", "--json"], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true" } });
  if (sw.status !== 0) {
    fail(`${sw.stdout}${sw.stderr}`);
    continue;
  }
  const kept = fs.readFileSync(path.join(dir, "README.md"), "utf8").includes("Keep this.") && fs.existsSync(path.join(dir, "NOTES.md"));
  if (!kept) {
    fail("the user's README edit or NOTES.md did not survive the switch");
    continue;
  }
  const row = await verifyProject(to, dir, fw.starter.toolchain, fw.starter.verification, started);
  rows.push({ ...row, pair });
  process.stderr.write(`== ${pair}: ${row.outcome}\n${row.detail ?? ""}\n`);
}

console.log("\npair                          install      own tests          contract  seconds  result");
for (const r of rows) console.log(`${r.pair.padEnd(30)}${r.install.padEnd(13)}${r.ownTests.padEnd(19)}${r.contract.padEnd(10)}${String(r.seconds).padEnd(9)}${r.outcome}`);
const failed = rows.filter((r) => r.outcome !== "passed" && r.outcome !== "syntax checked, not run here");
for (const f of failed) console.log(`\n--- ${f.pair}: ${f.outcome}\n${f.detail ?? ""}`);
console.log(`\n${rows.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
