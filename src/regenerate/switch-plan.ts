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

/** How a file the user changed meets a new render: merged three ways (markers on a clash), or the new version beside it. */
export type ConflictMode = "merge" | "beside";

/**
 * Turns the conflicts over files we generated and the user changed into merges where a base is
 * known (the render of the old answers by this release) and all three sides are text; a file
 * the user deleted since stays deleted. Links, folders and binary files keep going beside.
 */
export async function withMerges(
  plan: PlanEntry[],
  oldFiles: Record<string, string>,
  disk: DiskState,
  /** `base` is asked for only when the user edited a generated file: most plans need no second render. */
  sides: { base: () => Promise<ReadonlyMap<string, Buffer> | undefined>; next: ReadonlyMap<string, Buffer>; readOurs: (rel: string) => Buffer | undefined },
  labels: { ours: string; theirs: string },
  mode: ConflictMode,
): Promise<{ plan: PlanEntry[]; merged: Map<string, Buffer> }> {
  const merged = new Map<string, Buffer>();
  const out: PlanEntry[] = [];
  for (const e of plan) {
    const generated = oldFiles[e.path] !== undefined;
    if (e.action === "add" && generated && !disk.hashes.has(e.path) && disk.occupied?.has(e.path) !== true) {
      out.push({ path: e.path, action: "deleted" });
      continue;
    }
    // A conflict beside a regular file the user edited (not a link or folder in the way).
    const editedFile = e.action === "conflict" && generated && disk.hashes.has(e.path) && disk.occupied?.has(e.path) !== true;
    const base = editedFile ? (await sides.base())?.get(e.path) : undefined;
    const theirs = sides.next.get(e.path);
    // The template did not change this file: the user's version is the whole story.
    if (editedFile && base && theirs && base.equals(theirs)) {
      out.push({ path: e.path, action: "keep" });
      continue;
    }
    if (mode === "merge" && editedFile && base && theirs) {
      const ours = sides.readOurs(e.path);
      const { mergeThreeWay, isMergeableText } = await import("../merge/three-way.js");
      if (ours && [ours, base, theirs].every(isMergeableText)) {
        const m = await mergeThreeWay(ours, base, theirs, labels);
        merged.set(e.path, m.data);
        out.push({ path: e.path, action: "merge", conflicted: m.conflicted });
        continue;
      }
    }
    out.push(e);
  }
  return { plan: out, merged };
}
