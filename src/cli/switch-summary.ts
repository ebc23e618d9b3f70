import path from "node:path";
import type { PlanAction } from "../schema/plan.js";
import { bold, cyan, dim, green, yellow } from "./format.js";
import type { RegenerateResult } from "../regenerate/regenerate.js";

const GROUPS: { action: PlanAction; title: string }[] = [
  { action: "add", title: "add" },
  { action: "replace", title: "replace (generated, unchanged since)" },
  { action: "remove", title: "remove (generated, unchanged, not in the new starter)" },
  { action: "conflict", title: "conflict (yours; the new version goes beside it)" },
  { action: "keep", title: "keep (yours; the new starter does not need it)" },
  { action: "same", title: "same (already what the new starter has)" },
];

export function formatPlan(r: RegenerateResult): string {
  const lines = [bold(`Switch ${path.basename(r.directory)} from ${r.from} to ${r.to}`) + (r.dryRun ? dim(" (dry run: nothing written)") : ""), ""];
  for (const g of GROUPS) {
    const entries = r.plan.filter((e) => e.action === g.action);
    if (entries.length === 0) continue;
    lines.push(`${g.action === "conflict" ? yellow(g.title) : g.title}: ${entries.length}`);
    for (const e of entries) lines.push(`  ${e.path}${e.writeTo ? ` → ${e.writeTo}` : ""}`);
    lines.push("");
  }
  if (r.leftovers.length > 0) {
    lines.push(`leftovers of the old install (kept; delete them when you no longer need them): ${r.leftovers.length}`);
    for (const l of r.leftovers) lines.push(`  ${l}`);
    lines.push("");
  }
  if (r.applied) {
    lines.push(green(bold(`✔ Switched to ${r.to}.`)) + (r.backupDir ? ` Replaced and removed files are backed up in ${path.relative(r.directory, r.backupDir)}` : ""));
    lines.push("", bold("Next steps:"), `  ${cyan(r.commands.install)}`, `  ${cyan(r.commands.test)}`, `  ${cyan(r.commands.start)}`, "");
  }
  return lines.join("\n");
}
