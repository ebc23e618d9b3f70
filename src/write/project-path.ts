/**
 * Which relative paths the tool may ever write, replace or remove inside a
 * project. Pure (no I/O): the manifest schema checks its keys with it, and the
 * safe writer checks every path again before touching the disk.
 */

/** Our own folder inside a project: backups live here, and no starter file may. */
export const STATE_DIR = ".create-any-backend";
/** The manifest: what was generated, from what, and how to run it (schema/manifest.ts). */
export const MANIFEST_FILE = ".create-any-backend.json";
/** What 0.1.0 (published as create-backend) called it: still read, and renamed on the next regenerate. */
export const LEGACY_MANIFEST_FILE = ".create-backend.json";

/** Long enough for any real starter path; short enough that no path hits ENAMETOOLONG. */
const MAX_PATH_CHARS = 1024;
const MAX_SEGMENT_CHARS = 255;

/**
 * Why `rel` is not a path the tool may touch, or undefined when it is: it must
 * be relative, `/`-separated, without `.`/`..`/empty segments, and not under
 * `.git/` (any level, in any case: git's own files) or the state folder.
 */
export function pathProblem(rel: string): string | undefined {
  if (rel.length === 0) return "is empty";
  if (rel.length > MAX_PATH_CHARS) return `is longer than ${MAX_PATH_CHARS} characters`;
  if (rel.startsWith("/") || /^[A-Za-z]:/.test(rel)) return "is an absolute path: only paths inside the project are allowed";
  if (rel.includes("\\")) return "holds a backslash: paths use '/'";
  if (rel.includes("\0")) return "holds a NUL character";
  const segs = rel.split("/");
  if (segs.some((s) => s === "..")) return "climbs out with '..': only paths inside the project are allowed";
  if (segs.some((s) => s === "." || s === "")) return "has an empty or '.' segment";
  if (segs.some((s) => s.length > MAX_SEGMENT_CHARS)) return `has a name longer than ${MAX_SEGMENT_CHARS} characters`;
  if (segs.some((s) => s.toLowerCase() === ".git")) return "is inside .git/: git's own files are never touched";
  if (segs[0]!.toLowerCase() === STATE_DIR) return `is inside ${STATE_DIR}/, the tool's own folder`;
  return undefined;
}

/** The relative path's folders, outermost first: `a/b/c.txt` → `a`, `a/b`. */
export function ancestorsOf(rel: string): string[] {
  const segs = rel.split("/");
  return segs.slice(0, -1).map((_, i) => segs.slice(0, i + 1).join("/"));
}
