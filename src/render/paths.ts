import { failed } from "../errors.js";
import { javaPackagePath } from "./escape.js";

/** Files in a template folder that are metadata, not output. */
export function isTemplateMeta(rel: string): boolean {
  return rel === "starter.json" || rel.split("/").includes("_partials");
}

/**
 * Template path → output path: `dot-x` → `.x`, drop `.hbs`, and the one path
 * token, `__javaPackagePath__`. Refuses anything that would leave the target.
 */
export function outputPath(rel: string, name: string): string {
  const out = rel
    .replace(/\.hbs$/, "")
    .replace(/__javaPackagePath__/g, javaPackagePath(name))
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
