import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { cli, tmp } from "./helpers.js";

/**
 * Every path under `dir` as lstat sees it, never following a link or opening a
 * FIFO: a regular file is its sha256 and permission bits, a link its target.
 * Equal before and after a run means the run changed nothing there.
 */
export function lsnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const abs = path.join(dir, child);
      const st = fs.lstatSync(abs);
      if (st.isSymbolicLink()) out[child] = `link → ${fs.readlinkSync(abs)}`;
      else if (st.isDirectory()) {
        out[`${child}/`] = "folder";
        walk(child);
      } else if (st.isFile()) out[child] = `${(st.mode & 0o777).toString(8)} ${st.size > 1 << 24 ? `size ${st.size}` : createHash("sha256").update(fs.readFileSync(abs)).digest("hex")}`;
      else out[child] = "special";
    }
  };
  walk("");
  return out;
}

export const MANIFEST = ".create-any-backend.json";

/** A generated project, made once per framework and copied for each test (generating costs a process). */
const bases = new Map<string, string>();
export function project(framework = "express"): string {
  let base = bases.get(framework);
  if (!base) {
    const parent = tmp("cb-base-");
    const r = cli(["app", "--framework", framework, "--yes", "--no-install", "--no-git"], parent);
    if (r.code !== 0) throw new Error(r.stderr);
    base = path.join(parent, "app");
    // As a project from before databases: then it switches to any framework, whichever have a database layer yet.
    const file = path.join(base, MANIFEST);
    const m = JSON.parse(fs.readFileSync(file, "utf8"));
    delete m.answers.database;
    fs.writeFileSync(file, JSON.stringify(m, null, 2));
    bases.set(framework, base);
  }
  // A sandbox per test: the project and, beside it, an "outside" world that must never change.
  const sandbox = tmp("cb-hostile-");
  const dir = path.join(sandbox, "app");
  fs.cpSync(base, dir, { recursive: true });
  fs.mkdirSync(path.join(sandbox, "outside", "dir"), { recursive: true });
  fs.writeFileSync(path.join(sandbox, "outside", "victim.txt"), "victim\n");
  fs.writeFileSync(path.join(sandbox, "outside", "dir", "keep.txt"), "keep\n");
  return dir;
}

export const outsideOf = (dir: string) => path.join(path.dirname(dir), "outside");
export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

export function readManifestJson(dir: string, name = MANIFEST) {
  return JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
}

/** Rewrites the project's manifest through `edit`. */
export function tamper(dir: string, edit: (m: { framework: string; answers: Record<string, unknown>; files: Record<string, string> }) => void, name = MANIFEST): void {
  const m = readManifestJson(dir, name);
  edit(m);
  fs.writeFileSync(path.join(dir, name), JSON.stringify(m, null, 2));
}

export function mkfifo(file: string): void {
  const r = spawnSync("mkfifo", [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

/** Whether `chattr +i` works here (root on ext4 and the like): then an immutable file really cannot be removed. */
export function immutableWorks(): boolean {
  const f = path.join(tmp("cb-chattr-"), "probe");
  fs.writeFileSync(f, "x");
  if (spawnSync("chattr", ["+i", f]).status !== 0) return false;
  let stuck = false;
  try {
    fs.unlinkSync(f);
  } catch {
    stuck = true;
  }
  spawnSync("chattr", ["-i", f]);
  return stuck;
}

export function chattr(flag: "+i" | "-i", file: string): void {
  const r = spawnSync("chattr", [flag, file]);
  if (r.status !== 0) throw new Error(`chattr ${flag} ${file} failed: ${r.stderr}`);
}
