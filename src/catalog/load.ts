import { bundled } from "../bundled.js";
import { DATA_DIR, TEMPLATES_DIR } from "../paths.js";
import { readCatalog } from "./read.js";
import type { Catalog } from "./types.js";

/**
 * The catalog: data/ and templates/<id>/starter.json, read and validated with
 * every cross-reference (read.ts). The published build embeds the catalog it
 * validated when it was built, and that is what a call without folders
 * returns there; the package does not carry the reader.
 */
export function loadCatalog(dataDir?: string, templatesDir?: string): Catalog {
  if (bundled.catalog && dataDir === undefined && templatesDir === undefined) return bundled.catalog();
  return readCatalog(dataDir ?? DATA_DIR, templatesDir ?? TEMPLATES_DIR);
}
