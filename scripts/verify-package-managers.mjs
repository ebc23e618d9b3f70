#!/usr/bin/env node
// Checks the published package with every package manager, end to end: packs this repository
// (`npm pack` runs prepack, which builds build/), publishes the tarball as create-any-backend to a
// throwaway verdaccio on 127.0.0.1 that proxies the npm registry for everything else, then for each
// manager runs its own `create` for an express starter (npm create any-backend@latest, pnpm create,
// yarn create with Yarn 1 and Yarn 4, bun create) and, in the project, checks: it is set up for that
// manager (packageManager), the install that create ran (the starter's commands.install), lint, the
// tests, and the frozen installs its Dockerfile runs, from just the files the Dockerfile copies.
// Every manager uses the verdaccio registry and a throwaway HOME (no cache or setting of yours), and
// no CI variable (under CI Yarn 4 refuses to write the lockfile that create's first install writes).
// verdaccio and the managers come from the npm registry into the temp folder, never into this
// repository. Prints manager -> seconds per step; exits 1 on any failure (the folder is kept then).
// Slow (minutes: better-sqlite3 compiles for every manager), so it is not part of npm test.
//
//   node scripts/verify-package-managers.mjs [--only npm,pnpm,pnpm10,yarn1,yarn4,bun] [--keep]
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1]?.split(",") : undefined;

// The last verdaccio whose engines accept Node.js 20 (6.9 and later need 22).
const VERDACCIO = "verdaccio@6.8.0";
const STEP_TIMEOUT_MS = 20 * 60_000;
const FLAGS = ["--framework", "express", "--yes", "--no-git"];

const work = fs.mkdtempSync(path.join(os.tmpdir(), "cab-pm-"));
const home = path.join(work, "home");
const logs = path.join(work, "logs");
fs.mkdirSync(home);
fs.mkdirSync(logs);
const say = (line) => console.log(line);
// The heavy steps run at a lower priority: the machine is shared.
const niced = (cmd, argv) => (fs.existsSync("/usr/bin/nice") ? ["nice", ["-n", "10", cmd, ...argv]] : [cmd, argv]);

/** The environment as a developer's shell would have it: nothing inherited from an outer npm/pnpm/yarn/bun run, nor CI. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|yarn_|berry_|bun_|corepack_)/i.test(k) || k === "INIT_CWD" || k === "CI") continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

const npmConfig = (key) => {
  const v = execFileSync("npm", ["config", "get", key], { env: cleanEnv(), encoding: "utf8" }).trim();
  return v && v !== "null" && v !== "undefined" ? v : undefined;
};

let running; // the step's process group, ended on Ctrl-C
/** Runs a command, its output to a log file; resolves with exit code and seconds. `onLine` sees every output line with its time. */
function run(cmd, argv, { cwd, env, log, onLine }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const out = fs.createWriteStream(log, { flags: "a" });
    out.write(`$ ${[cmd, ...argv].join(" ")}   (in ${cwd})\n`);
    const child = spawn(cmd, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    running = child;
    let rest = "";
    const feed = (chunk) => {
      out.write(chunk);
      if (!onLine) return;
      const text = rest + chunk.toString("utf8");
      const lines = text.split("\n");
      rest = lines.pop();
      for (const line of lines) onLine(line, Date.now());
    };
    child.stdout.on("data", feed);
    child.stderr.on("data", feed);
    const timer = setTimeout(() => {
      out.write(`\n[timed out after ${STEP_TIMEOUT_MS / 60_000} min]\n`);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, STEP_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (rest && onLine) onLine(rest, Date.now());
      out.end(`\n[exit ${code ?? signal}]\n`);
      resolve({ code: code ?? 1, seconds: (Date.now() - started) / 1000 });
    });
    child.on("error", (err) => {
      clearTimeout(timer);
      out.end(`\n[${err.message}]\n`);
      resolve({ code: 127, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const sh = (command, opts) => run(...niced("sh", ["-c", command]), opts);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Installs npm packages into their own folder under the temp folder; returns that folder. */
async function installTool(id, specs, allowScripts = []) {
  const dir = path.join(work, "tools", id);
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    private: true,
    // npm 11.19+ asks that dependency install scripts be approved (bun and pnpm link their native binary).
    allowScripts: Object.fromEntries(allowScripts.map((name) => [name, true])),
    // verdaccio-audit asks for node-fetch by its `cjs` dist-tag, which not every registry mirror carries: the CommonJS line, 2.7.0.
    overrides: { "node-fetch": "2.7.0" },
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  const r = await run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", ...specs], {
    cwd: dir,
    env: cleanEnv(),
    log: path.join(logs, `tools-${id}.log`),
  });
  if (r.code !== 0) throw new Error(`installing ${specs.join(" ")} failed: see ${path.join(logs, `tools-${id}.log`)}`);
  return dir;
}

const tail = (file, n = 25) => fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-n).join("\n");

let verdaccio;
function stopVerdaccio() {
  if (verdaccio && verdaccio.exitCode === null) verdaccio.kill("SIGTERM");
}
process.on("SIGINT", () => {
  try {
    if (running?.exitCode === null) process.kill(-running.pid, "SIGTERM");
  } catch {}
  stopVerdaccio();
  process.exit(130);
});

async function main() {
  // 1. The package, as npm publishes it.
  say(`working in ${work}`);
  say("packing create-any-backend (prepack builds build/) ...");
  const pack = await run(...niced("npm", ["pack", "--pack-destination", work]), {
    cwd: root,
    env: cleanEnv(),
    log: path.join(logs, "pack.log"),
  });
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${tail(path.join(logs, "pack.log"))}`);
  const tarball = fs.readdirSync(work).find((f) => /^create-any-backend-.*\.tgz$/.test(f));
  if (!tarball) throw new Error("npm pack wrote no create-any-backend-*.tgz");
  // The versions the CLI writes when a manager is named without one: the ones to check.
  const { DEFAULT_VERSIONS } = await import(path.join(root, "dist/render/context.js"));
  const pnpm10 = [JSON.parse(execFileSync("npm", ["view", "pnpm@10", "version", "--json"], { env: cleanEnv(), encoding: "utf8" }))].flat().at(-1);

  // 2. verdaccio with a throwaway config and storage, proxying the registry npm uses here.
  const upstream = npmConfig("registry") ?? "https://registry.npmjs.org/";
  const cafile = npmConfig("cafile");
  const nodedir = npmConfig("nodedir");
  say(`installing ${VERDACCIO} and the package managers into ${path.join(work, "tools")} ...`);
  const verdaccioDir = await installTool("verdaccio", [VERDACCIO]);
  const port = await freePort();
  const registry = `http://127.0.0.1:${port}/`;
  const config = path.join(work, "verdaccio.yaml");
  fs.writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(work, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(path.join(work, "htpasswd"))}`,
      "    max_users: 1",
      "uplinks:",
      "  npmjs:",
      `    url: ${JSON.stringify(upstream)}`,
      "    timeout: 120s",
      "packages:",
      "  create-any-backend:",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    proxy: npmjs",
      `listen: 127.0.0.1:${port}`,
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const verdaccioLog = fs.openSync(path.join(logs, "verdaccio.log"), "a");
  verdaccio = spawn(process.execPath, [path.join(verdaccioDir, "node_modules/verdaccio/bin/verdaccio"), "--config", config], {
    env: cleanEnv({ HOME: home, ...(cafile && { NODE_EXTRA_CA_CERTS: cafile }) }),
    stdio: ["ignore", verdaccioLog, verdaccioLog],
  });
  for (let i = 0; ; i++) {
    const up = await fetch(`${registry}-/ping`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 60 || verdaccio.exitCode !== null) throw new Error(`verdaccio did not start:\n${tail(path.join(logs, "verdaccio.log"))}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  say(`verdaccio on ${registry}, proxying ${upstream}`);

  // 3. Publish the tarball under its name.
  const user = await fetch(`${registry}-/user/org.couchdb.user:cab`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "cab", password: "cab-verify-package-managers" }),
  }).then((r) => r.json());
  if (!user.token) throw new Error(`verdaccio gave no token: ${JSON.stringify(user)}`);
  const publishRc = path.join(work, "publish.npmrc");
  fs.writeFileSync(publishRc, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=${user.token}\n`);
  const publish = await run("npm", ["publish", path.join(work, tarball), "--userconfig", publishRc], {
    cwd: work,
    env: cleanEnv({ HOME: home }),
    log: path.join(logs, "publish.log"),
  });
  if (publish.code !== 0) throw new Error(`npm publish failed:\n${tail(path.join(logs, "publish.log"))}`);
  say(`published ${tarball}`);

  // 4. Every manager pointed at verdaccio, from a HOME of its own.
  fs.writeFileSync(path.join(home, ".npmrc"), `registry=${registry}\nupdate-notifier=false\nfund=false\naudit=false\n`);
  // Yarn 1 hands the project's install its own registry setting (npm_config_registry), not .npmrc's.
  fs.writeFileSync(path.join(home, ".yarnrc"), `registry "${registry}"\n`);
  fs.writeFileSync(
    path.join(home, ".yarnrc.yml"),
    [
      `npmRegistryServer: "${registry.slice(0, -1)}"`,
      'unsafeHttpWhitelist: ["127.0.0.1"]',
      // Yarn 4 installs no version younger than a day (npmMinimalAgeGate); this one was published seconds ago.
      'npmPreapprovedPackages: ["create-any-backend"]',
      "enableTelemetry: false",
      "",
    ].join("\n"),
  );
  fs.writeFileSync(path.join(home, ".bunfig.toml"), `[install]\nregistry = "${registry}"\n`);

  const managers = [
    { id: "npm", version: execFileSync("npm", ["--version"], { encoding: "utf8" }).trim(), expect: "npm", lockfile: "package-lock.json", create: ["npm", ["create", "any-backend@latest", "app", "--", ...FLAGS]] },
    { id: "pnpm", tool: [`pnpm@${DEFAULT_VERSIONS.pnpm}`], scripts: ["pnpm"], bin: "pnpm", version: DEFAULT_VERSIONS.pnpm, lockfile: "pnpm-lock.yaml", create: ["pnpm", ["create", "any-backend", "app", ...FLAGS]] },
    { id: "pnpm10", tool: [`pnpm@${pnpm10}`], scripts: ["pnpm"], bin: "pnpm", version: pnpm10, lockfile: "pnpm-lock.yaml", create: ["pnpm", ["create", "any-backend", "app", ...FLAGS]] },
    { id: "yarn1", tool: ["yarn@1.22.22"], bin: "yarn", version: "1.22.22", lockfile: "yarn.lock", create: ["yarn", ["create", "any-backend", "app", ...FLAGS]] },
    { id: "yarn4", tool: [`@yarnpkg/cli-dist@${DEFAULT_VERSIONS.yarn}`], bin: "yarn", version: DEFAULT_VERSIONS.yarn, lockfile: "yarn.lock", create: ["yarn", ["create", "any-backend", "app", ...FLAGS]] },
    { id: "bun", tool: [`bun@${DEFAULT_VERSIONS.bun}`], scripts: ["bun"], bin: "bun", version: DEFAULT_VERSIONS.bun, lockfile: "bun.lock", create: ["bun", ["create", "any-backend", "app", ...FLAGS]] },
  ].filter((m) => !only || only.includes(m.id));

  for (const m of managers) {
    m.expect ??= `${m.bin}@${m.version}`;
    if (!m.tool) continue;
    const dir = await installTool(m.id, m.tool, m.scripts);
    m.binDir = path.join(dir, "node_modules", ".bin");
    if (m.id === "yarn4") {
      // @yarnpkg/cli-dist ships bin/yarn.js without a bin entry; corepack cannot fetch Yarn 4 without its own host.
      m.binDir = path.join(dir, "bin");
      fs.mkdirSync(m.binDir);
      fs.writeFileSync(path.join(m.binDir, "yarn"), `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, "node_modules/@yarnpkg/cli-dist/bin/yarn.js")}" "$@"\n`, { mode: 0o755 });
    }
    const got = execFileSync(path.join(m.binDir, m.bin), ["--version"], { cwd: work, env: cleanEnv({ HOME: home }), encoding: "utf8" }).trim();
    if (got !== m.version) throw new Error(`${m.id}: installed ${m.bin} says ${got}, expected ${m.version}`);
  }

  // node-gyp reads the machine's Node.js headers from here, where npm is told of them, rather than downloading them.
  const baseEnv = cleanEnv({
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, ".config"),
    XDG_CACHE_HOME: path.join(home, ".cache"),
    XDG_DATA_HOME: path.join(home, ".local/share"),
    XDG_STATE_HOME: path.join(home, ".local/state"),
    ...(nodedir && { npm_config_nodedir: nodedir }),
  });

  // 5. Each manager: create, then lint, tests and the Dockerfile's frozen installs in the project.
  const rows = [];
  for (const m of managers) {
    const dir = path.join(work, "run", m.id);
    fs.mkdirSync(dir, { recursive: true });
    const env = { ...baseEnv, PATH: m.binDir ? `${m.binDir}${path.delimiter}${baseEnv.PATH}` : baseEnv.PATH };
    const app = path.join(dir, "app");
    const row = { id: m.id, version: m.version, steps: {}, problems: [], notes: [] };
    // pnpm 12 records its own pin (packageManagerDependencies) in pnpm-lock.yaml by resolving its release's
    // package for every platform. Where the registry lacks some, pnpm warns or fails the install (it varies
    // from run to run) and a frozen install refuses the lockfile: nothing to do with the starter, so such a
    // pnpm runs with pmOnFail=ignore, said under the table.
    if (m.bin === "pnpm") {
      const release = await fetch(`${registry}pnpm/${m.version}`).then((r) => r.json());
      const missing = [];
      for (const [name, version] of Object.entries(release.optionalDependencies ?? {})) {
        const meta = await fetch(`${registry}${name.replace("/", "%2f")}`).then((r) => (r.ok ? r.json() : null), () => null);
        if (!meta?.versions?.[version]) missing.push(name);
      }
      if (missing.length) {
        env.pnpm_config_pm_on_fail = "ignore";
        row.version += "*";
        row.notes.push(`${m.id}*: this registry lacks ${missing.length} of pnpm ${m.version}'s platform packages (${missing.join(", ")}), so pnpm cannot record its pin in pnpm-lock.yaml; run with pmOnFail=ignore`);
      }
    }
    rows.push(row);
    const fail = (step, why, log) => {
      row.steps[step] ??= { ok: false };
      row.steps[step].ok = false;
      row.problems.push(`${m.id} ${step}: ${why}${log ? `\n${tail(log)}` : ""}`);
    };
    say(`\n${m.id} ${m.version}: ${m.create[0]} ${m.create[1].join(" ")}`);

    // create; its install post-step is timed apart from the rest by the CLI's "Installing: ..." lines.
    const log = path.join(logs, `${m.id}-create.log`);
    let installStart;
    let installEnd;
    let installOk;
    const started = Date.now();
    const created = await run(...niced(...m.create), {
      cwd: dir,
      env,
      log,
      onLine: (line, at) => {
        if (/Installing: .* \.\.\.$/.test(line) && !installStart) installStart = at;
        const done = /Installing: .*: (done|failed)$/.exec(line);
        if (done) [installEnd, installOk] = [at, done[1] === "done"];
      },
    });
    const end = Date.now();
    row.steps.generate = { ok: fs.existsSync(path.join(app, "package.json")), seconds: ((installStart ?? end) - started) / 1000 };
    if (installStart) row.steps.install = { ok: !!installOk, seconds: ((installEnd ?? end) - installStart) / 1000 };
    if (!row.steps.generate.ok) {
      fail("generate", `exit ${created.code}`, log);
      continue;
    }
    if (!installStart) fail("install", "create did not run the install", log);
    else if (!installOk || created.code !== 0) fail("install", `create exited ${created.code}`, log);

    const manifest = JSON.parse(fs.readFileSync(path.join(app, ".create-any-backend.json"), "utf8"));
    if (manifest.answers.packageManager !== m.expect) fail("generate", `set up for ${manifest.answers.packageManager}, launched by ${m.expect}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"));
    if ((pkg.packageManager ?? "npm") !== m.expect) fail("generate", `package.json packageManager is ${pkg.packageManager}, launched by ${m.expect}`);
    const lockfile = path.join(app, m.lockfile);
    if (!fs.existsSync(lockfile)) fail("install", `no ${m.lockfile} (CI and the Dockerfile install from it)`);
    else if (/registry\.npmjs\.org|registry\.yarnpkg\.com/.test(fs.readFileSync(lockfile, "utf8"))) fail("install", `${m.lockfile} points at a registry other than verdaccio`);
    if (!row.steps.install?.ok) continue;

    for (const step of ["lint", "test"]) {
      const stepLog = path.join(logs, `${m.id}-${step}.log`);
      const r = await sh(manifest.commands[step], { cwd: app, env, log: stepLog });
      row.steps[step] = { ok: r.code === 0, seconds: r.seconds };
      if (r.code !== 0) fail(step, `${manifest.commands[step]} exited ${r.code}`, stepLog);
    }

    // The Dockerfile's dependency stages: from only the files it copies, the frozen install, then the production one.
    const lines = fs.readFileSync(path.join(app, "Dockerfile"), "utf8").split("\n");
    const copyAt = lines.findIndex((l) => /^COPY (?!--)/.test(l));
    const files = lines[copyAt].slice(5).trim().split(/\s+/).slice(0, -1);
    const frozen = lines.slice(copyAt + 1).find((l) => l.startsWith("RUN "))?.slice(4);
    const prodAt = lines.findIndex((l) => /^FROM deps AS prod-deps/i.test(l));
    const prod = prodAt >= 0 ? lines.slice(prodAt + 1).find((l) => l.startsWith("RUN "))?.slice(4) : undefined;
    const docker = path.join(dir, "docker");
    fs.mkdirSync(docker);
    const missing = files.filter((f) => !fs.existsSync(path.join(app, f)));
    const frozenLog = path.join(logs, `${m.id}-frozen.log`);
    if (missing.length) {
      row.steps.frozen = { ok: false };
      fail("frozen", `the Dockerfile copies ${missing.join(", ")}, which the project does not have`);
      continue;
    }
    for (const f of files) fs.copyFileSync(path.join(app, f), path.join(docker, f));
    let seconds = 0;
    let ok = true;
    for (const command of [frozen, prod].filter(Boolean)) {
      const r = await sh(command, { cwd: docker, env, log: frozenLog });
      seconds += r.seconds;
      if (r.code !== 0) {
        ok = false;
        fail("frozen", `${command} exited ${r.code}`, frozenLog);
        break;
      }
    }
    row.steps.frozen = { ok, seconds };
  }
  return rows;
}

function table(rows) {
  const steps = ["generate", "install", "lint", "test", "frozen"];
  const cell = (s) => (s ? `${s.ok ? "ok" : "FAIL"}${s.seconds !== undefined ? ` ${s.seconds.toFixed(0)}s` : ""}` : "-");
  const body = [["manager", "version", ...steps], ...rows.map((r) => [r.id, r.version, ...steps.map((s) => cell(r.steps[s]))])];
  const widths = body[0].map((_, i) => Math.max(...body.map((r) => r[i].length)));
  return body.map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}

let failed = true;
try {
  const rows = await main();
  stopVerdaccio();
  say("\nfrozen: the Dockerfile's install from the lockfile, then its production install, from the files it copies\n");
  say(table(rows));
  const problems = rows.flatMap((r) => r.problems);
  const incomplete = rows.filter((r) => ["generate", "install", "lint", "test", "frozen"].some((s) => !r.steps[s]?.ok));
  failed = problems.length > 0 || incomplete.length > 0;
  for (const n of rows.flatMap((r) => r.notes)) say(n);
  for (const p of problems) say(`\n${p}`);
} catch (err) {
  stopVerdaccio();
  say(`\n${err instanceof Error ? err.message : err}`);
}
if (failed || keep) say(`\nlogs and projects kept in ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
