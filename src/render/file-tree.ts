import fs from "node:fs";
import path from "node:path";
import { assertInside } from "./paths.js";

/** The rendered starter, in memory: output path → bytes, plus which files keep an executable bit. */
export class FileTree extends Map<string, Buffer> {
  readonly executable = new Set<string>();

  /** A sorted copy, optionally with more files; executable bits carry over. */
  with(extra: [string, Buffer][] = []): FileTree {
    const out = new FileTree([...this.entries(), ...extra].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const p of this.executable) out.executable.add(p);
    return out;
  }
}

/** Writes one file of a tree under root (as `as`, if given): folders made, mode kept. */
export function writeTreeFile(root: string, tree: FileTree, rel: string, as = rel): void {
  assertInside(as);
  const file = path.join(root, as);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, tree.get(rel)!);
  if (tree.executable.has(rel)) fs.chmodSync(file, 0o755);
}
