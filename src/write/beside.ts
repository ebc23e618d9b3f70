import { ancestorsOf } from "./project-path.js";

/** A free name beside `rel` for the new version of a file the user owns: `<rel>.new`, `<rel>.new2`, ... */
export function besideName(rel: string, taken: (p: string) => boolean): string {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${rel}.new` : `${rel}.new${i}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * Picks where the new version goes when the user owns `blocker`: the path
 * itself (a changed file, a link, a FIFO, a folder) or a folder above it that
 * is a link or a file. `src/app.ts` blocked by a linked `src` goes to
 * `src.new/app.ts`; every file under one blocker shares its new name.
 */
export class BesideNames {
  private readonly claimed = new Set<string>();
  private readonly claimedDirs = new Set<string>();
  private readonly renamed = new Map<string, string>();

  /** `onDisk`: whether something is at a path now; `claimed`: paths the new starter writes anyway. */
  constructor(
    private readonly onDisk: (p: string) => boolean,
    claimed: Iterable<string> = [],
  ) {
    for (const p of claimed) this.claim(p);
  }

  private claim(p: string): void {
    this.claimed.add(p);
    for (const d of ancestorsOf(p)) this.claimedDirs.add(d);
  }

  private taken = (p: string): boolean => this.onDisk(p) || this.claimed.has(p) || this.claimedDirs.has(p) || ancestorsOf(p).some((d) => this.claimed.has(d));

  /** Where `rel`'s new version goes, given the path (`rel` or one of its folders) that is the user's. */
  for(rel: string, blocker: string = rel): string {
    let moved = this.renamed.get(blocker);
    if (moved === undefined) {
      moved = besideName(blocker, this.taken);
      this.renamed.set(blocker, moved);
    }
    const out = moved + rel.slice(blocker.length);
    this.claim(out);
    return out;
  }
}
