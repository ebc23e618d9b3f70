import fs from "node:fs";
import { badInput } from "../errors.js";
import { kindOf } from "./no-follow.js";

/**
 * Reading an input file (`--config`, a project's manifest) with bounds: only a
 * regular file, at most a size limit, nested no deeper than a sane depth. A
 * FIFO would block forever, /dev/zero never ends, and a 10^5-deep array
 * overflows the stack of whatever walks it; each is a clear exit 2 instead.
 */

/** Far above any real answers file or manifest (a few KB). */
export const MAX_INPUT_BYTES = 1 << 20;
/** Far above any real answers file or manifest (3 or 4 levels). */
export const MAX_JSON_DEPTH = 64;

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
const KIND_NAMES = { folder: "a folder", symlink: "a symbolic link", special: "a special file (FIFO, socket or device)", file: "a file" } as const;

/**
 * The text of `file`, which must be a regular file of at most `limit` bytes.
 * `followLinks: false` refuses a link too (a manifest inside a project is read
 * only if it is really there). Errors name `field` and show `given`.
 */
export function readBoundedText(file: string, opts: { field: string; given: string; followLinks: boolean; limit?: number }): string {
  const limit = opts.limit ?? MAX_INPUT_BYTES;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK | (opts.followLinks ? 0 : O_NOFOLLOW));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOOP" && !opts.followLinks) throw badInput(opts.field, opts.given, "is a symbolic link; only a regular file is read, never followed");
    if (code === "ENXIO") throw badInput(opts.field, opts.given, `is ${KIND_NAMES.special}, not a regular file`);
    throw badInput(opts.field, opts.given, `cannot be read (${code ?? (err as Error).message})`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw badInput(opts.field, opts.given, `is ${KIND_NAMES[kindOf(st)]}, not a regular file`);
    if (st.size > limit) throw badInput(opts.field, opts.given, `is ${st.size} bytes, larger than the ${limit}-byte limit for this file`);
    // Read one byte past the limit: some files (/proc) report size 0 and still hold more.
    const buf = Buffer.alloc(limit + 1);
    let n = 0;
    for (let r; n < buf.length && (r = fs.readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > limit) throw badInput(opts.field, opts.given, `is larger than the ${limit}-byte limit for this file`);
    return buf.subarray(0, n).toString("utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EAGAIN") throw badInput(opts.field, opts.given, "cannot be read now (EAGAIN)");
    throw err;
  } finally {
    fs.closeSync(fd);
  }
}

/** The deepest nesting of arrays and objects in JSON text, stopping early past `max`. */
function depthOf(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > max) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** JSON.parse with a nesting bound; any problem is bad input naming `field`. */
export function parseBoundedJson(text: string, opts: { field: string; given: string; maxDepth?: number }): unknown {
  const max = opts.maxDepth ?? MAX_JSON_DEPTH;
  if (depthOf(text, max) > max) throw badInput(opts.field, opts.given, `nests arrays or objects deeper than ${max} levels`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badInput(opts.field, opts.given, `is not valid JSON: ${(err as Error).message.slice(0, 200)}`);
  }
}
