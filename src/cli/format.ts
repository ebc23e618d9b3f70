import type { Catalog } from "../catalog/types.js";
import { CRITERIA, type Criterion } from "../schema/ids.js";
import type { Ranked, Recommendation, Requirements } from "../schema/requirements.js";
import { bold, columnsOf, cyan, dim, green, wrap, yellow } from "./style.js";

function bar(score: number, max: number, width = 20): string {
  const n = max <= 0 ? 0 : Math.max(0, Math.round((score / max) * width));
  return "█".repeat(n) + "░".repeat(width - n);
}

/** The command that shows every reason for the same answers, as a person types it after `npm create`. */
export function allReasonsCommand(req: Requirements): string {
  const flags = [
    req.priorities.length ? `--priority ${req.priorities.join(",")}` : "",
    req.languages.length ? `--language ${req.languages.join(",")}` : "",
    req.kind ? `--kind ${req.kind}` : "",
  ].filter(Boolean);
  return ["npx create-any-backend recommend", ...flags, "--all"].join(" ");
}

/** One word for a framework's place on this machine, or nothing when it runs here or the machine is unknown. */
export const hereMark = (r: Pick<Ranked, "runsHere" | "generates">): string =>
  !r.generates ? "no starter yet" : r.runsHere === false ? "not installable here" : "";

const cited = (source: string, section?: string) => `[${source}${section ? `: ${section}` : ""}]`;

/** A derived rating's provenance, one line per criterion: the articles for (+) and against (−). */
function derivedLines(fw: Catalog["frameworks"][number], width: number): string[] {
  const out: string[] = [];
  for (const c of CRITERIA) {
    const r = fw.ratings[c];
    if (!r.derived || !r.from?.length) continue;
    const voices = [...new Set(r.from.map((s) => `${s.against ? "−" : "+"}${s.source}`))].join(" ");
    out.push(`   ${dim(wrap(`* ${c} ${r.value}/5, derived from: ${voices}`, width, 5))}`);
  }
  return out;
}

export function formatRecommendation(rec: Recommendation, all: boolean, catalog?: Catalog, columns = columnsOf()): string {
  const width = Math.max(40, columns) - 1;
  const list = all ? rec.recommendations : rec.recommendations.slice(0, 3);
  const max = Math.max(...rec.recommendations.map((r) => r.score), 0.01);
  const req = rec.requirements;
  const title = `Recommendation for ${req.priorities.length ? req.priorities.join(", ") : "no particular priority"}` +
    `${req.languages.length ? `, a team that knows ${req.languages.join(", ")}` : ""}`;
  const lines = [bold(wrap(title, width)), ""];
  const barWidth = width >= 70 ? 20 : 10;
  list.forEach((r, i) => {
    const mark = hereMark(r);
    const head = `${bold(`${i + 1}. ${r.name}`)} ${dim(`(${r.framework}, ${r.language})`)}`;
    lines.push(wrap(`${head}  ${cyan(bar(r.score, max, barWidth))} ${r.score}${mark ? `  ${yellow(mark)}` : ""}`, width, 3));
    if (r.runsHere === false && r.missing?.length) lines.push(`   ${dim(wrap(`needs ${r.missing.join(", ")}`, width, 3))}`);
    for (const reason of r.reasons) lines.push(`   ${green("+")} ${wrap(`${reason.text} ${dim(cited(reason.source, reason.section))}`, width, 5)}`);
    for (const t of r.tradeoffs) lines.push(`   ${yellow("-")} ${wrap(`${t.text} ${dim(cited(t.source, t.section))}`, width, 5)}`);
    if (r.reasons.length === 0 && r.tradeoffs.length === 0) lines.push(dim("   no article gives a specific reason for these needs"));
    const fw = all ? catalog?.frameworks.find((f) => f.id === r.framework) : undefined;
    if (fw) lines.push(...derivedLines(fw, width));
    lines.push("");
  });
  if (!all) {
    const more = rec.recommendations.length - 3;
    lines.push(dim(wrap(`${more > 0 ? `${more} more, and every` : "Every"} reason with its section: ${allReasonsCommand(req)}`, width)));
  }
  return lines.join("\n");
}

/** What the project's CI verifies of a starter, and what a machine needs to run it. */
export function statusOf(fw: Catalog["frameworks"][number]): string {
  if (!fw.starter) return "no starter yet";
  if (fw.starter.verification === "run") return "tested: install, tests, API, data";
  return `files parse; needs ${fw.starter.toolchain.join(", ")}`;
}

const databasesOf = (fw: Catalog["frameworks"][number]) => Object.keys(fw.starter?.databases ?? {}).join(", ") || "-";

/** The rating columns' headers, each explained under the table. */
const HEADERS: Record<Criterion, [string, string]> = {
  performance: ["perf", "performance"],
  scalability: ["scale", "scalability"],
  flexibility: ["flex", "flexibility"],
  community: ["comm", "community and ecosystem"],
  "learning-curve": ["learn", "learning curve (higher: gentler)"],
  security: ["sec", "security"],
  "future-proofing": ["future", "future-proofing"],
};

function table(rows: string[][], gap = 2): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + gap))).join("").trimEnd());
}

/** Two tables that each fit 80 columns: the ratings, then what each starter offers. */
export function formatList(catalog: Catalog, columns = columnsOf()): string {
  const width = Math.max(40, columns) - 1;
  const ratings = table([
    ["id", "language", "kind", ...CRITERIA.map((c) => HEADERS[c][0])],
    ...catalog.frameworks.map((fw) => [fw.id, fw.starter?.language ?? fw.languages[0]!, fw.kind, ...CRITERIA.map((c) => `${fw.ratings[c].value}${fw.ratings[c].derived ? "*" : ""}`)]),
  ], 1);
  const starters = table([["id", "databases", "starter"], ...catalog.frameworks.map((fw) => [fw.id, databasesOf(fw), statusOf(fw)])]);
  const legend = CRITERIA.map((c) => `${HEADERS[c][0]}: ${HEADERS[c][1]}`).join("; ");
  return [
    bold(ratings[0]!),
    ...ratings.slice(1),
    "",
    dim(wrap(`Ratings out of 5 (${legend}) as roadmap-top7 gives them; * derived from what the other articles say for and against (recommend --all shows which).`, width)),
    "",
    bold(starters[0]!),
    ...starters.slice(1),
    "",
    dim(wrap("tested: the project's CI installs the starter, runs its tests, serves it and checks its API and data on each database.", width)),
    "",
  ].join("\n");
}

export function listJson(catalog: Catalog) {
  return {
    frameworks: catalog.frameworks.map((fw) => ({
      id: fw.id,
      name: fw.name,
      language: fw.starter?.language ?? fw.languages[0],
      languages: fw.languages,
      kind: fw.kind,
      ratings: fw.ratings,
      generates: fw.starter !== undefined,
      databases: Object.keys(fw.starter?.databases ?? {}),
      status: !fw.starter ? "not-yet" : fw.starter.verification === "run" ? "tested" : "syntax-checked",
      ...(fw.starter && fw.starter.verification !== "run" && { needs: fw.starter.toolchain }),
    })),
  };
}
