import path from "node:path";
import type { Catalog } from "../catalog/types.js";
import { badInput } from "../errors.js";
import { Manifest } from "../schema/manifest.js";
import { LEGACY_MANIFEST_FILE, MANIFEST_FILE } from "../write/project-path.js";
import { didYouMean } from "../suggest.js";
import { issueToError } from "../validate.js";
import { parseBoundedJson, readBoundedText } from "../write/bounded-read.js";
import { lstatOrUndefined } from "../write/no-follow.js";

/** The manifest file a project holds (whatever it is: a link is refused when read): today's name, else 0.1.0's. */
export function manifestFileOf(dir: string): string | undefined {
  for (const name of [MANIFEST_FILE, LEGACY_MANIFEST_FILE]) if (lstatOrUndefined(path.join(dir, name))) return name;
  return undefined;
}

/**
 * Reads and validates a project's manifest; anything wrong is bad input (exit
 * 2), nothing touched. It must be a regular file (not a link) of bounded size;
 * every key of `files` must be a path inside the project (the schema refuses
 * `..`, absolute paths, `.git/...`); the framework must be one the catalog knows.
 */
export function readManifest(dir: string, catalog?: Catalog): Manifest & { file: string } {
  const name = manifestFileOf(dir);
  if (!name)
    throw badInput("directory", dir, `has no ${MANIFEST_FILE}`, { hint: "regenerate works inside a project create-any-backend generated; pass its folder" });
  const file = path.join(dir, name);
  const shown = path.relative(process.cwd(), file) || file;
  const value = parseBoundedJson(readBoundedText(file, { field: name, given: shown, followLinks: false }), { field: name, given: shown });
  const fieldName = (p: PropertyKey[]) => `${name}: ${p.map(String).join(".")}`;
  const r = Manifest.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    // A bad key of `files`: name the key and say what is wrong with it.
    if (issue.code === "invalid_key") throw badInput(fieldName(issue.path.slice(0, -1)), String(issue.path.at(-1)), issue.issues[0]?.message ?? issue.message);
    throw issueToError(issue, value, fieldName);
  }
  const ids = catalog?.frameworks.map((f) => f.id);
  if (ids && !ids.includes(r.data.framework))
    throw badInput(fieldName(["framework"]), r.data.framework, "is not a known framework", { allowed: ids, hint: didYouMean(r.data.framework, ids) });
  return { ...r.data, file: name };
}
