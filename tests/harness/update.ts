/**
 * `update` across releases, end to end: an earlier commit of this repository is packed as npm would
 * publish it and served by a throwaway local registry; a project made by that release gets a user's
 * edit to a generated file, a file of the user's own and a generated file deleted; then this release's
 * `update` fetches the earlier release from that registry (the base of its three-way plan) and must
 * merge the edit with the template's changes, leave the user's file, keep the deleted file deleted,
 * write nothing on --dry-run, install and pass the project's own tests, and be a no-op the second time.
 * One JavaScript starter and one other that runs here.
 *   npm run test:update                 express and the first other starter that runs here
 *   npm run test:update -- express gin  just these
 */
import { createHash } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { loadCatalog } from "../../src/catalog/load.js";
import { CLI, REPO, listing, readManifest, runStep, starterEnv } from "./starter.js";
import { formatTable } from "./table.js";
import { decideFor } from "./toolchain.js";

const OTHERS = ["gin", "fastapi", "django", "spring-boot", "actix"];
const catalog = loadCatalog();
const runsHere = (id: string) => decideFor(catalog, id).mode === "run";
const given = process.argv.slice(2);
const ids = given.length > 0 ? given : ["express", ...OTHERS.filter(runsHere).slice(0, 1)];
const work = fs.mkdtempSync(path.join(os.tmpdir(), "cab-update-"));
const sh = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 64 << 20, timeout: 10 * 60_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ""}${r.stderr ?? ""}`, stdout: r.stdout ?? "" };
};
// The CLI runs without blocking this process: the registry below answers from its event loop.
const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ ok: boolean; out: string; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ ok: code === 0, out: `${stdout}${stderr}`, stdout }));
  });
const fail = (why: string): never => {
  console.error(`update harness: ${why}`);
  process.exit(1);
};

/** The newest commit whose package.json names another version than this one's: the last of the earlier release. */
function earlierRelease(): string {
  const version = (rev: string) => (JSON.parse(sh("git", ["show", `${rev}:package.json`], REPO).stdout || "{}") as { version?: string }).version;
  const now = version("HEAD");
  for (const rev of sh("git", ["rev-list", "HEAD", "--", "package.json"], REPO).stdout.split("\n").filter(Boolean))
    if (version(rev) !== now) return rev;
  const shallow = sh("git", ["rev-parse", "--is-shallow-repository"], REPO).stdout.trim() === "true";
  return fail(`no commit of a release before ${now} in this clone${shallow ? " (a shallow clone: fetch its history)" : ""}`);
}

// 1. The earlier release, built and packed from its commit, as `npm publish` would ship it.
const EARLIER = earlierRelease();
const oldTree = path.join(work, "earlier");
fs.mkdirSync(oldTree);
const archive = spawnSync("sh", ["-c", `git archive ${EARLIER} | tar -x -C ${JSON.stringify(oldTree)}`], { cwd: REPO, encoding: "utf8" });
if (archive.status !== 0) fail(`git archive ${EARLIER}: ${archive.stderr}`);
fs.symlinkSync(path.join(REPO, "node_modules"), path.join(oldTree, "node_modules"));
const packed = sh("npm", ["pack", "--silent", "--pack-destination", work], oldTree, { ...process.env, npm_config_loglevel: "error" });
if (!packed.ok) fail(`npm pack of ${EARLIER}: ${packed.out.slice(-2000)}`);
const tarball = path.join(work, packed.stdout.trim().split("\n").pop()!);
const { name, version } = JSON.parse(fs.readFileSync(path.join(oldTree, "package.json"), "utf8")) as { name: string; version: string };
const current = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };
if (version === current.version) fail(`${EARLIER} has version ${version}, the same as this release`);

// 2. A registry that serves just that package, the way npm asks for it (a packument, then the tarball).
const bytes = fs.readFileSync(tarball);
const integrity = `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
const asked: string[] = [];
const server = http.createServer((req, res) => {
  asked.push(`${req.method} ${req.url}`);
  const port = (server.address() as { port: number }).port;
  if (req.url === `/${name}`) {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({
      name, "dist-tags": { latest: version },
      versions: { [version]: { name, version, dist: { tarball: `http://127.0.0.1:${port}/${name}/-/${name}-${version}.tgz`, integrity } } },
    }));
  } else if (req.url === `/${name}/-/${name}-${version}.tgz`) res.end(bytes);
  else res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "not found" }));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const registry = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
// The user's registry setting and an empty cache: the update must go to the registry for the old release.
const userEnv = { ...process.env, CI: "true", npm_config_registry: registry, XDG_CACHE_HOME: path.join(work, "cache"), npm_config_cache: path.join(work, "npm-cache") };
const oldCli = path.join(work, "package");
if (spawnSync("tar", ["-xzf", tarball, "-C", work]).status !== 0) fail("the packed tarball does not unpack");

const hashes = (dir: string) => Object.fromEntries(listing(dir).map((f) => [f, fs.lstatSync(path.join(dir, f)).isFile() ? createHash("sha256").update(fs.readFileSync(path.join(dir, f))).digest("hex") : "dir"]));
const lines = (text: string) => new Set(text.split("\n").map((l) => l.trim()).filter((l) => l.length > 3));

interface Result { id: string; edited: string; merged: string; install: string; tests: string; second: string; seconds: number; problem?: string }
const rows: Result[] = [];
for (const id of ids) {
  const started = Date.now();
  const row: Result = { id, edited: "-", merged: "-", install: "-", tests: "-", second: "-", seconds: 0 };
  rows.push(row);
  const problem = (why: string) => ((row.problem = why), (row.seconds = Math.round((Date.now() - started) / 1000)));
  process.stderr.write(`\n== update ${id}: made by ${name}@${version}, updated by ${current.version}\n`);
  const dir = path.join(work, id);
  const made = sh(process.execPath, [path.join(oldCli, "build", "cli.cjs"), id, "--framework", id, "--yes", "--no-install", "--no-git"], work, userEnv);
  if (!made.ok) { problem(`${version} could not generate ${id}: ${made.out.slice(-1500)}`); continue; }
  // What this release writes for the same answers, to know which template changes must arrive.
  const fresh = path.join(work, `${id}-fresh`);
  const answers = readManifest(dir).answers as Record<string, unknown>;
  fs.writeFileSync(path.join(work, `${id}.answers.json`), JSON.stringify(answers));
  const rendered = sh(process.execPath, [CLI, fresh, "--config", path.join(work, `${id}.answers.json`), "--yes", "--no-install", "--no-git"], work, userEnv);
  if (!rendered.ok) { problem(`this release could not generate ${id}: ${rendered.out.slice(-1500)}`); continue; }

  // The user's work: an edit to a generated file the template also changed, a file of their own, a deletion.
  const oldFiles = Object.keys(readManifest(dir).files);
  const changedByTemplate = (rel: string) => fs.existsSync(path.join(fresh, rel)) && !fs.readFileSync(path.join(dir, rel)).equals(fs.readFileSync(path.join(fresh, rel)));
  const edited = ["README.md", ...oldFiles.filter((f) => /\.(md|ts|go|py|java|rs)$/.test(f))].find(changedByTemplate);
  if (!edited) { problem(`no generated file differs between ${version} and ${current.version}: nothing to merge`); continue; }
  row.edited = edited;
  const ours = /\.md$/.test(edited) ? "\nOur team's note: keep this line.\n" : "\n// Our team's note: keep this line.\n";
  fs.appendFileSync(path.join(dir, edited), ours);
  fs.writeFileSync(path.join(dir, "NOTES.md"), "decisions we made\n");
  const deleted = oldFiles.find((f) => f === ".editorconfig") ?? fail(`${id} has no .editorconfig to delete`);
  fs.rmSync(path.join(dir, deleted));

  const before = hashes(dir);
  const dry = await cli(["update", "--dry-run", "--json"], dir, userEnv);
  if (!dry.ok) { problem(`update --dry-run: ${dry.out.slice(-1500)}`); continue; }
  if (JSON.stringify(hashes(dir)) !== JSON.stringify(before)) { problem("update --dry-run changed the disk"); continue; }
  const up = await cli(["update", "--yes", "--json"], dir, userEnv);
  if (!up.ok) { problem(`update: ${up.out.slice(-1500)}`); continue; }
  const plan = JSON.parse(up.stdout) as { applied: boolean; plan: { path: string; action: string }[]; notes: string[] };
  const text = fs.readFileSync(path.join(dir, edited), "utf8");
  const newLines = [...lines(fs.readFileSync(path.join(fresh, edited), "utf8"))];
  const missing = newLines.filter((l) => !text.includes(l));
  const problems = [
    !plan.applied && "update applied nothing",
    plan.notes.length > 0 && `it says: ${plan.notes.join("; ")}`,
    plan.plan.find((e) => e.path === edited)?.action !== "merge" && `${edited} was planned as ${plan.plan.find((e) => e.path === edited)?.action}, not merged`,
    !text.includes("Our team's note: keep this line.") && `the user's line in ${edited} is gone`,
    /^(<{7}|>{7}|={7})/m.test(text) && `${edited} has conflict markers`,
    missing.length > 0 && `${edited} lacks ${missing.length} of the new release's lines, e.g. ${JSON.stringify(missing[0])}`,
    fs.readFileSync(path.join(dir, "NOTES.md"), "utf8") !== "decisions we made\n" && "the user's NOTES.md changed",
    fs.existsSync(path.join(dir, deleted)) && `${deleted}, which the user deleted, came back`,
    readManifest(dir).generator.version !== current.version && `the manifest still says ${readManifest(dir).generator.version}`,
    !asked.some((a) => a.endsWith(".tgz")) && "the earlier release was never fetched from the registry",
  ].filter((p): p is string => typeof p === "string");
  if (problems.length > 0) { problem(problems.join("; ")); continue; }
  row.merged = "ok";

  const m = readManifest(dir);
  const env = starterEnv(id, { DATABASE_URL: undefined });
  const install = runStep(m.commands.install, dir, env, 30 * 60_000);
  row.install = `${install.ok ? "ok" : "FAIL"} ${install.seconds.toFixed(0)}s`;
  if (!install.ok) { problem(`install: ${install.out.slice(-1500)}`); continue; }
  const test = runStep(m.commands.test, dir, env, 30 * 60_000);
  row.tests = `${test.ok ? "ok" : "FAIL"} ${test.seconds.toFixed(0)}s`;
  if (!test.ok) { problem(`own tests: ${test.out.slice(-1500)}`); continue; }
  const again = await cli(["update", "--yes", "--json"], dir, userEnv);
  const second = again.ok ? (JSON.parse(again.stdout) as { applied: boolean; plan: { action: string }[] }) : undefined;
  row.second = second && !second.applied ? "no-op" : "FAIL";
  if (!second || second.applied) { problem(`a second update was not a no-op: ${again.out.slice(-800)}`); continue; }
  row.seconds = Math.round((Date.now() - started) / 1000);
}
server.close();

console.log(`\n${formatTable(["framework", "edited", "merged", "install", "own tests", "2nd update", "seconds", "result"], rows.map((r) => [r.id, r.edited, r.merged, r.install, r.tests, r.second, String(r.seconds), r.problem ? "failed" : "passed"]))}`);
for (const r of rows.filter((x) => x.problem)) console.log(`\n--- ${r.id}: failed\n${r.problem}`);
if (ids.length < 2) console.log(`\nonly ${ids.join(", ")} ran: no other language's starter runs here`);
const failed = rows.filter((r) => r.problem).length;
console.log(`\nupdate across releases (${name}@${version} → ${current.version}): ${rows.length - failed} passed, ${failed} failed`);
if (failed === 0) fs.rmSync(work, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);
