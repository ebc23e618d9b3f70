import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";
import { LEGACY_MANIFEST_FILE, MANIFEST_FILE } from "../schema/manifest.js";
import { sha256 } from "../write/manifest.js";
import type { DiskState } from "./plan.js";

/** Our own folder inside a project: backups live here. */
export const STATE_DIR = ".create-any-backend";
const NEVER_SCANNED = new Set([".git", STATE_DIR]);

export function leftoverNames(dataDir = DATA_DIR): Set<string> {
  return new Set((JSON.parse(fs.readFileSync(path.join(dataDir, "leftovers.json"), "utf8")) as { names: string[] }).names);
}

/**
 * Reads what the plan needs from the project: hashes of every path the old or
 * new starter names, the files the user added, and install leftovers (listed,
 * never touched).
 */
export function scanProject(dir: string, paths: Iterable<string>, known: Set<string>, leftovers = leftoverNames()): DiskState & { leftovers: string[] } {
  const hashes = new Map<string, string>();
  for (const rel of paths) {
    const file = path.join(dir, rel);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) hashes.set(rel, sha256(fs.readFileSync(file)));
  }
  const userFiles: string[] = [];
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (NEVER_SCANNED.has(child)) continue;
      if (leftovers.has(e.name) && !known.has(child)) {
        found.push(e.isDirectory() ? `${child}/` : child);
        continue;
      }
      if (e.isDirectory()) walk(child);
      else if (child !== MANIFEST_FILE && child !== LEGACY_MANIFEST_FILE && !known.has(child)) {
        userFiles.push(child);
        hashes.set(child, sha256(fs.readFileSync(path.join(dir, child))));
      }
    }
  };
  walk("");
  return { hashes, userFiles: userFiles.sort(), leftovers: found.sort() };
}
