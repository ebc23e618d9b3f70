import type { Catalog, CatalogFramework } from "../catalog/types.js";
import { badInput } from "../errors.js";
import type { Starter } from "../schema/catalog.js";
import { DATABASE_IDS, type DatabaseId } from "../schema/ids.js";
import type { Answers } from "../schema/options.js";
import type { Recommendation, Requirements } from "../schema/requirements.js";
import { numberMigrations } from "../schema/resources.js";
import { missingOf, type Machine } from "../schema/toolchain.js";
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
    // Each resource keeps the migration number it was given, so removing one never renumbers the others.
    ...(kept.resources && { resources: numberMigrations(kept.resources) }),
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

/** A hint for a framework name that is not an id: an alias, a language's name, or a near miss. */
function frameworkHint(catalog: Catalog, given: string): string | undefined {
  const key = given.toLowerCase();
  const aliased = catalog.frameworks.find((f) => f.aliases.includes(key));
  if (aliased) return `did you mean "${aliased.id}" (${aliased.name})?`;
  const LANGUAGE_NAMES: Record<string, string> = { js: "javascript", ts: "typescript", py: "python", rb: "ruby", cs: "csharp", "c#": "csharp", golang: "go", rs: "rust", ex: "elixir", kt: "kotlin" };
  const language = catalog.languages.find((l) => l.id === (LANGUAGE_NAMES[key] ?? key));
  if (language) {
    const inIt = catalog.frameworks.filter((f) => f.starter && f.languages.includes(language.id)).map((f) => f.id);
    return `${given} is a language: pass --language ${language.id} to be recommended one${inIt.length ? `, or a framework written in it: ${inIt.join(", ")}` : ""}`;
  }
  return didYouMean(key, catalog.frameworks.map((f) => f.id));
}

/** The framework a person named: its id in any case ("Django"); anything else is bad input with a suggestion. */
export function findFramework(catalog: Catalog, id: string, field = "--framework"): GeneratingFramework {
  const ids = catalog.frameworks.map((f) => f.id);
  const fw = catalog.frameworks.find((f) => f.id === id.toLowerCase());
  if (!fw) throw badInput(field, id, "is not a known framework", { allowed: ids, hint: frameworkHint(catalog, id) });
  if (!generates(fw)) {
    const ok = catalog.frameworks.filter(generates).map((f) => f.id);
    throw badInput(field, id, "has no starter yet", { allowed: ok });
  }
  return fw;
}

/**
 * Pure: marks each ranked framework with whether it runs on this machine and what it lacks.
 * The order is the recommendation's own: the machine never changes it.
 */
export function annotate(rec: Recommendation, catalog: Catalog, machine: Machine): Recommendation {
  return {
    ...rec,
    recommendations: rec.recommendations.map((r) => {
      const starter = catalog.frameworks.find((f) => f.id === r.framework)?.starter;
      const missing = starter ? missingOf(starter.toolchain, machine) : [];
      return { ...r, runsHere: starter !== undefined && missing.length === 0, missing };
    }),
  };
}

/** Every toolchain entry of every starter: what a probe looks for before a framework is chosen. */
export const allToolchains = (catalog: Catalog): string[] => [...new Set(catalog.frameworks.flatMap((f) => f.starter?.toolchain ?? []))];

export interface Decision {
  recommendation: Recommendation;
  framework: GeneratingFramework;
  /** Better-ranked frameworks left out because they cannot run here (only when none was named). */
  passedOver: { framework: string; name: string; missing: string[] }[];
}

/**
 * Pure: the recommendation for the answers, and the framework to generate: the
 * one asked for, else the best-ranked one with a starter that runs on this
 * machine (when the machine is known), else the best-ranked with a starter.
 */
export function decide(answers: Answers, catalog: Catalog, machine?: Machine): Decision {
  const base = recommend(requirementsOf(answers), catalog);
  const recommendation = machine ? annotate(base, catalog, machine) : base;
  if (answers.framework) return { recommendation, framework: findFramework(catalog, answers.framework), passedOver: [] };
  const generating = recommendation.recommendations.filter((r) => r.generates);
  if (generating.length === 0) {
    throw badInput("--language", answers.language ?? [], "leaves no framework that generates a starter", {
      hint: "pass --framework <id> (see create-any-backend list)",
    });
  }
  const pick = generating.find((r) => r.runsHere !== false) ?? generating[0]!;
  const passedOver = generating.slice(0, generating.indexOf(pick)).map((r) => ({ framework: r.framework, name: r.name, missing: r.missing ?? [] }));
  return { recommendation, framework: findFramework(catalog, pick.framework), passedOver };
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
