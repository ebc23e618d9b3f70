import path from "node:path";
import type { CreateResult } from "../create.js";
import { forPerson } from "./person-command.js";
import { bold, columnsOf, cyan, dim, green, visibleWidth, wrap, yellow } from "./style.js";

const STEP_DONE: Record<string, string> = { install: "dependencies installed", git: "git repository initialised with a first commit" };

/** Lines framed in a box, as the closing summary of the interactive flow; undefined when the box would not fit. */
export function box(lines: string[], columns: number): string[] | undefined {
  const inner = Math.max(...lines.map(visibleWidth));
  if (inner + 4 > columns) return undefined;
  return [`┌${"─".repeat(inner + 2)}┐`, ...lines.map((l) => `│ ${l}${" ".repeat(inner - visibleWidth(l))} │`), `└${"─".repeat(inner + 2)}┘`];
}

/** The line that says the project is written: shown as soon as it is, before any install starts. */
export function formatWritten(r: CreateResult, cwd: string, columns = columnsOf()): string {
  const rel = path.relative(cwd, r.directory) || ".";
  const width = Math.max(40, columns) - 1;
  const lines = [green(bold(wrap(`✔ Created your ${r.frameworkName} starter in ${rel}`, width, 2))) + dim(` (${r.files.length} files${r.database ? `, data in ${r.database}` : ""})`)];
  const top = r.recommendation.recommendations[0];
  const passed = r.passedOver.map((p) => `${p.name} (needs ${p.missing.join(", ")})`);
  if (passed.length > 0)
    lines.push(yellow(`  ${wrap(`${passed.length === 1 ? `${r.passedOver[0]!.name} ranks` : `${r.passedOver.map((p) => p.name).join(", ")} rank`} higher for these needs but cannot run here: ${passed.join("; ")}. Picked ${r.frameworkName}, the best-ranked that runs here.`, width, 2)}`));
  const mine = r.recommendation.recommendations.find((x) => x.framework === r.framework);
  if (mine && mine.reasons.length > 0 && (top?.framework === r.framework || passed.length > 0))
    lines.push(dim(`  ${wrap(`Recommended: ${mine.reasons[0]!.text} [${mine.reasons[0]!.source}]`, width, 2)}`));
  if (r.backupDir) lines.push(`  Files it replaced were backed up to ${path.relative(cwd, r.backupDir)}`);
  for (const b of r.beside ?? []) lines.push(yellow(`  ${wrap(`${b.path} is yours (a link or folder): the new version went to ${b.writeTo}`, width, 2)}`));
  return lines.join("\n");
}

/** Everything after the write: how each post-step went, and the next steps as a person types them. */
export function formatCreated(r: CreateResult, cwd: string, columns = columnsOf()): string {
  const rel = path.relative(cwd, r.directory) || ".";
  const width = Math.max(40, columns) - 1;
  if (r.dryRun) {
    const lines = [bold(wrap(`Dry run: would write ${r.files.length} files to ${rel} (${r.framework}${r.database ? `, ${r.database}` : ""}):`, width))];
    for (const f of r.files) lines.push(`  ${f}`);
    return lines.join("\n");
  }
  const lines: string[] = [];
  for (const p of r.post) {
    if (p.status === "done") lines.push(green(`✔ ${p.step}: ${STEP_DONE[p.step] ?? "done"}`) + (p.note ? dim(wrap(` (${p.note})`, width, 2)) : ""));
    else lines.push(dim(wrap(`– ${p.step}: skipped${p.note ? `, ${p.note}` : ""}`, width, 2)));
  }
  const installed = r.post.some((p) => p.step === "install" && p.status === "done");
  const steps: [string, string][] = [[`cd ${rel.includes(" ") ? JSON.stringify(rel) : rel}`, ""]];
  if (r.missing.length > 0) steps.push(["", `first install ${r.missing.map((m) => m.replace(/ \(.*\)$/, "")).join(", ")}`]);
  if (!installed) steps.push([forPerson(r.commands.install), "install"]);
  if (r.database === "postgres") steps.push(["docker compose up -d db", "a PostgreSQL server (or set DATABASE_URL in .env)"]);
  if (r.commands.dev) steps.push([forPerson(r.commands.dev), "serve, reloading on change"]);
  steps.push([forPerson(r.commands.test), "run its tests"]);
  steps.push([forPerson(r.commands.start), "migrate, then serve"]);
  steps.push([`curl http://localhost:${r.port}/health`, "try it"]);
  const shown = steps.map(([cmd, note]) => (cmd ? `${cyan(cmd)}${note ? `  ${dim(`# ${note}`)}` : ""}` : dim(`# ${note}`)));
  const boxed = box([bold("Next steps"), ...shown], columns);
  // Too wide for a box: plain lines, each wrapped, so nothing breaks at the terminal's edge.
  const plain = [bold("Next steps"), ...steps.map(([cmd, note]) => `  ${cmd ? cyan(wrap(cmd, width, 4)) : ""}${note ? (cmd ? "\n    " : "") + dim(wrap(`# ${note}`, width, 4)) : ""}`)];
  lines.push("", ...(boxed ?? plain), "");
  return lines.join("\n");
}
