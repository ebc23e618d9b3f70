import type { Framework, Statement } from "../schema/catalog.js";
import { CRITERIA, type Criterion } from "../schema/ids.js";
import type { ResolvedRating } from "./types.js";

/**
 * The written rule for ratings an article does not give. Each article is one voice per criterion:
 * for, when it makes more points for the framework on it (pros, use cases, claims) than against it
 * (cons); against, when more against; silent when even. Start from a neutral 3, add half a point per
 * voice for and take half a point per voice against, clamped to 1..5. So an article that says Express
 * is fast and another that says Fastify is faster cancel out, and no derived rating reaches 5 on
 * fewer than four articles' say.
 */
export const DERIVED_RATING_RULE =
  "3, plus 0.5 per article whose points on this criterion are mostly for, minus 0.5 per article mostly against, clamped to 1..5";

export interface Derivation {
  value: number;
  /** The statements it came from, each marked for or against. */
  from: { text: string; source: string; section: string; against: boolean }[];
}

export function deriveRating(fw: Framework, criterion: Criterion): Derivation {
  const on = (list: Statement[]) => list.filter((s) => s.criteria.includes(criterion));
  const pro = on([...fw.pros, ...fw.useCases, ...fw.claims]);
  const con = on(fw.cons);
  let value = 3;
  for (const article of new Set([...pro, ...con].map((s) => s.source.id))) {
    const net = pro.filter((s) => s.source.id === article).length - con.filter((s) => s.source.id === article).length;
    value += 0.5 * Math.sign(net);
  }
  const cite = (against: boolean) => (s: Statement) => ({ text: s.text, source: s.source.id, section: s.source.section, against });
  return { value: Math.min(5, Math.max(1, value)), from: [...pro.map(cite(false)), ...con.map(cite(true))] };
}

export function resolveRatings(fw: Framework): Record<Criterion, ResolvedRating> {
  const out = {} as Record<Criterion, ResolvedRating>;
  for (const c of CRITERIA) {
    const r = fw.ratings[c];
    if (r !== "derived") out[c] = { value: r.value, derived: false, source: r.source };
    else {
      const d = deriveRating(fw, c);
      out[c] = { value: d.value, derived: true, from: d.from };
    }
  }
  return out;
}
