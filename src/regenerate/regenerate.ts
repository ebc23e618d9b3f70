import path from "node:path";
import { loadCatalog } from "../catalog/load.js";
import type { Catalog } from "../catalog/types.js";
import { decide, findFramework, layerAnswers, storedAnswers } from "../decide/resolve.js";
import { CreateBackendError, badInput } from "../errors.js";
import type { Io } from "../io.js";
import { renderFor } from "../render/render-for.js";
import type { Answers, Options } from "../schema/options.js";
import type { PlanEntry } from "../schema/plan.js";
import type { Commands } from "../schema/catalog.js";
import { buildManifest } from "../write/manifest.js";
import { applyPlan, type WriteHooks } from "./apply.js";
import { readManifest } from "./manifest-read.js";
import { computePlan } from "./switch-plan.js";
import { scanProject } from "./scan.js";

export interface RegenerateResult {
  directory: string;
  from: string;
  to: string;
  database: { from: string | null; to: string | null };
  dryRun: boolean;
  applied: boolean;
  plan: PlanEntry[];
  leftovers: string[];
  backupDir?: string;
  commands: Commands;
}

/** `create-any-backend regenerate [dir] --framework <id>`: read manifest → decide → render → scan → plan → apply. */
export async function regenerate(
  options: Options,
  io: Io,
  catalog: Catalog = loadCatalog(),
  testHooks: WriteHooks = {},
): Promise<RegenerateResult> {
  // Flags first: a wrong --framework is named before anything is read from disk.
  if (options.answers.framework) findFramework(catalog, options.answers.framework);
  const dir = path.resolve(io.cwd, options.dir ?? ".");
  const old = readManifest(dir, catalog);

  // The stored answers replay; flags override them. The framework must be said.
  let answers: Answers = layerAnswers(old.answers, options.answers);
  // Switching only the database keeps the framework.
  if (!options.answers.framework && options.answers.database) answers = { ...answers, framework: old.framework };
  else if (!options.answers.framework) {
    if (!io.ask) throw badInput("--framework", null, "is required: which framework to switch to", { hint: "pass --framework <id> and/or --database sqlite|postgres (see create-any-backend list)" });
    const { recommendation } = decide({ ...answers, framework: undefined }, catalog);
    answers = { ...answers, framework: await io.ask.framework(recommendation, recommendation.recommendations.find((r) => r.generates)!.framework, catalog) };
  }
  const { recommendation, framework } = decide(answers, catalog);
  const name = answers.name ?? path.basename(dir);

  const { tree, context } = await renderFor(framework, { ...answers, name }, recommendation, catalog);
  const manifest = buildManifest(tree, context, storedAnswers(answers, name, framework.id, context));

  const known = new Set([...Object.keys(old.files), ...tree.keys()]);
  const disk = scanProject(dir, known, known);
  const plan = computePlan(old.files, disk, tree);
  // Conflicts write their new version beside the user's file; the manifest records that file.
  const files = { ...manifest.files };
  for (const e of plan) if (e.action === "conflict") files[e.writeTo!] = files[e.path]!;
  const finalManifest = { ...manifest, files };
  const result: RegenerateResult = {
    directory: dir,
    from: old.framework,
    to: framework.id,
    database: { from: old.answers.database ?? null, to: context.database?.id ?? null },
    dryRun: options.dryRun,
    applied: false,
    plan,
    leftovers: disk.leftovers,
    commands: context.commands,
  };
  if (options.dryRun) return result;
  if (io.ask && !options.yes) {
    if (!(await io.ask.confirmSwitch(result)))
      throw new CreateBackendError("cancelled", "cancelled: nothing was changed");
  }
  const { backupDir } = applyPlan(dir, plan, tree, Buffer.from(`${JSON.stringify(finalManifest, null, 2)}\n`), { ...testHooks, oldManifest: old.file });
  return { ...result, applied: true, backupDir };
}
