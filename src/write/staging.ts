import fs from "node:fs";
import path from "node:path";
import { CreateBackendError, badInput, failed } from "../errors.js";
import { onInterrupt } from "../interrupt.js";
import type { FileTree } from "../render/file-tree.js";
import { sha256 } from "./manifest.js";
import { BesideNames } from "./beside.js";
import { hashFile, lstatOrUndefined, probe, writeData } from "./no-follow.js";
import { applyChanges, assertProjectPath, backupStamp, type Change, type FaultHook } from "./safe-write.js";

export { backupStamp, type FaultHook };

export interface WriteResult {
  written: string[];
  /** Existing files that --force replaced, copied here first. */
  backupDir?: string;
  backedUp: string[];
  /** Paths the user owns as a link, folder or special file: the new version went beside them. */
  beside: { path: string; writeTo: string }[];
}

export function isEmptyDir(dir: string): boolean {
  return fs.readdirSync(dir).length === 0;
}

/**
 * The folder to write into: a link the user named as the target is theirs to
 * point where they like, so it is resolved once; nothing inside is followed.
 */
function resolveTarget(target: string): { root: string; exists: boolean } {
  const st = lstatOrUndefined(target);
  if (!st) return { root: target, exists: false };
  let root = target;
  if (st.isSymbolicLink()) {
    try {
      root = fs.realpathSync(target);
    } catch {
      throw badInput("directory", target, "is a symbolic link to something that does not exist");
    }
  }
  if (!fs.statSync(root).isDirectory()) throw badInput("directory", target, "exists and is not a folder");
  return { root, exists: true };
}

/**
 * Writes the whole tree at once. A new target: into a staging folder beside
 * it, then one rename; on any error or Ctrl-C the staging folder goes. An
 * existing folder (empty, or not empty with `force`) is written into, never
 * replaced: through the safe writer, which backs up every file it replaces
 * into `.create-any-backend/backup/<stamp>/` and undoes everything on failure.
 */
export async function writeTree(
  target: string,
  tree: FileTree,
  opts: { force: boolean; fault?: FaultHook; undoFault?: FaultHook; now?: Date },
): Promise<WriteResult> {
  for (const rel of tree.keys()) assertProjectPath(rel, "template output");
  const parent = path.dirname(target);
  const { root, exists } = fs.existsSync(parent) ? resolveTarget(target) : { root: target, exists: false };
  if (exists && !isEmptyDir(root) && !opts.force) {
    throw new CreateBackendError("target-not-empty", `directory: ${target} is not empty; pass --force to write into it (existing files are backed up first), or choose another folder`, {
      field: "directory",
      given: target,
    });
  }
  if (exists) return mergeInto(root, target, tree, opts);

  const staging = path.join(parent, `.${path.basename(target)}.create-any-backend-${process.pid}-${Date.now()}`);
  // A nested target (./sub/deep) gets its missing parents, as create-vite does; a failure takes them away again.
  const made: string[] = [];
  const cleanup = () => {
    fs.rmSync(staging, { recursive: true, force: true });
    for (const dir of [...made].reverse()) {
      try {
        fs.rmdirSync(dir); // only while empty: never anything someone else put there meanwhile
      } catch {
        // not ours to remove any more
      }
    }
  };
  const off = onInterrupt(cleanup);
  try {
    makeParents(parent, made);
    fs.mkdirSync(staging);
    let i = 0;
    for (const [rel, content] of tree) {
      const file = path.join(staging, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true }); // inside our own fresh folder
      writeData(file, content, tree.executable.has(rel));
      opts.fault?.(`write ${rel}`, i++);
    }
    fs.renameSync(staging, target);
  } catch (err) {
    cleanup();
    throw err instanceof CreateBackendError ? err : failed(`writing ${target} failed: ${(err as Error).message}`, err);
  } finally {
    off();
  }
  return { written: [...tree.keys()], backedUp: [], beside: [] };
}

/** Creates the missing folders down to `dir`, one by one, recording each in `made` (outermost first). */
function makeParents(dir: string, made: string[]): void {
  const missing: string[] = [];
  for (let d = dir; !fs.existsSync(d); d = path.dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (err) {
      throw badInput("directory", dir, `its parent folder ${d} cannot be created: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    made.push(d);
  }
}

/**
 * What `--force` does in an existing folder, decided before anything is
 * touched: a free path is written; a regular file is replaced (backed up
 * first) unless it already holds these bytes; a link, folder or special file
 * the user has there, or a path under one, gets the new version beside it.
 */
export function planInto(root: string, tree: FileTree): { changes: Change[]; written: string[]; beside: WriteResult["beside"] } {
  const changes: Change[] = [];
  const written: string[] = [];
  const beside: WriteResult["beside"] = [];
  const names = new BesideNames((p) => probe(root, p).kind !== "absent", tree.keys());
  for (const [rel, data] of tree) {
    const executable = tree.executable.has(rel);
    const seen = probe(root, rel);
    const onDisk = seen.kind === "file" ? hashOf(path.join(root, rel), seen.size, data.length) : undefined;
    if (seen.kind === "absent" || onDisk !== undefined) {
      // A file that already holds these bytes needs neither a write nor a backup.
      if (onDisk !== sha256(data)) changes.push({ op: "write", path: rel, data, executable, over: seen.kind === "absent" ? "absent" : "file" });
      written.push(rel);
      continue;
    }
    const writeTo = names.for(rel, seen.at);
    changes.push({ op: "write", path: writeTo, data, executable, over: "absent" });
    beside.push({ path: rel, writeTo });
    written.push(writeTo);
  }
  return { changes, written, beside };
}

/** The file's sha256 ("" when its size already differs), or undefined if it cannot be read: then it is left alone. */
function hashOf(file: string, size: number, newSize: number): string | undefined {
  if (size !== newSize) return "";
  try {
    return hashFile(file);
  } catch {
    return undefined;
  }
}

async function mergeInto(root: string, target: string, tree: FileTree, opts: { fault?: FaultHook; undoFault?: FaultHook; now?: Date }): Promise<WriteResult> {
  const { changes, written, beside } = planInto(root, tree);
  const r = applyChanges(root, changes, { label: `writing into ${target}`, subject: "the folder", hooks: opts, record: "create --force" });
  return { written, backedUp: r.backedUp, beside, ...(r.backupDir && { backupDir: r.backupDir }) };
}
