import type { Reason, Recommendation } from "../schema/requirements.js";
import { allReasonsCommand, hereMark } from "./format.js";
import { bold, dim, green, wrap, yellow } from "./style.js";

/** Reasons worth showing once: the same claim from two articles, or a rating restating a reason, counts once. */
function distinct(reasons: Reason[], max: number): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of reasons) {
    const key = r.text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    if (key.length < 12 || seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length === max) break;
  }
  return out;
}

/** A reason kept to two lines: the rest is in `recommend`. */
function atMostTwoLines(wrapped: string): string {
  const lines = wrapped.split("\n");
  return lines.length <= 2 ? wrapped : `${lines[0]}\n${lines[1]!.replace(/\s*\S*$/, "")} …`;
}

/**
 * The ranking as the interactive flow shows it: the top three that generate,
 * two reasons each with their article, wrapped to the terminal. The full cited
 * list stays in `recommend`, `--all` and the starter's README.
 */
export function formatCompactRanking(rec: Recommendation, columns: number, top = 3, reasonsEach = 2): string {
  const width = Math.max(40, Math.min(columns, 100)) - 1;
  const req = rec.requirements;
  const wanted = [req.priorities.length ? req.priorities.join(", ") : "", req.languages.length ? `in ${req.languages.join(", ")}` : ""].filter(Boolean).join(" ");
  const lines = [bold(`Best fits${wanted ? ` for ${wanted}` : ""}:`)];
  rec.recommendations
    .filter((r) => r.generates)
    .slice(0, top)
    .forEach((r, i) => {
      const mark = hereMark(r);
      lines.push(`${bold(`${i + 1}. ${r.name}`)} ${dim(`(${r.language})`)}${mark ? ` ${yellow(`· ${mark}`)}` : ""}`);
      const reasons = distinct(r.reasons, reasonsEach);
      for (const reason of reasons) lines.push(`   ${green("+")} ${atMostTwoLines(wrap(`${reason.text} ${dim(`[${reason.source}]`)}`, width, 5))}`);
      if (reasons.length === 0) lines.push(dim("   no article gives a specific reason for these needs"));
    });
  lines.push(dim(wrap(`Why, in full: ${allReasonsCommand(req)}`, width, 2)));
  return lines.join("\n");
}
