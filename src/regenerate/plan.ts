import { MANIFEST_FILE } from "../schema/manifest.js";
import type { PlanEntry } from "../schema/plan.js";
import { sha256 } from "../write/manifest.js";

/** What is on disk now, as far as the plan needs it: each path's sha256, or absent. */
export interface DiskState {
  hashes: Map<string, string>;
  /** Files the user added (not in the old manifest, not install leftovers). */
  userFiles: string[];
}

/** A free name beside `rel` for the new version of a conflicting file. */
function besideName(rel: string, taken: (p: string) => boolean): string {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${rel}.new` : `${rel}.new${i}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * Pure: old manifest hashes + disk state + the new rendered tree → one entry
 * per path. Nothing the user wrote or changed is ever replaced or removed.
 */
export function computePlan(oldFiles: Record<string, string>, disk: DiskState, next: ReadonlyMap<string, Buffer>): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const unchanged = (rel: string) => oldFiles[rel] !== undefined && disk.hashes.get(rel) === oldFiles[rel];
  const claimed = new Set<string>(next.keys());
  const taken = (p: string) => disk.hashes.has(p) || claimed.has(p);

  for (const [rel, content] of next) {
    if (rel === MANIFEST_FILE) continue;
    const onDisk = disk.hashes.get(rel);
    if (onDisk === undefined) entries.push({ path: rel, action: "add" });
    else if (onDisk === sha256(content)) entries.push({ path: rel, action: "same" });
    else if (unchanged(rel)) entries.push({ path: rel, action: "replace" });
    else {
      const writeTo = besideName(rel, taken);
      claimed.add(writeTo);
      entries.push({ path: rel, action: "conflict", writeTo });
    }
  }
  for (const rel of Object.keys(oldFiles)) {
    if (next.has(rel) || rel === MANIFEST_FILE || !disk.hashes.has(rel)) continue;
    entries.push({ path: rel, action: unchanged(rel) ? "remove" : "keep" });
  }
  for (const rel of disk.userFiles) if (!next.has(rel) && oldFiles[rel] === undefined) entries.push({ path: rel, action: "keep" });
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
