import { fileURLToPath } from "node:url";
import path from "node:path";

/** The package root: data/ and templates/ ship beside dist/ (and src/ in development). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = path.join(PACKAGE_ROOT, "data");
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, "templates");
