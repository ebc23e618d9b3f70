import type { CaseResult } from "../contract/contract.js";

/**
 * The cross-starter comparison (docs/CONTRACT.md): a client must keep working after a switch, so every
 * starter answers each contract request with one status, media type, Allow and body. Per case, the
 * starters are grouped by what they saw; a case with more than one group is a difference.
 */
export interface Difference {
  case: string;
  /** Each distinct answer, with the starters that gave it and whether all of those passed the contract. */
  groups: { labels: string[]; seen: string }[];
  /** True when starters that passed the whole contract disagree: that fails the run. */
  amongPassing: boolean;
}

export function compareAcross(runs: { label: string; passed: boolean; cases: CaseResult[] }[]): Difference[] {
  const byCase = new Map<string, Map<string, { labels: string[]; passing: string[] }>>();
  for (const run of runs) {
    for (const c of run.cases) {
      const seen = JSON.stringify(c.seen);
      const groups = byCase.get(c.name) ?? new Map<string, { labels: string[]; passing: string[] }>();
      byCase.set(c.name, groups);
      const g = groups.get(seen) ?? { labels: [], passing: [] };
      groups.set(seen, g);
      g.labels.push(run.label);
      if (run.passed) g.passing.push(run.label);
    }
  }
  const out: Difference[] = [];
  for (const [name, groups] of byCase) {
    if (groups.size < 2) continue;
    const list = [...groups].map(([seen, g]) => ({ labels: g.labels, seen, passing: g.passing.length }));
    list.sort((a, b) => b.labels.length - a.labels.length);
    out.push({
      case: name,
      groups: list.map(({ labels, seen }) => ({ labels, seen })),
      amongPassing: list.filter((g) => g.passing > 0).length > 1,
    });
  }
  return out;
}

/** Where two answers first differ, for the report: the request index and the two replies, shortened. */
export function firstDifference(a: string, b: string): string {
  const pa = JSON.parse(a) as unknown[];
  const pb = JSON.parse(b) as unknown[];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = JSON.stringify(pa[i] ?? null);
    const y = JSON.stringify(pb[i] ?? null);
    if (x !== y) return `request #${i + 1}: ${x.slice(0, 160)} vs ${y.slice(0, 160)}`;
  }
  return "same";
}
