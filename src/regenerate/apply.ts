import fs from "node:fs";
import path from "node:path";
import { failed } from "../errors.js";
import { onInterrupt } from "../interrupt.js";
import { writeTreeFile, type FileTree } from "../render/file-tree.js";
import { assertInside } from "../render/paths.js";
import { MANIFEST_FILE } from "../schema/manifest.js";
import type { PlanEntry } from "../schema/plan.js";
import { backupStamp } from "../write/staging.js";
import { STATE_DIR } from "./scan.js";

export type FaultHook = (step: string, index: number) => void;

/**
 * Applies a plan with a journal: every replaced or removed file (and the old
 * manifest) is copied to the backup folder first; if any step fails or the
 * user interrupts, everything done so far is undone and the project is as it
 * was, byte for byte.
 */
export function applyPlan(
  dir: string,
  plan: PlanEntry[],
  next: FileTree,
  manifest: Buffer,
  opts: { now?: Date; fault?: FaultHook; oldManifest?: string } = {},
): { backupDir: string } {
  const oldManifest = opts.oldManifest ?? MANIFEST_FILE;
  const stateDir = path.join(dir, STATE_DIR);
  const stateExisted = fs.existsSync(stateDir);
  const backupDir = path.join(stateDir, "backup", backupStamp(opts.now));
  const written: string[] = [];
  const createdDirs: string[] = [];
  const backedUp: string[] = [];
  let step = 0;
  const tick = (label: string) => opts.fault?.(label, step++);

  const mkdirs = (file: string) => {
    const missing: string[] = [];
    for (let d = path.dirname(file); !fs.existsSync(d); d = path.dirname(d)) missing.push(d);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    createdDirs.push(...missing.reverse());
  };
  const rollback = () => {
    for (const rel of written.reverse()) fs.rmSync(path.join(dir, rel), { force: true });
    for (const rel of backedUp) {
      const to = path.join(dir, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(backupDir, rel), to);
    }
    for (const d of createdDirs.reverse()) if (fs.existsSync(d) && fs.readdirSync(d).length === 0) fs.rmdirSync(d);
    if (stateExisted) fs.rmSync(backupDir, { recursive: true, force: true });
    else fs.rmSync(stateDir, { recursive: true, force: true });
  };
  const off = onInterrupt(rollback);
  try {
    // 1. back up what will change
    const toBackUp = [...plan.filter((e) => e.action === "replace" || e.action === "remove").map((e) => e.path), ...new Set([MANIFEST_FILE, oldManifest])];
    for (const rel of toBackUp) {
      if (!fs.existsSync(path.join(dir, rel))) continue;
      const to = path.join(backupDir, rel);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(dir, rel), to);
      backedUp.push(rel);
      tick(`backup ${rel}`);
    }
    // Keeps backups out of the project's git history without editing its .gitignore.
    const ignore = path.join(stateDir, ".gitignore");
    if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, "# create-any-backend backups: not part of the project\n*\n");

    // 2. write the new starter's files
    for (const e of plan) {
      if (e.action !== "add" && e.action !== "replace" && e.action !== "conflict") continue;
      const rel = e.action === "conflict" ? e.writeTo! : e.path;
      assertInside(rel);
      const file = path.join(dir, rel);
      mkdirs(file);
      if (e.action !== "replace") written.push(rel);
      writeTreeFile(dir, next, e.path, rel);
      tick(`write ${rel}`);
    }
    // 3. remove the old starter's untouched files, and folders they leave empty
    for (const e of plan.filter((x) => x.action === "remove")) {
      fs.rmSync(path.join(dir, e.path));
      tick(`remove ${e.path}`);
    }
    for (const e of plan.filter((x) => x.action === "remove")) {
      for (let d = path.dirname(path.join(dir, e.path)); d !== dir && fs.existsSync(d) && fs.readdirSync(d).length === 0; d = path.dirname(d)) fs.rmdirSync(d);
    }
    // 4. the new manifest, last: until it lands, the old one describes the project
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), manifest);
    written.push(MANIFEST_FILE);
    tick("manifest");
    // A 0.1.0 manifest is renamed: the new one replaces it (its copy is in the backup).
    if (oldManifest !== MANIFEST_FILE) fs.rmSync(path.join(dir, oldManifest), { force: true });
  } catch (err) {
    rollback();
    throw failed(`switching failed and was undone; the project is as it was: ${(err as Error).message}`, err);
  } finally {
    off();
  }
  return { backupDir };
}
