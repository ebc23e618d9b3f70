import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { runContract } from "../contract/contract.js";
import { syntaxCheck } from "./syntax.js";

export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const CLI = path.join(REPO, "bin", "create-any-backend.js");

export type Outcome = "passed" | "failed" | "missing toolchain" | "syntax checked, not run here";
export interface Row {
  framework: string;
  generate: string;
  install: string;
  ownTests: string;
  /** Seconds from the start command to the first 200 from /health. */
  start: string;
  contract: string;
  seconds: number;
  outcome: Outcome;
  detail?: string;
}

interface Manifest { framework: string; commands: { install: string; test: string; start: string }; port: number; files: Record<string, string> }

export const have = (tool: string) => spawnSync("sh", ["-c", `command -v ${JSON.stringify(tool)}`]).status === 0;

/** Environment for starters: shared caches so repeated runs do not rebuild the world. */
export function starterEnv(id: string): NodeJS.ProcessEnv {
  const cache = path.join(os.homedir(), ".cache", "create-any-backend");
  return {
    ...process.env,
    CI: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? path.join(cache, "cargo-target", id),
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
  };
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

/** Starts the manifest's start command on a free port, runs the contract suite, stops it. */
export async function serveAndCheck(dir: string, m: Manifest, env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const child = spawn("sh", ["-c", m.commands.start], { cwd: dir, env: { ...env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let exited = false;
  child.on("exit", () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  const launched = Date.now();
  try {
    const up = await waitForHealth(base, 180_000, () => exited);
    const startSeconds = (Date.now() - launched) / 1000;
    if (!up) return { ok: false, startSeconds, summary: "server did not answer /health", detail: log.slice(-2000) };
    const results = await runContract(base);
    const failed = results.filter((r) => !r.ok);
    return {
      ok: failed.length === 0,
      startSeconds,
      summary: `${results.length - failed.length}/${results.length}`,
      detail: failed.map((f) => `${f.name}: ${f.error}`).join("\n"),
    };
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 300));
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
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

/** The whole check for one generated (or switched) project folder. */
export async function verifyProject(id: string, dir: string, toolchain: string[], verification: "run" | "syntax", started = Date.now()): Promise<Row> {
  const row: Row = { framework: id, generate: "ok", install: "-", ownTests: "-", start: "-", contract: "-", seconds: 0, outcome: "failed" };
  const finish = (outcome: Outcome, detail?: string): Row => ({ ...row, outcome, ...(detail && { detail }), seconds: Math.round((Date.now() - started) / 1000) });
  const m = readManifest(dir);
  if (verification === "syntax") {
    const rep = syntaxCheck(dir, Object.keys(m.files));
    if (rep.missingTools.length > 0) return finish("missing toolchain", `parsers not installed: ${rep.missingTools.join(", ")}`);
    row.ownTests = "not run";
    row.contract = "not run";
    row.install = `parsed ${rep.checked} files`;
    if (rep.failures.length > 0) return finish("failed", rep.failures.map((f) => `${f.file}: ${f.out}`).join("\n"));
    return finish("syntax checked, not run here");
  }
  const missing = toolchain.filter((t) => !have(t));
  if (missing.length > 0) return finish("missing toolchain", missing.join(", "));
  const env = starterEnv(id);
  const install = runStep(m.commands.install, dir, env, 30 * 60_000);
  row.install = `${install.ok ? "ok" : "FAIL"} ${install.seconds.toFixed(0)}s`;
  if (!install.ok) return finish("failed", install.out.slice(-3000));
  const test = runStep(m.commands.test, dir, env, 20 * 60_000);
  row.ownTests = `${test.ok ? "ok" : "FAIL"} ${test.seconds.toFixed(0)}s${countTests(test.out)}`;
  if (!test.ok) return finish("failed", test.out.slice(-3000));
  const served = await serveAndCheck(dir, m, env);
  row.start = `${served.startSeconds.toFixed(1)}s`;
  row.contract = served.summary;
  return served.ok ? finish("passed") : finish("failed", served.detail);
}

/** Best effort: the number of tests the native runner reports, for the table. */
function countTests(raw: string): string {
  const out = raw.replace(/\x1b\[[0-9;]*m/g, "");
  const patterns = [
    /^\s*Tests\s+(\d+) passed/m, // vitest
    /# pass (\d+)/, // node:test
    /(\d+) passed/, // pytest
    /Tests run: (\d+), Failures: 0/, // surefire
    /test result: ok\. (\d+) passed/, // cargo (first crate)
  ];
  for (const p of patterns) {
    const m = out.match(p);
    if (m) return ` (${m[1]} tests)`;
  }
  const go = out.match(/^ok\s/gm);
  return go ? ` (${go.length} go pkgs)` : "";
}
