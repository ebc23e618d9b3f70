import { failed } from "../errors.js";
import { javaPackagePath, snakeName } from "./escape.js";

/** A framework's per-database pieces: templates/<id>/_database/<db>/, layered last. */
export const DATABASE_OVERLAY = "_database";

/** Files in a template folder that are metadata (or another layer), not output. */
export function isTemplateMeta(rel: string): boolean {
  const segs = rel.split("/");
  return rel === "starter.json" || segs.includes("_partials") || segs[0] === DATABASE_OVERLAY;
}

/** Path tokens: where an ecosystem puts the project name into folder names. */
const PATH_TOKENS: Record<string, (name: string) => string> = { javaPackagePath, snakeName };

/**
 * Template path → output path: `dot-x` → `.x`, drop `.hbs`, and the path tokens
 * (`__javaPackagePath__`, `__snakeName__`). Refuses anything that would leave the target.
 */
export function outputPath(rel: string, name: string): string {
  const out = rel
    .replace(/\.hbs$/, "")
    .replace(/__(javaPackagePath|snakeName)__/g, (_, token: string) => PATH_TOKENS[token]!(name))
    .split("/")
    .map((seg) => (seg.startsWith("dot-") ? `.${seg.slice(4)}` : seg))
    .join("/");
  assertInside(out);
  return out;
}

/** A relative path that stays inside the project: no absolute paths, no `..`, no empty segments. */
export function assertInside(rel: string): void {
  const segs = rel.split(/[\\/]/);
  if (rel.startsWith("/") || /^[A-Za-z]:/.test(rel) || segs.some((s) => s === ".." || s === "." || s === ""))
    throw failed(`refusing to write outside the project: ${JSON.stringify(rel)}`);
}
