import path from "node:path";
import { loadCatalog } from "../catalog/load.js";
import type { Catalog } from "../catalog/types.js";
import { decide, findFramework, layerAnswers } from "../decide/resolve.js";
import { badInput } from "../errors.js";
import type { Io } from "../io.js";
import { replan, type RegenerateResult } from "../lifecycle/replan.js";
import type { Answers, Options } from "../schema/options.js";
import type { WriteHooks } from "./apply.js";
import { readManifest } from "./manifest-read.js";

export type { RegenerateResult } from "../lifecycle/replan.js";

/** `create-any-backend regenerate [dir] --framework <id> | --database <id>`: the stored answers with the new framework or database, replanned. */
export async function regenerate(options: Options, io: Io, catalog: Catalog = loadCatalog(), testHooks: WriteHooks = {}): Promise<RegenerateResult> {
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
  return replan({ operation: "regenerate", dir, old, answers, dryRun: options.dryRun, yes: options.yes, conflict: options.conflict }, io, catalog, testHooks);
}
