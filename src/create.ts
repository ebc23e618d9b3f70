import path from "node:path";
import { loadCatalog } from "./catalog/load.js";
import type { Catalog } from "./catalog/types.js";
import { readConfig } from "./config.js";
import { allToolchains, decide, findFramework, layerAnswers, storedAnswers, type GeneratingFramework } from "./decide/resolve.js";
import { badInput } from "./errors.js";
import type { Io } from "./io.js";
import { POST_STEPS } from "./post/steps.js";
import { renderFor } from "./render/render-for.js";
import type { Answers, Options } from "./schema/options.js";
import { ProjectName } from "./schema/options.js";
import { missingOf, parseRequirement } from "./schema/toolchain.js";
import { validate } from "./validate.js";
import type { CreateResult } from "./create-result.js";

export type { CreateResult } from "./create-result.js";
import { writeTree } from "./write/staging.js";
import { buildManifest, withManifest } from "./write/manifest.js";


/** `create-any-backend [dir]`: parse → ask → decide → render → write → post-steps. */
export async function create(options: Options, io: Io, catalog: Catalog = loadCatalog()): Promise<CreateResult> {
  // parse: defaults < config file < flags; a wrong --framework is named before any file is read
  const named = options.answers.framework ? findFramework(catalog, options.answers.framework) : undefined;
  // the machine: probed in the background (only the named starter's tools when there is one); on a
  // terminal once the first questions are answered, so nothing competes with drawing the first prompt
  const probeAll = () => io.probe?.(named ? named.starter.toolchain : allToolchains(catalog));
  let probing = io.ask ? undefined : probeAll();
  const fromConfig = options.config ? readConfig(options.config, io.cwd) : undefined;
  let answers = layerAnswers(defaultAnswers(options, io), fromConfig, options.answers);

  // ask: only what is still missing, only on a terminal
  if (io.ask) answers = layerAnswers(answers, await io.ask.missing(answers, catalog, io.cwd));
  probing ??= probeAll();
  if (!answers.name) throw badInput("--name", null, "is required when no folder is given and nothing can be asked", { hint: "pass a folder (create-any-backend my-api) or --name my-api" });
  const name = validate(ProjectName, answers.name, () => (options.dir ? "directory name" : "--name"));

  // decide
  let machine = await probing;
  let { recommendation, framework, passedOver } = decide(answers, catalog, machine);
  if (io.ask && !answers.framework) {
    answers = { ...answers, framework: await io.ask.framework(recommendation, framework.id, catalog) };
    ({ recommendation, framework } = decide(answers, catalog, machine));
    passedOver = [];
  }
  if (machine && io.probe && framework.starter.toolchain.map(parseRequirement).some((r) => !(r.tool in machine!)))
    machine = { ...machine, ...(await io.probe(framework.starter.toolchain)) };
  const missing = machine ? missingOf(framework.starter.toolchain, machine) : [];
  const warnings = outsideTeamLanguages(answers, framework);
  if (missing.length > 0)
    warnings.push(`${framework.name} cannot be installed or run on this machine: it needs ${missing.join(", ")}. The starter is written all the same; install those first`);
  for (const w of warnings) io.log(`warning: ${w}`);
  if (io.ask && !answers.database) answers = { ...answers, database: await io.ask.database(framework) };
  if (io.ask) answers = layerAnswers(answers, await io.ask.postSteps(answers));

  // render (in memory)
  const target = path.resolve(io.cwd, options.dir ?? name);
  io.ask?.chosen({ directory: target, framework, ...(answers.database && { database: answers.database }), install: answers.install !== false && missing.length === 0, git: answers.git !== false, missing });
  const { tree, context } = await renderFor(framework, { ...answers, name }, recommendation, catalog);
  const files = withManifest(tree, buildManifest(tree, context, storedAnswers(answers, name, framework.id, context)));

  const result: CreateResult = {
    framework: framework.id,
    frameworkName: framework.name,
    directory: target,
    files: [...files.keys()],
    recommendation,
    database: context.database?.id ?? null,
    commands: context.commands,
    port: context.port,
    dryRun: options.dryRun,
    warnings,
    missing,
    passedOver,
    post: [],
  };
  if (options.dryRun) return result;

  // write: staging folder, then one move
  const written = await writeTree(target, files, { force: options.force });
  if (written.backupDir) result.backupDir = written.backupDir;
  if (written.beside.length > 0) result.beside = written.beside;

  io.written?.(result);

  // post-steps
  const ctx = { dir: target, commands: context.commands, log: io.log, progress: io.progress };
  for (const step of ["install", "git"] as const) {
    if (answers[step] === false) result.post.push({ step, status: "skipped", note: "not requested" });
    else if (step === "install" && missing.length > 0) result.post.push({ step, status: "skipped", note: `this machine lacks ${missing.join(", ")}` });
    else result.post.push(await POST_STEPS[step](ctx));
  }
  return result;
}

/** A framework the user named, in a language the team did not list: allowed, said once. */
function outsideTeamLanguages(answers: Answers, framework: GeneratingFramework): string[] {
  const team = answers.language ?? [];
  if (team.length === 0 || framework.languages.some((l) => team.includes(l))) return [];
  return [`${framework.name} is written in ${framework.starter.language}, which is not among the languages your team listed (${team.join(", ")})`];
}

/**
 * The package manager that launched us, from its user agent ("yarn/4.18.1 npm/? node/v20.20.2 linux x64"),
 * with its version, so a project made by `yarn create` (Yarn 1 or 4) is set up for that same Yarn.
 * A prerelease or build ("pnpm/11.0.0-rc.1", "bun/1.4.6-canary.1+abc") keeps only the name: the
 * packageManager field then names a release, which corepack and CI can fetch.
 */
export function launchingPackageManager(userAgent: string | undefined): string | undefined {
  const m = /^(npm|pnpm|yarn|bun)\/(\d+\.\d+\.\d+)(\S*)/.exec(userAgent ?? "");
  if (!m) return undefined;
  return m[1] === "npm" || m[3] ? m[1] : `${m[1]}@${m[2]}`;
}

function defaultAnswers(options: Options, io: Io): Answers {
  const pm = launchingPackageManager(io.env.npm_config_user_agent);
  return {
    ...(options.dir && { name: path.basename(path.resolve(io.cwd, options.dir)) }),
    ...(pm && { packageManager: pm }),
  };
}
