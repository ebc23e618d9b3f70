import path from "node:path";
import type { RegenerateResult } from "../lifecycle/result.js";
import type { UndoResult } from "../lifecycle/undo.js";
import type { PlanAction } from "../schema/plan.js";
import { forPerson } from "./person-command.js";
import { bold, columnsOf, cyan, dim, green, wrap, yellow } from "./style.js";

const GROUPS: { action: PlanAction; title: string }[] = [
  { action: "add", title: "add" },
  { action: "replace", title: "replace (generated, unchanged since)" },
  { action: "merge", title: "merge (yours, changed; the new render's changes merged in)" },
  { action: "remove", title: "remove (generated, unchanged, no longer needed)" },
  { action: "conflict", title: "beside (yours; the new version goes beside it)" },
  { action: "deleted", title: "stays deleted (generated, deleted by you)" },
  { action: "keep", title: "keep (yours; not needed any more)" },
  { action: "same", title: "same (already what the new render has)" },
];

const TITLE: Record<RegenerateResult["operation"], (r: RegenerateResult) => string> = {
  regenerate: (r) => `Switch ${path.basename(r.directory)} from ${r.from} to ${r.to}${r.database.from !== r.database.to ? ` (data: ${r.database.from ?? "none"} → ${r.database.to ?? "none"})` : ""}`,
  "add resource": (r) => `Add a resource to ${path.basename(r.directory)} (${r.to})`,
  "remove resource": (r) => `Remove a resource from ${path.basename(r.directory)} (${r.to})`,
  update: (r) => `Update ${path.basename(r.directory)} (${r.to}) to this release`,
};

export function formatPlan(r: RegenerateResult, columns = columnsOf()): string {
  const width = Math.max(40, columns) - 1;
  const lines = [bold(wrap(TITLE[r.operation](r), width)) + (r.dryRun ? dim(" (dry run: nothing written)") : ""), ""];
  const changes = r.plan.filter((e) => e.action !== "same" && e.action !== "keep" && e.action !== "deleted");
  if (changes.length === 0) lines.push(green("Nothing to change: the project is already what this release renders for its answers."), "");
  for (const g of GROUPS) {
    const entries = r.plan.filter((e) => e.action === g.action);
    if (entries.length === 0) continue;
    lines.push(`${g.action === "conflict" ? yellow(g.title) : g.title}: ${entries.length}`);
    for (const e of entries) lines.push(`  ${wrap(`${e.path}${e.writeTo ? ` → ${e.writeTo}` : ""}${e.conflicted ? yellow("  clash: resolve the <<<<<<< markers") : ""}`, width, 4)}`);
    lines.push("");
  }
  for (const n of r.notes) lines.push(yellow(wrap(`note: ${n}`, width, 2)), "");
  if (r.leftovers.length > 0) {
    lines.push(`leftovers of the old install (kept; delete them when you no longer need them): ${r.leftovers.length}`);
    for (const l of r.leftovers) lines.push(`  ${l}`);
    lines.push("");
  }
  const clashes = r.plan.filter((e) => e.conflicted).map((e) => e.path);
  if (r.applied) {
    const done = r.operation === "regenerate" ? `Switched to ${r.to}.` : `Done: ${r.operation}.`;
    lines.push(green(bold(`✔ ${done}`)) + (r.backupDir ? wrap(` Replaced and removed files are backed up in ${path.relative(r.directory, r.backupDir)}; create-any-backend undo restores them.`, width, 2) : ""));
    if (clashes.length > 0) lines.push(yellow(wrap(`Both you and the new render changed the same lines in: ${clashes.join(", ")}. Resolve the <<<<<<< markers there.`, width, 2)));
    lines.push("", bold("Next steps:"), `  ${cyan(forPerson(r.commands.install))}`, `  ${cyan(forPerson(r.commands.test))}`, `  ${cyan(forPerson(r.commands.start))}`, "");
  }
  return lines.join("\n");
}

export function formatUndo(r: UndoResult, columns = columnsOf()): string {
  const width = Math.max(40, columns) - 1;
  const lines = [bold(`Undo ${r.operation} in ${path.basename(r.directory)}`) + (r.dryRun ? dim(" (dry run: nothing written)") : ""), ""];
  if (r.restore.length) lines.push(`restore from the backup: ${r.restore.length}`, ...r.restore.map((p) => `  ${p}`), "");
  if (r.remove.length) lines.push(`remove (added by ${r.operation}): ${r.remove.length}`, ...r.remove.map((p) => `  ${p}`), "");
  if (r.applied) lines.push(green(bold(wrap(`✔ Undone: the project is as it was before ${r.operation}.`, width))), "");
  return lines.join("\n");
}
