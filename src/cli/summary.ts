import path from "node:path";
import type { CreateResult } from "../create.js";
import { bold, cyan, dim, green, yellow } from "./format.js";
import { visibleWidth } from "./help.js";

const STEP_DONE: Record<string, string> = { install: "dependencies installed", git: "git repository initialised with a first commit" };


/** Lines framed in a box, as the closing summary of the interactive flow. */
export function box(lines: string[]): string[] {
  const inner = Math.max(...lines.map(visibleWidth));
  return [`┌${"─".repeat(inner + 2)}┐`, ...lines.map((l) => `│ ${l}${" ".repeat(inner - visibleWidth(l))} │`), `└${"─".repeat(inner + 2)}┘`];
}

export function formatCreated(r: CreateResult, cwd: string): string {
  const rel = path.relative(cwd, r.directory) || ".";
  const top = r.recommendation.recommendations[0];
  const lines: string[] = [];
  if (r.dryRun) {
    lines.push(bold(`Dry run: would write ${r.files.length} files to ${rel} (${r.framework}${r.database ? `, ${r.database}` : ""}):`));
    for (const f of r.files) lines.push(`  ${f}`);
    return lines.join("\n");
  }
  lines.push("", green(bold(`✔ Created your ${r.frameworkName} starter in ${rel}`)) + dim(` (${r.files.length} files${r.database ? `, data in ${r.database}` : ""})`));
  if (top && top.framework === r.framework && top.reasons.length > 0) lines.push(dim(`  Recommended: ${top.reasons[0]!.text} [${top.reasons[0]!.source}]`));
  if (r.backupDir) lines.push(`  Files it replaced were backed up to ${path.relative(cwd, r.backupDir)}`);
  for (const b of r.beside ?? []) lines.push(yellow(`  ${b.path} is yours (a link or folder): the new version went to ${b.writeTo}`));
  // Every post-step says how it went.
  for (const p of r.post) {
    if (p.status === "done") lines.push(green(`✔ ${p.step}: ${STEP_DONE[p.step] ?? "done"}`) + (p.note ? dim(` (${p.note})`) : ""));
    else lines.push(dim(`– ${p.step}: skipped${p.note ? `, ${p.note}` : ""}`));
  }
  const installed = r.post.some((p) => p.step === "install" && p.status === "done");
  const next = [bold("Next steps"), `${cyan(`cd ${rel}`)}`];
  if (!installed) next.push(`${cyan(r.commands.install)}  ${dim("# install")}`);
  if (r.commands.dev) next.push(`${cyan(r.commands.dev)}  ${dim("# serve, reloading on change")}`);
  next.push(`${cyan(r.commands.test)}  ${dim("# run its tests")}`);
  next.push(`${cyan(r.commands.start)}  ${dim(`# migrate, then serve on $PORT (default ${r.port})`)}`);
  lines.push("", ...box(next), "");
  return lines.join("\n");
}
