import fs from "node:fs";
import path from "node:path";
import { CreateBackendError, badInput, failed } from "../errors.js";
import { onInterrupt } from "../interrupt.js";
import { writeTreeFile, type FileTree } from "../render/file-tree.js";
import { assertInside } from "../render/paths.js";

export interface WriteResult {
  written: string[];
  /** Existing files that --force replaced, copied here first. */
  backupDir?: string;
  backedUp: string[];
}

/** For tests: called after each file lands, to simulate a failure half way. */
export type FaultHook = (file: string, index: number) => void;

export function isEmptyDir(dir: string): boolean {
  return fs.readdirSync(dir).length === 0;
}

export function backupStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

async function writeFiles(root: string, tree: FileTree, fault?: FaultHook): Promise<void> {
  let i = 0;
  for (const rel of tree.keys()) {
    writeTreeFile(root, tree, rel);
    fault?.(rel, i++);
  }
}

/**
 * Writes the whole tree at once: into a staging folder beside the target, then
 * one rename. On any error or Ctrl-C the staging folder goes and the target is
 * as it was. A non-empty target needs `force`; then every file we would
 * overwrite is first copied to `.create-any-backend/backup/<stamp>/`, and a failure
 * part way puts the old files back.
 */
export async function writeTree(
  target: string,
  tree: FileTree,
  opts: { force: boolean; fault?: FaultHook; now?: Date },
): Promise<WriteResult> {
  const parent = path.dirname(target);
  if (!fs.existsSync(parent)) throw badInput("directory", target, `its parent folder ${parent} does not exist`);
  const exists = fs.existsSync(target);
  if (exists && !fs.statSync(target).isDirectory()) throw badInput("directory", target, "exists and is not a folder");
  if (exists && !isEmptyDir(target) && !opts.force) {
    throw new CreateBackendError("target-not-empty", `directory: ${target} is not empty; pass --force to write into it (existing files are backed up first), or choose another folder`, {
      field: "directory",
      given: target,
    });
  }
  if (exists && !isEmptyDir(target)) return mergeInto(target, tree, opts);

  const staging = path.join(parent, `.${path.basename(target)}.create-any-backend-${process.pid}-${Date.now()}`);
  const cleanup = () => fs.rmSync(staging, { recursive: true, force: true });
  const off = onInterrupt(cleanup);
  try {
    await writeFiles(staging, tree, opts.fault);
    if (exists) fs.rmdirSync(target);
    fs.renameSync(staging, target);
  } catch (err) {
    cleanup();
    if (exists && !fs.existsSync(target)) fs.mkdirSync(target);
    throw err instanceof CreateBackendError ? err : failed(`writing ${target} failed: ${(err as Error).message}`, err);
  } finally {
    off();
  }
  return { written: [...tree.keys()], backedUp: [] };
}

async function mergeInto(target: string, tree: FileTree, opts: { fault?: FaultHook; now?: Date }): Promise<WriteResult> {
  const backupDir = path.join(target, ".create-any-backend", "backup", backupStamp(opts.now));
  const backedUp: string[] = [];
  const created: string[] = [];
  const restore = () => {
    for (const rel of created) fs.rmSync(path.join(target, rel), { force: true });
    for (const rel of backedUp) fs.copyFileSync(path.join(backupDir, rel), path.join(target, rel));
  };
  const off = onInterrupt(restore);
  try {
    let i = 0;
    for (const [rel, content] of tree) {
      assertInside(rel);
      const file = path.join(target, rel);
      if (fs.existsSync(file)) {
        if (fs.readFileSync(file).equals(content)) continue;
        fs.mkdirSync(path.dirname(path.join(backupDir, rel)), { recursive: true });
        fs.copyFileSync(file, path.join(backupDir, rel));
        backedUp.push(rel);
      } else {
        created.push(rel);
      }
      writeTreeFile(target, tree, rel);
      opts.fault?.(rel, i++);
    }
  } catch (err) {
    restore();
    throw err instanceof CreateBackendError ? err : failed(`writing into ${target} failed: ${(err as Error).message}; restored it`, err);
  } finally {
    off();
  }
  return { written: [...tree.keys()], backedUp, ...(backedUp.length > 0 && { backupDir }) };
}
