import path from "node:path";
import type { Catalog } from "../catalog/types.js";
import { decide, storedAnswers } from "../decide/resolve.js";
import { CreateBackendError } from "../errors.js";
import type { Io } from "../io.js";
import { applyPlan, type WriteHooks } from "../regenerate/apply.js";
import { scanProject } from "../regenerate/scan.js";
import { computePlan, withMerges, type ConflictMode } from "../regenerate/switch-plan.js";
import { renderFor } from "../render/render-for.js";
import type { Manifest } from "../schema/manifest.js";
import type { Answers } from "../schema/options.js";
import { GENERATOR } from "../version.js";
import { buildManifest } from "../write/manifest.js";
import { readProjectFile } from "./read-project-file.js";
import type { RegenerateResult } from "./result.js";

export type { RegenerateResult } from "./result.js";

export interface Replan {
  operation: RegenerateResult["operation"];
  dir: string;
  old: Manifest & { file: string };
  /** The project's answers after the change: the new render's input. */
  answers: Answers;
  dryRun: boolean;
  yes: boolean;
  conflict: ConflictMode;
}

/**
 * The lifecycle pipeline for a project that exists: new answers → decide → render → plan three ways
 * against the disk (base: the old answers rendered by this release; ours: the disk; theirs: the new
 * render) → confirm → apply through the safe writer. regenerate, add/remove resource and update differ
 * only in the answers they hand in.
 */
export async function replan(r: Replan, io: Io, catalog: Catalog, hooks: WriteHooks = {}): Promise<RegenerateResult> {
  const { dir, old, answers } = r;
  const { recommendation, framework } = decide(answers, catalog);
  const name = answers.name ?? path.basename(dir);
  const { tree, context } = await renderFor(framework, { ...answers, name }, recommendation, catalog);
  const manifest = buildManifest(tree, context, storedAnswers(answers, name, framework.id, context));

  // The base is what the release that made the project renders for the old answers: this one's render
  // when it is the same release; an earlier one's, fetched from the registry, when it is not. Without it,
  // changed files are not merged: their new version goes beside them.
  const notes: string[] = [];
  const sameRelease = old.generator.version === GENERATOR.version;
  let rendered: Promise<ReadonlyMap<string, Buffer> | undefined> | undefined;
  const byThisRelease = async () => {
    const was = decide(old.answers, catalog);
    return (await renderFor(was.framework, old.answers, was.recommendation, catalog)).tree;
  };
  const byItsRelease = async () => {
    const got = io.renderedBy ? await io.renderedBy(old.generator, old.answers) : { why: "no registry to fetch it from" };
    if ("tree" in got) return got.tree;
    notes.push(`the project was made by release ${old.generator.version}, this is ${GENERATOR.version}, and ${got.why}: files you changed are not merged, their new version goes beside them`);
    return undefined;
  };
  const base = () => (rendered ??= sameRelease ? byThisRelease() : byItsRelease());

  const known = new Set([...Object.keys(old.files), ...tree.keys()]);
  const disk = scanProject(dir, known, known);
  const twoWay = computePlan(old.files, disk, tree);
  const labels = { ours: "yours (on disk)", theirs: `create-any-backend ${GENERATOR.version} (${framework.id})` };
  const { plan, merged } = await withMerges(twoWay, old.files, disk, { base, next: tree, readOurs: (rel) => readProjectFile(dir, rel) }, labels, r.conflict);

  // Conflicts write their new version beside the user's file; the manifest records that file.
  const files = { ...manifest.files };
  for (const e of plan) if (e.action === "conflict") files[e.writeTo!] = files[e.path]!;
  const finalManifest = { ...manifest, files };
  const result: RegenerateResult = {
    operation: r.operation,
    directory: dir,
    from: old.framework,
    to: framework.id,
    database: { from: old.answers.database ?? null, to: context.database?.id ?? null },
    dryRun: r.dryRun,
    applied: false,
    plan,
    leftovers: disk.leftovers,
    commands: context.commands,
    notes,
  };
  // Already what this release renders for these answers: nothing to write, not even the manifest.
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
  const { file: _file, ...oldContent } = old;
  const current = plan.every((e) => e.action === "same" || e.action === "keep" || e.action === "deleted") && JSON.stringify(sorted(oldContent)) === JSON.stringify(sorted(finalManifest));
  if (r.dryRun || current) return result;
  if (io.ask && !r.yes) {
    if (!(await io.ask.confirmSwitch(result))) throw new CreateBackendError("cancelled", "cancelled: nothing was changed");
  }
  const { backupDir } = applyPlan(dir, plan, tree, merged, Buffer.from(`${JSON.stringify(finalManifest, null, 2)}\n`), { ...hooks, oldManifest: old.file, operation: r.operation });
  return { ...result, applied: true, ...(backupDir && { backupDir }) };
}
