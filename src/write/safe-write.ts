import fs from "node:fs";
import path from "node:path";
import { CreateBackendError, badInput, failed } from "../errors.js";
import { onInterrupt } from "../interrupt.js";
import { Journal, type FaultHook, type UndoFailure } from "./journal.js";
import { copyRegularFile, isEmptyRealFolder, kindOf, lstatOrUndefined, makeFolder, probe, removeRegularFile, replaceFile, writeData, writeNewFile } from "./no-follow.js";
import { STATE_DIR, ancestorsOf, pathProblem } from "./project-path.js";
import { sha256 } from "./manifest.js";

/**
 * The one way `create --force` and `regenerate` change files inside an
 * existing project. Every path is checked against the project root; nothing is
 * followed through a link; every replaced or removed file is copied to a
 * backup first; every step is journaled, and a failure (or Ctrl-C) undoes them
 * all, newest first.
 */

export type { FaultHook } from "./journal.js";

/** One change to make. `over` says what the plan saw at the path: a write never lands on anything else. */
export type Change =
  | { op: "write"; path: string; data: Buffer; executable?: boolean; over: "absent" | "file" }
  | { op: "remove"; path: string; pruneFolders?: boolean };

/** For tests: fail after a step (`fault`), fail an undo step (`undoFault`), fix the backup folder's stamp (`now`). */
export interface WriteHooks {
  fault?: FaultHook;
  undoFault?: FaultHook;
  now?: Date;
}

/** One operation's changes as `undo` reads them: each write with the hash it left, each removal. */
export interface OperationRecord {
  operation: string;
  /** The backup folder of the files it replaced or removed, relative to the project; null when none was needed. */
  backup: string | null;
  /** Folders it made for what it wrote: undo takes them away again once empty, and no other folder. */
  madeFolders?: string[];
  changes: { path: string; op: "write" | "remove"; over?: "absent" | "file"; sha256?: string }[];
}

export interface ApplyResult {
  /** Where replaced and removed files were copied; absent when nothing needed a copy. */
  backupDir?: string;
  backedUp: string[];
}

/** Refuses (exit 2, naming it) a path outside the project, under `.git/` or the state folder. */
export function assertProjectPath(rel: string, field = "path"): void {
  const problem = pathProblem(rel);
  if (problem) throw badInput(field, rel, problem);
}

export function backupStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

const describe = (kind: string) => (kind === "file" ? "a file" : kind === "absent" ? "nothing" : kind === "folder" ? "a folder" : kind === "symlink" ? "a symbolic link" : kind === "blocked" ? "under a link or a file" : "a special file");

/**
 * The backup folder, `.create-any-backend/backup/<stamp>/`, made on the first
 * copy. Everything it makes is recorded, so a fully undone run removes it again.
 */
class Backup {
  dir?: string;
  readonly files: string[] = [];
  private made: string[] = [];

  constructor(
    private readonly root: string,
    private readonly now?: Date,
  ) {}

  private open(): string {
    if (this.dir) return this.dir;
    const state = path.join(this.root, STATE_DIR);
    if (makeFolder(state)) this.made.push(state);
    const ignore = path.join(state, ".gitignore");
    // Keeps backups out of the project's git history without editing its .gitignore.
    if (!lstatOrUndefined(ignore)) {
      writeNewFile(ignore, Buffer.from("# create-any-backend backups: not part of the project\n*\n"));
      this.made.push(ignore);
    }
    const parent = path.join(state, "backup");
    if (makeFolder(parent)) this.made.push(parent);
    const stamp = backupStamp(this.now);
    for (let i = 1; ; i++) {
      const dir = path.join(parent, i === 1 ? stamp : `${stamp}-${i}`);
      try {
        fs.mkdirSync(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EEXIST") continue;
        throw err;
      }
      this.made.push(dir);
      return (this.dir = dir);
    }
  }

  /** Copies the project's regular file `rel` into the backup; returns the copy's path. */
  save(rel: string): string {
    const to = path.join(this.open(), rel);
    fs.mkdirSync(path.dirname(to), { recursive: true }); // inside a folder made just now: nothing here is the user's
    copyRegularFile(path.join(this.root, rel), to);
    this.files.push(rel);
    return to;
  }

  /** What was done, for `undo`: `.create-any-backend/operations/<stamp>.json`, naming the backup folder if one was made. */
  writeRecord(record: Omit<OperationRecord, "backup">): string {
    const state = path.join(this.root, STATE_DIR);
    if (makeFolder(state)) this.made.push(state);
    const parent = path.join(state, "operations");
    if (makeFolder(parent)) this.made.push(parent);
    const stamp = this.dir ? path.basename(this.dir) : backupStamp(this.now);
    const full: OperationRecord = { ...record, backup: this.dir ? path.relative(this.root, this.dir) : null };
    for (let i = 1; ; i++) {
      const file = path.join(parent, `${i === 1 ? stamp : `${stamp}-${i}`}.json`);
      if (lstatOrUndefined(file)) continue;
      writeNewFile(file, Buffer.from(`${JSON.stringify(full, null, 2)}\n`));
      return file;
    }
  }

  /** After a complete undo: the copies are not needed, and nothing we made may stay behind. */
  discard(): void {
    for (const p of this.made.reverse()) fs.rmSync(p, { recursive: true, force: true });
    this.made = [];
    this.dir = undefined;
  }
}

/** Refuses a state folder that is a link or a file: backups would go through it. */
function checkStateFolder(root: string): void {
  for (const rel of [STATE_DIR, `${STATE_DIR}/backup`, `${STATE_DIR}/operations`]) {
    const st = lstatOrUndefined(path.join(root, rel));
    if (st && !st.isDirectory())
      throw badInput(rel, rel, `is ${describe(kindOf(st))}, not a folder: backups of replaced files go there, and it is never followed`, {
        hint: "move it out of the way and run again; nothing was changed",
      });
  }
}

/** What the plan saw must still be there; else nothing is touched (someone changed the project meanwhile). */
function checkUnchanged(root: string, c: Change): void {
  const now = probe(root, c.path).kind;
  const expected = c.op === "remove" ? "file" : c.over;
  if (now !== expected) throw failed(`${c.path} is ${describe(now)} now, where ${describe(expected)} was planned; nothing was changed: run again`);
}

const restoreFrom = (copy: string, file: string) => () => replaceFile(file, (tmp) => copyRegularFile(copy, tmp));

function applyOne(root: string, c: Change, journal: Journal, backup: Backup, madeFolders: string[] = []): void {
  const file = path.join(root, c.path);
  if (c.op === "remove") {
    const copy = backup.save(c.path);
    removeRegularFile(file);
    journal.done(`remove ${c.path}`, `restore ${c.path}`, restoreFrom(copy, file));
    if (c.pruneFolders) {
      for (const dir of ancestorsOf(c.path).reverse()) {
        const abs = path.join(root, dir);
        if (!isEmptyRealFolder(abs)) break;
        fs.rmdirSync(abs);
        journal.done(`remove folder ${dir}`, `recreate folder ${dir}`, () => fs.mkdirSync(abs));
      }
    }
    return;
  }
  for (const dir of ancestorsOf(c.path)) {
    const abs = path.join(root, dir);
    if (makeFolder(abs)) {
      madeFolders.push(dir);
      journal.done(`make folder ${dir}`, `remove folder ${dir}`, () => fs.rmdirSync(abs));
    }
  }
  const st = lstatOrUndefined(file);
  if (!st) {
    writeData(file, c.data, c.executable === true); // O_EXCL: fails if anything appeared there
    journal.done(`write ${c.path}`, `remove ${c.path}`, () => removeRegularFile(file));
  } else if (st.isFile() && c.over === "file") {
    const copy = backup.save(c.path);
    replaceFile(file, (tmp) => writeData(tmp, c.data, c.executable === true));
    journal.done(`replace ${c.path}`, `restore ${c.path}`, restoreFrom(copy, file));
  } else {
    throw new Error(`${c.path} is ${describe(kindOf(st))} now; left alone`);
  }
}

function failureError(err: unknown, failures: UndoFailure[], backupDir: string | undefined, what: { label: string; subject: string }): CreateBackendError {
  const cause = (err as Error)?.message ?? String(err);
  if (failures.length === 0) return failed(`${what.label} failed and was undone; ${what.subject} is as it was: ${cause}`, err);
  const list = failures.map((f) => `could not ${f.what} (${f.reason})`).join("; ");
  const kept = backupDir ? ` The files it replaced or removed are kept in ${backupDir}.` : "";
  return failed(`${what.label} failed: ${cause}. Undoing it: ${list}; every other step was undone.${kept}`, err);
}

/**
 * Applies `changes` under `root`, all or nothing. Paths are refused before
 * anything is touched (exit 2); a failure part way is undone and reported
 * (exit 1): if the undo itself cannot finish, it still undoes every other
 * step, keeps the backup, and says what is left and where the copies are.
 */
export function applyChanges(
  root: string,
  changes: readonly Change[],
  what: { label: string; subject: string; hooks?: WriteHooks; record?: string },
): ApplyResult {
  for (const c of changes) assertProjectPath(c.path);
  for (const c of changes) checkUnchanged(root, c);
  if (what.record || changes.some((c) => c.op === "remove" || c.over === "file")) checkStateFolder(root);

  const journal = new Journal(what.hooks);
  const backup = new Backup(root, what.hooks?.now);
  const undo = (): UndoFailure[] => {
    const failures = journal.undo();
    if (failures.length === 0) {
      try {
        backup.discard();
      } catch {
        // only our own copies are left; the project itself is as it was
      }
    }
    return failures;
  };
  const off = onInterrupt(() => void undo());
  try {
    const madeFolders: string[] = [];
    for (const c of changes) applyOne(root, c, journal, backup, madeFolders);
    if (what.record) {
      const record: Omit<OperationRecord, "backup"> = {
        operation: what.record,
        madeFolders,
        changes: changes.map((c) => (c.op === "write" ? { path: c.path, op: "write", over: c.over, sha256: sha256(c.data) } : { path: c.path, op: "remove" })),
      };
      const file = backup.writeRecord(record);
      journal.done("record the operation", "remove its record", () => fs.rmSync(file, { force: true }));
    }
  } catch (err) {
    const backupDir = backup.dir;
    throw failureError(err, undo(), backupDir, what);
  } finally {
    off();
  }
  return { ...(backup.dir && backup.files.length > 0 && { backupDir: backup.dir }), backedUp: backup.files };
}
