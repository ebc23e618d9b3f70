import fs from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { CreateBackendError, badInput } from "../errors.js";
import type { Io } from "../io.js";
import type { Options } from "../schema/options.js";
import { validate } from "../validate.js";
import { parseBoundedJson, readBoundedText } from "../write/bounded-read.js";
import { hashFile, lstatOrUndefined, readRegularFile } from "../write/no-follow.js";
import { STATE_DIR } from "../write/project-path.js";
import { ProjectPath } from "../schema/manifest.js";
import { applyChanges, type Change } from "../write/safe-write.js";
import type { UndoResult } from "./result.js";

export type { UndoResult } from "./result.js";

const OperationRecord = z.strictObject({
  operation: z.string(),
  madeFolders: z.optional(z.array(ProjectPath)),
  backup: z.nullable(z.string().check(z.regex(new RegExp(`^${STATE_DIR.replace(".", "\\.")}/backup/[A-Za-z0-9-]+$`), `must be a folder of ${STATE_DIR}/backup/`))),
  changes: z.array(
    z.strictObject({
      // Any project path, the manifest included (it is written by every operation).
      path: ProjectPath,
      op: z.enum(["write", "remove"]),
      over: z.optional(z.enum(["absent", "file"])),
      sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    }),
  ),
});


/** The newest operation not yet undone: `.create-any-backend/operations/<stamp>.json`. */
function lastRecord(dir: string): string | undefined {
  const parent = path.join(dir, STATE_DIR, "operations");
  if (!lstatOrUndefined(parent)?.isDirectory()) return undefined;
  const last = fs.readdirSync(parent).filter((n) => n.endsWith(".json")).sort().at(-1);
  return last ? path.join(parent, last) : undefined;
}

/**
 * `undo [dir]`: restores the project as it was before the last operation (create --force, regenerate,
 * update, add/remove resource), from its backup; refuses, naming them, when files it wrote were changed since.
 */
export async function undo(options: Options, io: Io): Promise<UndoResult> {
  const dir = path.resolve(io.cwd, options.dir ?? ".");
  const file = lastRecord(dir);
  if (!file) throw badInput("directory", dir, "has no operation to undo", { hint: "undo restores what create --force, regenerate, update or add/remove resource last changed here" });
  const shown = path.relative(io.cwd, file) || file;
  const raw = parseBoundedJson(readBoundedText(file, { field: "operation record", given: shown, followLinks: false }), { field: "operation record", given: shown });
  const rec = validate(OperationRecord, raw, (p) => `${shown}: ${p.map(String).join(".")}`);

  const changed: string[] = [];
  const changes: Change[] = [];
  const restore: string[] = [];
  const remove: string[] = [];
  const backup = rec.backup === null ? undefined : path.join(dir, rec.backup);
  const copy = (rel: string) => (backup ? readRegularFile(path.join(backup, rel), Number.MAX_SAFE_INTEGER) : undefined);
  for (const c of [...rec.changes].reverse()) {
    const now = hashFile(path.join(dir, c.path));
    if (c.op === "write") {
      if (now !== c.sha256) changed.push(c.path);
      else if (c.over === "absent") changes.push({ op: "remove", path: c.path }), remove.push(c.path);
      else {
        const data = copy(c.path);
        if (!data) throw new CreateBackendError("failed", `the backup of ${c.path} is missing from ${rec.backup ?? "the backup"}: nothing was changed`);
        changes.push({ op: "write", path: c.path, data, over: "file" });
        restore.push(c.path);
      }
    } else {
      if (lstatOrUndefined(path.join(dir, c.path))) changed.push(c.path);
      else {
        const data = copy(c.path);
        if (!data) throw new CreateBackendError("failed", `the backup of ${c.path} is missing from ${rec.backup ?? "the backup"}: nothing was changed`);
        changes.push({ op: "write", path: c.path, data, over: "absent" });
        restore.push(c.path);
      }
    }
  }
  if (changed.length > 0)
    throw new CreateBackendError("bad-input", `cannot undo ${rec.operation}: changed since, so undoing would lose your work: ${changed.join(", ")}. Nothing was changed`, {
      field: "undo",
      given: changed,
    });
  const result: UndoResult = { directory: dir, operation: rec.operation, dryRun: options.dryRun, applied: false, restore: restore.sort(), remove: remove.sort() };
  if (options.dryRun) return result;
  if (io.ask && !options.yes && !(await io.ask.confirmUndo(result))) throw new CreateBackendError("cancelled", "cancelled: nothing was changed");
  applyChanges(dir, changes, { label: `undoing ${rec.operation}`, subject: "the project" });
  // The folders the operation made, deepest first, where nothing else has come into them since.
  for (const folder of [...(rec.madeFolders ?? [])].reverse()) {
    try {
      fs.rmdirSync(path.join(dir, folder));
    } catch {
      // not empty (something of yours is in it) or already gone: it stays
    }
  }
  // Undone: its record goes (the backup copies stay until the user deletes them), so a second undo reaches the one before.
  fs.renameSync(file, `${file}.undone`);
  return { ...result, applied: true };
}
