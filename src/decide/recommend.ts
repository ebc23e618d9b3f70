import type { Catalog, CatalogFramework } from "../catalog/types.js";
import type { Statement } from "../schema/catalog.js";
import type { Criterion, PriorityId } from "../schema/ids.js";
import type { Ranked, Reason, Recommendation, Requirements } from "../schema/requirements.js";

/**
 * Scoring weights. An article's explicit advice ("for X, pick Y") counts most
 * (the rule's own weight, 4 by default; a team-language rule 1, since the
 * language filter already did the main work); a tagged pro, use case or claim
 * counts one, at most once per article (an article making one point three ways
 * is still one voice); a relevant con costs one, likewise; an article's own
 * rating adds half a point per star above or below the neutral 3 for the
 * criteria a priority maps to (derived ratings are not counted again: they are
 * made of the same statements); the average of an article's own ratings
 * separates frameworks the articles say nothing specific about. How many
 * articles mention a framework counts for nothing: no article advises that.
 */
export const WEIGHTS = { statement: 1, con: 1, rating: 0.5, overall: 0.5, kind: 1 } as const;

/**
 * Pure: the same requirements and catalog give the same ranking, byte for byte.
 * The team's languages filter first (every article puts team expertise first);
 * then the articles' rules, the frameworks' statements and ratings score what is left.
 */
export function recommend(input: Requirements, catalog: Catalog): Recommendation {
  const requirements: Requirements = {
    priorities: [...new Set(input.priorities)].sort(),
    languages: [...new Set(input.languages)].sort(),
    ...(input.kind && { kind: input.kind }),
  };
  const candidates = catalog.frameworks.filter(
    (fw) => requirements.languages.length === 0 || fw.languages.some((l) => requirements.languages.includes(l)),
  );
  const recommendations = candidates
    .map((fw) => score(fw, requirements, catalog))
    // Ids are ASCII: a code-unit comparison gives the same order as localeCompare without loading ICU's collator (about 5 ms).
    .sort((a, b) => b.score - a.score || (a.framework < b.framework ? -1 : a.framework > b.framework ? 1 : 0));
  return { requirements, recommendations };
}

function score(fw: CatalogFramework, req: Requirements, catalog: Catalog): Ranked {
  let total = 0;
  const reasons: Reason[] = [];
  const tradeoffs: Reason[] = [];
  const wanted = new Set<PriorityId>(req.priorities);
  const cite = (s: { text: string; source: { id: string; section: string } }): Reason => ({
    text: s.text,
    source: s.source.id,
    section: s.source.section,
  });

  // Advice for what the project needs comes first; advice that follows from the team's languages last.
  const teamReasons: Reason[] = [];
  for (const rule of catalog.rules) {
    const { priority, languages, nothingAsked } = rule.when;
    const matches =
      (priority === undefined || wanted.has(priority)) &&
      (languages === undefined || languages.some((l) => req.languages.includes(l))) &&
      (nothingAsked !== true || (wanted.size === 0 && req.languages.length === 0 && req.kind === undefined));
    if (matches && rule.prefer.includes(fw.id)) {
      total += rule.weight;
      (priority === undefined && nothingAsked !== true ? teamReasons : reasons).push(cite(rule));
    }
  }

  const relevant = (s: Statement) => s.priorities.some((p) => wanted.has(p));
  const articles = (list: Statement[]) => new Set(list.map((s) => s.source.id)).size;
  const pro = [...fw.pros, ...fw.useCases, ...fw.claims].filter(relevant);
  const con = fw.cons.filter(relevant);
  total += WEIGHTS.statement * articles(pro) - WEIGHTS.con * articles(con);
  reasons.push(...pro.map(cite));
  tradeoffs.push(...con.map(cite));

  for (const p of catalog.priorities.filter((p) => wanted.has(p.id))) {
    for (const [criterion, weight] of Object.entries(p.criteria) as [Criterion, number][]) {
      const r = fw.ratings[criterion];
      if (r.derived) continue;
      total += WEIGHTS.rating * weight * (r.value - 3);
      if (r.value >= 4.5 && r.source) reasons.push({ text: `Rated ${r.value}/5 for ${criterion}.`, source: r.source.id, section: r.source.section });
      if (r.value <= 2.5 && r.source) tradeoffs.push({ text: `Rated ${r.value}/5 for ${criterion}.`, source: r.source.id, section: r.source.section });
    }
    if (p.kind && p.kind === fw.kind) total += WEIGHTS.kind;
  }
  if (req.kind && req.kind === fw.kind) total += WEIGHTS.kind;

  const rated = Object.values(fw.ratings).filter((r) => !r.derived && r.source);
  if (rated.length > 0) {
    const sum = rated.reduce((s, r) => s + r.value, 0);
    total += WEIGHTS.overall * (sum / rated.length - 3);
    // With nothing asked, the article's totals are the reason for the order.
    if (wanted.size === 0) {
      const source = rated[0]!.source!;
      // Cited where the article compares its totals: the section of its overall pick, when the catalog has one.
      const overall = catalog.rules.find((r) => r.when.nothingAsked && r.source.id === source.id)?.source.section ?? source.section;
      reasons.push({ text: `Scores ${sum} of ${rated.length * 5} in total across the article's ${rated.length} ratings.`, source: source.id, section: overall });
    }
  }
  reasons.push(...teamReasons);

  const language = req.languages.find((l) => fw.languages.includes(l)) ?? fw.languages[0]!;
  return {
    framework: fw.id,
    name: fw.name,
    language,
    score: Math.round(total * 100) / 100,
    reasons: dedupe(reasons),
    tradeoffs: dedupe(tradeoffs),
    generates: fw.starter !== undefined,
  };
}

function dedupe(list: Reason[]): Reason[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}
