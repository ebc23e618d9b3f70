import fs from "node:fs";
import path from "node:path";
import { badInput } from "../errors.js";
import { LEGACY_MANIFEST_FILE, MANIFEST_FILE, Manifest } from "../schema/manifest.js";
import { validate } from "../validate.js";

/** The manifest file a project holds: today's name, else the one 0.1.0 wrote. */
export function manifestFileOf(dir: string): string | undefined {
  for (const name of [MANIFEST_FILE, LEGACY_MANIFEST_FILE]) if (fs.existsSync(path.join(dir, name))) return name;
  return undefined;
}

/** Reads and validates a project's manifest; anything wrong is bad input (exit 2), nothing touched. */
export function readManifest(dir: string): Manifest & { file: string } {
  const name = manifestFileOf(dir);
  if (!name)
    throw badInput("directory", dir, `has no ${MANIFEST_FILE}`, { hint: "regenerate works inside a project create-any-backend generated; pass its folder" });
  const file = path.join(dir, name);
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw badInput(name, path.relative(process.cwd(), file) || file, `is not valid JSON: ${(err as Error).message}`);
  }
  return { ...validate(Manifest, value, (p) => `${name}: ${p.map(String).join(".")}`), file: name };
}
