import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const CLI = path.join(REPO, "bin", "create-any-backend.js");

/** Runs the built CLI the way CI does: no stdin, CI=true. */
export function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", input: "", env: { ...process.env, CI: "true", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tmp = (prefix = "cb-") => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Every path and its bytes under dir: to prove a failed run changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) {
        out[`${child}/`] = "dir";
        walk(child);
      } else out[child] = fs.readFileSync(path.join(dir, child)).toString("base64");
    }
  };
  walk("");
  return out;
}
