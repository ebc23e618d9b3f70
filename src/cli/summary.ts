import path from "node:path";
import type { CreateResult } from "../create.js";
import { bold, cyan, dim, green } from "./format.js";

export function formatCreated(r: CreateResult, cwd: string): string {
  const rel = path.relative(cwd, r.directory) || ".";
  const top = r.recommendation.recommendations[0];
  const lines: string[] = [];
  if (r.dryRun) {
    lines.push(bold(`Dry run: would write ${r.files.length} files to ${rel} (${r.framework}):`));
    for (const f of r.files) lines.push(`  ${f}`);
    return lines.join("\n");
  }
  lines.push("", green(bold(`✔ Created your ${r.frameworkName} starter in ${rel}`)) + dim(` (${r.files.length} files)`));
  if (top && top.framework === r.framework && top.reasons.length > 0) lines.push(dim(`  Recommended: ${top.reasons[0]!.text} [${top.reasons[0]!.source}]`));
  if (r.backupDir) lines.push(`  Files it replaced were backed up to ${path.relative(cwd, r.backupDir)}`);
  for (const p of r.post) if (p.note) lines.push(dim(`  ${p.step}: ${p.status}, ${p.note}`));
  const installed = r.post.some((p) => p.step === "install" && p.status === "done");
  lines.push("", bold("Next steps:"), `  ${cyan(`cd ${rel}`)}`);
  if (!installed) lines.push(`  ${cyan(r.commands.install)}`);
  lines.push(`  ${cyan(r.commands.test)}      ${dim("# run its tests")}`);
  lines.push(`  ${cyan(r.commands.start)}      ${dim(`# serve on $PORT (default ${r.port})`)}`);
  lines.push("");
  return lines.join("\n");
}
