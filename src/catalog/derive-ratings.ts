import type { Framework } from "../schema/catalog.js";
import { CRITERIA, type Criterion } from "../schema/ids.js";
import type { ResolvedRating } from "./types.js";

/**
 * The written rule for ratings an article does not give: start from a neutral 3,
 * add 1 for every pro, use case or claim the articles tag with the criterion,
 * subtract 1 for every con tagged with it, and clamp to 1..5.
 */
export const DERIVED_RATING_RULE =
  "3, plus 1 per pro/use case/claim the articles make about this criterion, minus 1 per con, clamped to 1..5";

export function deriveRating(fw: Framework, criterion: Criterion): number {
  const count = (list: Framework["pros"]) => list.filter((s) => s.criteria.includes(criterion)).length;
  const raw = 3 + count(fw.pros) + count(fw.useCases) + count(fw.claims) - count(fw.cons);
  return Math.min(5, Math.max(1, raw));
}

export function resolveRatings(fw: Framework): Record<Criterion, ResolvedRating> {
  const out = {} as Record<Criterion, ResolvedRating>;
  for (const c of CRITERIA) {
    const r = fw.ratings[c];
    out[c] = r === "derived" ? { value: deriveRating(fw, c), derived: true } : { value: r.value, derived: false, source: r.source };
  }
  return out;
}
