import type { Catalog } from "../catalog/types.js";
import { CRITERIA } from "../schema/ids.js";
import type { Recommendation } from "../schema/requirements.js";

const color = (code: number) => (s: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${s}\x1b[0m` : s);
export const bold = color(1);
export const dim = color(2);
export const green = color(32);
export const yellow = color(33);
export const cyan = color(36);

function bar(score: number, max: number, width = 20): string {
  const n = max <= 0 ? 0 : Math.max(0, Math.round((score / max) * width));
  return "█".repeat(n) + "░".repeat(width - n);
}

export function formatRecommendation(rec: Recommendation, all: boolean): string {
  const list = all ? rec.recommendations : rec.recommendations.slice(0, 3);
  const max = Math.max(...rec.recommendations.map((r) => r.score), 0.01);
  const req = rec.requirements;
  const lines = [
    bold(`Recommendation for ${req.priorities.length ? req.priorities.join(", ") : "no particular priority"}` +
      `${req.languages.length ? `, a team that knows ${req.languages.join(", ")}` : ""}`),
    "",
  ];
  list.forEach((r, i) => {
    lines.push(`${bold(`${i + 1}. ${r.name}`)} ${dim(`(${r.framework}, ${r.language})`)}  ${cyan(bar(r.score, max))} ${r.score}${r.generates ? "" : dim("  no starter yet")}`);
    for (const reason of r.reasons) lines.push(`   ${green("+")} ${reason.text} ${dim(`[${reason.source}${reason.section ? `: ${reason.section}` : ""}]`)}`);
    for (const t of r.tradeoffs) lines.push(`   ${yellow("-")} ${t.text} ${dim(`[${t.source}${t.section ? `: ${t.section}` : ""}]`)}`);
    if (r.reasons.length === 0 && r.tradeoffs.length === 0) lines.push(dim("   ranked by its overall ratings only"));
    lines.push("");
  });
  if (!all && rec.recommendations.length > 3) lines.push(dim(`${rec.recommendations.length - 3} more: pass --all to see every one.`));
  return lines.join("\n");
}

const SHORT: Record<string, string> = {
  performance: "perf", scalability: "scale", flexibility: "flex", community: "comm",
  "learning-curve": "easy", security: "sec", "future-proofing": "future",
};

/** What the project's CI verifies of a starter, and what a machine needs to run it. */
export function statusOf(fw: Catalog["frameworks"][number]): string {
  if (!fw.starter) return "no starter yet";
  if (fw.starter.verification === "run") return "tested: install, tests, API, data";
  return `files parse; needs ${fw.starter.toolchain.join(", ")}`;
}

const databasesOf = (fw: Catalog["frameworks"][number]) => Object.keys(fw.starter?.databases ?? {}).join(", ") || "-";

export function formatList(catalog: Catalog): string {
  const cols: [string, number][] = [["id", 12], ["language", 11], ["kind", 11], ...CRITERIA.map((c): [string, number] => [SHORT[c]!, 6]), ["databases", 18], ["starter", 0]];
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 && i < 3 + CRITERIA.length ? c.padStart(cols[i]![1]) + " " : c.padEnd(cols[i]![1]))).join(" ").trimEnd();
  const rows = catalog.frameworks.map((fw) =>
    line([
      fw.id,
      fw.starter?.language ?? fw.languages[0]!,
      fw.kind,
      ...CRITERIA.map((c) => `${fw.ratings[c].value}${fw.ratings[c].derived ? "*" : ""}`),
      databasesOf(fw),
      statusOf(fw),
    ]),
  );
  return [
    bold(line(cols.map(([name]) => name))),
    ...rows,
    "",
    dim("Ratings out of 5 (easy: how gentle the learning curve is) as roadmap-top7 gives them; * derived from what the other articles say."),
    dim("tested: the project's CI installs the starter, runs its tests, serves it and checks its API and data on each database."),
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
