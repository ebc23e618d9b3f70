import type { FileTree } from "../render/file-tree.js";
import { MANIFEST_FILE } from "../write/project-path.js";
import type { PlanEntry } from "../schema/plan.js";
import { applyChanges, type Change, type WriteHooks } from "../write/safe-write.js";

export type { FaultHook, WriteHooks } from "../write/safe-write.js";

/**
 * A switch plan as changes for the safe writer: the new starter's files
 * (conflicts beside the user's), then the old starter's untouched files
 * removed with the folders they leave empty, then the new manifest last (until
 * it lands, the old one describes the project), then a 0.1.0 manifest removed:
 * the new one replaces it. Every replaced or removed file, both manifests
 * included, is copied to the backup first; a failure undoes it all.
 */
export function applyPlan(
  dir: string,
  plan: PlanEntry[],
  next: FileTree,
  merged: ReadonlyMap<string, Buffer>,
  manifest: Buffer,
  opts: WriteHooks & { oldManifest?: string; operation?: string } = {},
): { backupDir?: string } {
  const changes: Change[] = [];
  for (const e of plan) {
    const data = next.get(e.path)!;
    const executable = next.executable.has(e.path);
    if (e.action === "add") changes.push({ op: "write", path: e.path, data, executable, over: "absent" });
    else if (e.action === "replace") changes.push({ op: "write", path: e.path, data, executable, over: "file" });
    else if (e.action === "conflict") changes.push({ op: "write", path: e.writeTo!, data, executable, over: "absent" });
    else if (e.action === "merge") changes.push({ op: "write", path: e.path, data: merged.get(e.path)!, executable, over: "file" });
  }
  for (const e of plan) if (e.action === "remove") changes.push({ op: "remove", path: e.path, pruneFolders: true });
  const { oldManifest = MANIFEST_FILE, operation = "regenerate", ...hooks } = opts;
  changes.push({ op: "write", path: MANIFEST_FILE, data: manifest, over: oldManifest === MANIFEST_FILE ? "file" : "absent" });
  if (oldManifest !== MANIFEST_FILE) changes.push({ op: "remove", path: oldManifest });
  const { backupDir } = applyChanges(dir, changes, { label: operation === "regenerate" ? "switching" : operation, subject: "the project", hooks, record: operation });
  return backupDir ? { backupDir } : {};
}
