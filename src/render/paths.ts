import { failed } from "../errors.js";
import { javaPackagePath, snakeName } from "./escape.js";

/** A framework's per-database pieces: templates/<id>/_database/<db>/, layered last. */
export const DATABASE_OVERLAY = "_database";

/**
 * A layer's per-resource folders (docs/CONTRACT.md, starter.json `resources`): `_resource/` renders once per
 * resource, `_migration/` once per migration step that makes a table, `_drop/` once per step that drops one.
 */
export const RESOURCE_FOLDERS = ["_resource", "_migration", "_drop"] as const;
export type ResourceFolder = (typeof RESOURCE_FOLDERS)[number];

/** Files in a template folder that are metadata (or another layer), not output. */
export function isTemplateMeta(rel: string): boolean {
  const segs = rel.split("/");
  return rel === "starter.json" || segs.includes("_partials") || segs[0] === DATABASE_OVERLAY || (RESOURCE_FOLDERS as readonly string[]).includes(segs[0]!);
}

/** Path tokens: where an ecosystem puts the project name into folder names. */
const PATH_TOKENS: Record<string, (name: string) => string> = { javaPackagePath, snakeName };

/**
 * Template path → output path: `dot-x` → `.x`, drop `.hbs`, and the path tokens
 * (`__javaPackagePath__`, `__snakeName__`; in a per-resource folder also the
 * resource's: `__plural__`, `__Singular__`, `__migration__`, ...). Refuses
 * anything that would leave the target.
 */
export function outputPath(rel: string, name: string, tokens: Record<string, string> = {}): string {
  const out = rel
    .replace(/\.hbs$/, "")
    .replace(/__(javaPackagePath|snakeName)__/g, (_, token: string) => PATH_TOKENS[token]!(name))
    .replace(/__([A-Za-z]+)__/g, (whole, token: string) => tokens[token] ?? whole)
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
