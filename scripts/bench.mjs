// `npm run bench`: `create` (express, no install, no git) against create-vite
// (vanilla-ts), side by side in one call: A B A B ..., each run a fresh
// process writing into a fresh folder. CPU time is the child's user + system
// time from bash's `times` (millisecond precision; /usr/bin/time prints only
// hundredths), peak memory is /usr/bin/time's maximum resident set. Prints
// each figure's median and min–max, and the CPU ratio pair by pair. A
// benchmark, not a test: it reports, it does not judge.
//   npm run bench               15 pairs after one warm-up pair
//   npm run bench -- 31         31 pairs
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pairs = Number(process.argv[2] ?? 15);
const cli = path.join(root, "build", "cli.cjs");
const vite = path.join(root, "node_modules", "create-vite", "index.js");
if (!fs.existsSync(cli)) {
  console.error("build/cli.cjs is missing: run `npm run build:package` first");
  process.exit(2);
}
if (!fs.existsSync("/usr/bin/time")) {
  console.error("needs /usr/bin/time (Debian package: time)");
  process.exit(2);
}

const commands = {
  "create-any-backend": (dir) => [cli, "api", "--framework", "express", "--yes", "--no-install", "--no-git"],
  "create-vite": (dir) => [vite, "api", "--template", "vanilla-ts", "--no-interactive"],
};

/** One run in a fresh folder: CPU seconds (user + system), wall seconds, peak RSS in MB. */
function run(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  // bash runs the command, then `times` prints its own and its children's CPU times to stderr; the child is the command alone.
  const script = '"$@"; s=$?; times >&2; exit $s';
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", "bash", "-c", script, "bench", process.execPath, ...commands[name](dir)], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  const files = fs.existsSync(path.join(dir, "api")) ? fs.readdirSync(path.join(dir, "api")).length : 0;
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0 || files === 0) throw new Error(`${name} failed (exit ${r.status}): ${r.stderr.slice(-500)}`);
  const lines = r.stderr.trim().split("\n");
  const [wall, kb] = lines.at(-1).split(" ").map(Number);
  // `times`: "0m0.003s 0m0.001s" for the shell, then the same for its children.
  const seconds = (t) => Number(/^(\d+)m([\d.]+)s$/.exec(t)[1]) * 60 + Number(/^(\d+)m([\d.]+)s$/.exec(t)[2]);
  const [user, sys] = lines.at(-2).trim().split(/\s+/).map(seconds);
  return { wall, cpu: user + sys, peakMb: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const span = (xs) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;

run("create-any-backend");
run("create-vite");
const rows = { "create-any-backend": [], "create-vite": [] };
const ratios = [];
for (let i = 0; i < pairs; i++) {
  const a = run("create-any-backend");
  const b = run("create-vite");
  rows["create-any-backend"].push(a);
  rows["create-vite"].push(b);
  ratios.push(a.cpu / b.cpu);
}

console.log(`${pairs} paired runs (after one warm-up pair), each in a fresh folder; medians, min–max in brackets`);
for (const [name, rs] of Object.entries(rows)) {
  const f = (k, d) => `${median(rs.map((r) => r[k])).toFixed(d)} [${span(rs.map((r) => r[k]))}]`;
  console.log(`${name.padEnd(20)} cpu ${f("cpu", 3)} s   wall ${f("wall", 3)} s   peak ${f("peakMb", 1)} MB`);
}
console.log(`CPU ratio create-any-backend / create-vite: median ${median(ratios).toFixed(2)} [${span(ratios)}]`);
