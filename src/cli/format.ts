import type { Catalog } from "../catalog/types.js";
import { CRITERIA } from "../schema/catalog.js";
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
  "learning-curve": "learn", security: "sec", "future-proofing": "future",
};

export function statusOf(fw: Catalog["frameworks"][number]): string {
  if (!fw.starter) return "not yet";
  return fw.starter.verification === "run" ? "generates" : "generates (syntax checked, not run here)";
}

export function formatList(catalog: Catalog): string {
  const head = ["id".padEnd(12), "language".padEnd(22), "kind".padEnd(10), ...CRITERIA.map((c) => SHORT[c]!.padStart(6)), "  starter"].join(" ");
  const rows = catalog.frameworks.map((fw) =>
    [
      fw.id.padEnd(12),
      fw.languages.join(", ").padEnd(22),
      fw.kind.padEnd(10),
      ...CRITERIA.map((c) => `${fw.ratings[c].value}${fw.ratings[c].derived ? "*" : " "}`.padStart(6)),
      `  ${statusOf(fw)}`,
    ].join(" "),
  );
  return [bold(head), ...rows, "", dim("Ratings out of 5 as roadmap-top7 gives them; * = derived from the articles' statements (see data/)."), ""].join("\n");
}

export function listJson(catalog: Catalog) {
  return {
    frameworks: catalog.frameworks.map((fw) => ({
      id: fw.id,
      name: fw.name,
      languages: fw.languages,
      kind: fw.kind,
      ratings: fw.ratings,
      generates: fw.starter !== undefined,
      status: !fw.starter ? "not-yet" : fw.starter.verification === "run" ? "verified" : "syntax-checked",
    })),
  };
}
