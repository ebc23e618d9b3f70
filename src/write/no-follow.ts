import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ancestorsOf } from "./project-path.js";

/**
 * File-system primitives that never follow a symbolic link and never open
 * anything but a regular file: a link in a project is the user's file, and a
 * FIFO or device must never be read (a FIFO blocks forever, /dev/zero never ends).
 */

export type Kind = "file" | "folder" | "symlink" | "special";

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
/** Chunk for streamed reads: hashing or copying a big file costs this much memory, not its size. */
const CHUNK = 1 << 20;

export function kindOf(st: fs.Stats): Kind {
  if (st.isSymbolicLink()) return "symlink";
  if (st.isDirectory()) return "folder";
  if (st.isFile()) return "file";
  return "special";
}

const code = (err: unknown) => (err as NodeJS.ErrnoException)?.code;

/** lstat, or undefined when nothing is there. Other errors (EACCES, ELOOP...) propagate. */
export function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch (err) {
    if (code(err) === "ENOENT" || code(err) === "ENOTDIR") return undefined;
    throw err;
  }
}

/**
 * What stands at `rel` under `root`, looking at each segment with lstat: a
 * segment that is not a real folder (a link, a file, a FIFO) blocks the path,
 * and `at` names it. Something that cannot even be inspected counts as special:
 * what we cannot see, we do not touch.
 */
export type Probe = { kind: "absent" } | { kind: Kind; size: number; at: string } | { kind: "blocked"; by: Kind; at: string };

export function probe(root: string, rel: string): Probe {
  try {
    for (const dir of ancestorsOf(rel)) {
      const st = lstatOrUndefined(path.join(root, dir));
      if (!st) return { kind: "absent" };
      if (!st.isDirectory()) return { kind: "blocked", by: kindOf(st), at: dir };
    }
    const st = lstatOrUndefined(path.join(root, rel));
    return st ? { kind: kindOf(st), size: st.size, at: rel } : { kind: "absent" };
  } catch {
    return { kind: "special", size: 0, at: rel };
  }
}

/** Opens a regular file for reading, or returns undefined if the path is anything else. */
function openRegular(file: string): { fd: number; stat: fs.Stats } | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (err) {
    if (["ELOOP", "ENOENT", "ENOTDIR", "ENXIO", "EISDIR"].includes(code(err) ?? "")) return undefined;
    throw err;
  }
  const stat = fs.fstatSync(fd);
  if (stat.isFile()) return { fd, stat };
  fs.closeSync(fd);
  return undefined;
}

/** sha256 of a regular file, streamed in chunks; undefined for anything that is not one. */
export function hashFile(file: string): string | undefined {
  const opened = openRegular(file);
  if (!opened) return undefined;
  const hash = createHash("sha256");
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    for (let n; (n = fs.readSync(opened.fd, buf, 0, CHUNK, null)) > 0; ) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(opened.fd);
  }
  return hash.digest("hex");
}

/** A regular file's bytes, read without following a link; undefined for anything else or when larger than `limit`. */
export function readRegularFile(file: string, limit: number): Buffer | undefined {
  const opened = openRegular(file);
  if (!opened) return undefined;
  try {
    if (opened.stat.size > limit) return undefined;
    return fs.readFileSync(opened.fd);
  } finally {
    fs.closeSync(opened.fd);
  }
}

/** Creates `file`, which must not exist (not even as a dangling link), and writes `data` into it. */
export function writeNewFile(file: string, data: Buffer | ((fd: number) => void), mode = 0o666): void {
  const fd = fs.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode);
  try {
    if (typeof data === "function") data(fd);
    else for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
    throw err;
  }
  fs.closeSync(fd);
}

/** Copies a regular file (bytes and permission bits) to a new file; refuses anything else. */
export function copyRegularFile(from: string, to: string): void {
  const opened = openRegular(from);
  if (!opened) throw Object.assign(new Error(`${from} is not a regular file`), { code: "ENOTFILE" });
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    writeNewFile(
      to,
      (fd) => {
        for (let n; (n = fs.readSync(opened.fd, buf, 0, CHUNK, null)) > 0; ) for (let off = 0; off < n; ) off += fs.writeSync(fd, buf, off, n - off);
        fs.fchmodSync(fd, opened.stat.mode & 0o7777);
      },
      0o600,
    );
  } finally {
    fs.closeSync(opened.fd);
  }
}

let tempCounter = 0;
/** A fresh name beside `file` for writing before a rename. */
function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file).slice(0, 200)}.cab-${process.pid}-${++tempCounter}.tmp`);
}

/**
 * Puts new content at `file` by writing a temporary file beside it and renaming
 * it over: a rename replaces a link itself, never what it points to, and the
 * old content stays whole until the new one is complete.
 */
export function replaceFile(file: string, write: (tmp: string) => void): void {
  const tmp = tempBeside(file);
  try {
    write(tmp);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes `data` with the mode a starter file gets: executable (0755) or the umask's default. */
export function writeData(file: string, data: Buffer, executable: boolean): void {
  writeNewFile(file, (fd) => {
    for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off);
    if (executable) fs.fchmodSync(fd, 0o755);
  });
}

/** Removes a regular file, refusing if the path now holds anything else. */
export function removeRegularFile(file: string): void {
  const st = lstatOrUndefined(file);
  if (!st) return;
  if (!st.isFile()) throw Object.assign(new Error(`${file} is no longer a regular file; left alone`), { code: "ENOTFILE" });
  fs.unlinkSync(file);
}

/** Makes one folder level; an existing real folder is fine, anything else there is an error. */
export function makeFolder(dir: string): boolean {
  const st = lstatOrUndefined(dir);
  if (st?.isDirectory()) return false;
  if (st) throw Object.assign(new Error(`${dir} is not a folder (${kindOf(st)})`), { code: "ENOTDIR" });
  fs.mkdirSync(dir);
  return true;
}

/** True for a real (not linked) folder with nothing in it. */
export function isEmptyRealFolder(dir: string): boolean {
  const st = lstatOrUndefined(dir);
  return st !== undefined && st.isDirectory() && fs.readdirSync(dir).length === 0;
}
