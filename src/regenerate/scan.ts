import fs from "node:fs";
import path from "node:path";
import { bundled } from "../bundled.js";
import { DATA_DIR } from "../paths.js";
import { hashFile, probe } from "../write/no-follow.js";
import { LEGACY_MANIFEST_FILE, MANIFEST_FILE, pathProblem, STATE_DIR } from "../write/project-path.js";
import type { DiskState } from "./switch-plan.js";

export { STATE_DIR };
const NEVER_SCANNED = new Set([".git", STATE_DIR]);

/**
 * No file we generate comes near this (the whole package is under 2 MB), so a
 * bigger one is the user's without reading it: marked changed, it is kept,
 * never replaced or removed. A 3 GiB file costs an lstat, not a minute of hashing.
 */
const MAX_GENERATED_BYTES = 32 * 2 ** 20;
/** Matches no sha256: the plan sees the file as changed. */
const TOO_LARGE = "larger than any generated file";

/** A file we cannot read (EACCES) is treated like a FIFO: the user's, never touched. */
function hashOrUndefined(file: string): string | undefined {
  try {
    return hashFile(file);
  } catch {
    return undefined;
  }
}

/** data/leftovers.json: read from data/ in a clone, embedded in the published build. */
export function leftoverNames(dataDir?: string): Set<string> {
  if (bundled.leftovers && dataDir === undefined) return new Set(bundled.leftovers.names);
  const file = path.join(dataDir ?? DATA_DIR, "leftovers.json");
  return new Set((JSON.parse(fs.readFileSync(file, "utf8")) as { names: string[] }).names);
}

/**
 * Reads what the plan needs from the project, never following a link and
 * never opening anything but a regular file: hashes (streamed) of every path
 * the old or new starter names; what is there instead where that is a link, a
 * folder, a FIFO or a path under a link; the paths the user added (only
 * listed, never read); and install leftovers (listed, never touched).
 */
export function scanProject(dir: string, paths: Iterable<string>, known: Set<string>, leftovers = leftoverNames()): DiskState & { leftovers: string[] } {
  const hashes = new Map<string, string>();
  const occupied = new Map<string, string>();
  for (const rel of paths) {
    if (pathProblem(rel)) continue;
    const seen = probe(dir, rel);
    if (seen.kind === "absent") continue;
    const hash = seen.kind !== "file" ? undefined : seen.size > MAX_GENERATED_BYTES ? TOO_LARGE : hashOrUndefined(path.join(dir, rel));
    if (hash !== undefined) hashes.set(rel, hash);
    else occupied.set(rel, seen.at);
  }
  const userFiles: string[] = [];
  const found: string[] = [];
  const present = new Set<string>();
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return; // unreadable: listed as present by its parent, never touched
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      present.add(child);
      if (NEVER_SCANNED.has(child)) continue;
      if (leftovers.has(e.name) && !known.has(child)) {
        found.push(e.isDirectory() ? `${child}/` : child);
        continue;
      }
      // Dirent types come from lstat: a link to a folder is not walked into.
      if (e.isDirectory()) walk(child);
      else if (child !== MANIFEST_FILE && child !== LEGACY_MANIFEST_FILE && !known.has(child)) userFiles.push(child);
    }
  };
  walk("");
  return { hashes, occupied, present, userFiles: userFiles.sort(), leftovers: found.sort() };
}
