import path from "node:path";
import type { Catalog } from "../catalog/types.js";
import type { Io } from "../io.js";
import { readManifest } from "../regenerate/manifest-read.js";
import type { WriteHooks } from "../regenerate/apply.js";
import type { Options } from "../schema/options.js";
import { replan, type RegenerateResult } from "./replan.js";

/** `update [dir]`: the manifest's own answers rendered by this release, planned three ways against the project. */
export async function update(options: Options, io: Io, catalog: Catalog, hooks: WriteHooks = {}): Promise<RegenerateResult> {
  const dir = path.resolve(io.cwd, options.dir ?? ".");
  const old = readManifest(dir, catalog);
  return replan({ operation: "update", dir, old, answers: old.answers, dryRun: options.dryRun, yes: options.yes, conflict: options.conflict }, io, catalog, hooks);
}
