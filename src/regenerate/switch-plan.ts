import { MANIFEST_FILE } from "../write/project-path.js";
import type { PlanEntry } from "../schema/plan.js";
import { BesideNames } from "../write/beside.js";
import { sha256 } from "../write/manifest.js";

/** What is on disk now, as far as the plan needs it. */
export interface DiskState {
  /** sha256 of each regular file (reached without a link) at the paths the plan asks about. */
  hashes: Map<string, string>;
  /** Files the user added (not in the old manifest, not install leftovers): links and FIFOs included. */
  userFiles: string[];
  /**
   * Paths the plan asks about that hold something else than a regular file (a
   * folder, a link, a FIFO) or sit under a link or a file: the user's, never
   * followed or touched. The value is the path that blocks: itself or a folder above it.
   */
  occupied?: Map<string, string>;
  /** Every path seen in the project: a name beside a conflict must be free. */
  present?: Set<string>;
}

/**
 * Pure: old manifest hashes + disk state + the new rendered tree → one entry
 * per path. Nothing the user wrote or changed is ever replaced or removed; a
 * link, folder or special file where the new starter needs a path is the
 * user's too, and the new version goes beside it (beside the linked folder,
 * for a path under one).
 */
export function computePlan(oldFiles: Record<string, string>, disk: DiskState, next: ReadonlyMap<string, Buffer>): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const unchanged = (rel: string) => oldFiles[rel] !== undefined && disk.hashes.get(rel) === oldFiles[rel];
  const onDisk = (p: string) => disk.hashes.has(p) || disk.occupied?.has(p) === true || disk.present?.has(p) === true;
  const beside = new BesideNames(onDisk, next.keys());

  for (const [rel, content] of next) {
    if (rel === MANIFEST_FILE) continue;
    const blocker = disk.occupied?.get(rel);
    const onDiskHash = disk.hashes.get(rel);
    if (blocker !== undefined) entries.push({ path: rel, action: "conflict", writeTo: beside.for(rel, blocker) });
    else if (onDiskHash === undefined) entries.push({ path: rel, action: "add" });
    else if (onDiskHash === sha256(content)) entries.push({ path: rel, action: "same" });
    else if (unchanged(rel)) entries.push({ path: rel, action: "replace" });
    else entries.push({ path: rel, action: "conflict", writeTo: beside.for(rel) });
  }
  for (const rel of Object.keys(oldFiles)) {
    if (next.has(rel) || rel === MANIFEST_FILE) continue;
    // Something the user put at the path itself stays; a path under their link or file is not ours to list.
    if (disk.occupied?.get(rel) === rel) entries.push({ path: rel, action: "keep" });
    if (!disk.hashes.has(rel)) continue;
    entries.push({ path: rel, action: unchanged(rel) ? "remove" : "keep" });
  }
  for (const rel of disk.userFiles) if (!next.has(rel) && oldFiles[rel] === undefined) entries.push({ path: rel, action: "keep" });
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
