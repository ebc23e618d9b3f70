/**
 * A three-way merge of one text file, by node-diff3 (loaded only by the commands that merge):
 * ours is the user's file on disk, base what we generated for it, theirs the new render.
 */
export interface Merged {
  data: Buffer;
  conflicted: boolean;
}

/** Text we may merge: no NUL byte, valid UTF-8. Anything else goes beside, never merged. */
export function isMergeableText(b: Buffer): boolean {
  if (b.includes(0)) return false;
  return Buffer.from(b.toString("utf8"), "utf8").equals(b);
}

export async function mergeThreeWay(ours: Buffer, base: Buffer, theirs: Buffer, labels: { ours: string; theirs: string }): Promise<Merged> {
  const { merge } = await import("node-diff3");
  const lines = (b: Buffer) => b.toString("utf8").split("\n");
  const r = merge(lines(ours), lines(base), lines(theirs), { label: { a: labels.ours, b: labels.theirs } });
  return { data: Buffer.from(r.result.join("\n"), "utf8"), conflicted: r.conflict };
}
