import fs from "node:fs";
import path from "node:path";
import { badInput } from "../errors.js";
import { MANIFEST_FILE, Manifest } from "../schema/manifest.js";
import { validate } from "../validate.js";

/** Reads and validates a project's manifest; anything wrong is bad input (exit 2), nothing touched. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file))
    throw badInput("directory", dir, `has no ${MANIFEST_FILE}`, { hint: "regenerate works inside a project create-backend generated; pass its folder" });
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw badInput(MANIFEST_FILE, path.relative(process.cwd(), file) || file, `is not valid JSON: ${(err as Error).message}`);
  }
  return validate(Manifest, value, (p) => `${MANIFEST_FILE}: ${p.map(String).join(".")}`);
}
