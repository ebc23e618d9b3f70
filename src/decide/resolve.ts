import type { Catalog, CatalogFramework } from "../catalog/types.js";
import { badInput } from "../errors.js";
import type { Starter } from "../schema/catalog.js";
import { DATABASE_IDS, type DatabaseId } from "../schema/ids.js";
import type { Answers } from "../schema/options.js";
import type { Recommendation, Requirements } from "../schema/requirements.js";
import { didYouMean } from "../suggest.js";
import { recommend } from "./recommend.js";

/** Layered answers, lowest first: defaults < config file < flags < prompts (copier's order). */
export function layerAnswers(...layers: (Answers | undefined)[]): Answers {
  const out: Answers = {};
  for (const layer of layers) if (layer) Object.assign(out, Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)));
  return out;
}

/**
 * What a manifest records: the answers that shape the project, with its name and
 * framework. install/git are choices for one run, not part of the project; they do not replay.
 */
export function storedAnswers(
  answers: Answers,
  name: string,
  framework: string,
  resolved: { database: { id: DatabaseId } | null; pm: { spec: string | null } },
): Answers {
  const { install: _install, git: _git, database: _database, ...kept } = answers;
  return {
    ...kept,
    name,
    framework,
    ...(resolved.database && { database: resolved.database.id }),
    // The exact package manager version the project was set up for, so a replay sets it up the same.
    ...(kept.packageManager && resolved.pm.spec && { packageManager: resolved.pm.spec }),
  };
}

export function requirementsOf(answers: Answers): Requirements {
  return {
    priorities: answers.priority ?? [],
    languages: answers.language ?? [],
    ...(answers.kind && { kind: answers.kind }),
  };
}

export type GeneratingFramework = CatalogFramework & { starter: Starter };
const generates = (fw: CatalogFramework): fw is GeneratingFramework => fw.starter !== undefined;

export function findFramework(catalog: Catalog, id: string, field = "--framework"): GeneratingFramework {
  const ids = catalog.frameworks.map((f) => f.id);
  const fw = catalog.frameworks.find((f) => f.id === id);
  if (!fw) throw badInput(field, id, "is not a known framework", { allowed: ids, hint: didYouMean(id, ids) });
  if (!generates(fw)) {
    const ok = catalog.frameworks.filter(generates).map((f) => f.id);
    throw badInput(field, id, "has no starter yet", { allowed: ok });
  }
  return fw;
}

/**
 * Pure: the recommendation for the answers, and the framework to generate: the
 * one asked for, else the best-ranked one that has a starter.
 */
export function decide(answers: Answers, catalog: Catalog): { recommendation: Recommendation; framework: GeneratingFramework } {
  const recommendation = recommend(requirementsOf(answers), catalog);
  if (answers.framework) return { recommendation, framework: findFramework(catalog, answers.framework) };
  const top = recommendation.recommendations.find((r) => r.generates);
  if (!top) {
    throw badInput("--language", answers.language ?? [], "leaves no framework that generates a starter", {
      hint: "pass --framework <id> (see create-any-backend list)",
    });
  }
  return { recommendation, framework: findFramework(catalog, top.framework) };
}

/**
 * The database a starter is generated for: the one asked for, else SQLite (the
 * default: embedded, no server), else the starter's first. A starter that keeps
 * its data in memory has none; asking one of it is bad input naming both.
 */
export function resolveDatabase(framework: GeneratingFramework, asked: DatabaseId | undefined): DatabaseId | undefined {
  const offered = DATABASE_IDS.filter((d) => framework.starter.databases?.[d]);
  if (asked === undefined) return offered.includes("sqlite") ? "sqlite" : offered[0];
  if (offered.includes(asked)) return asked;
  if (offered.length === 0)
    throw badInput("--database", asked, `cannot be used: the ${framework.id} starter keeps its data in memory`, { hint: "choose another framework (see create-any-backend list)" });
  throw badInput("--database", asked, `is not offered by the ${framework.id} starter`, { allowed: offered, hint: `pass --database ${offered[0]}, or choose another framework` });
}
