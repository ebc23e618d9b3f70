import type { CatalogFramework } from "../catalog/types.js";
import type { Commands, Starter } from "../schema/catalog.js";
import type { PackageManager } from "../schema/options.js";
import type { Reason } from "../schema/requirements.js";
import { GENERATOR } from "../version.js";

export interface SourceRef { id: string; title: string }

/** Everything a template can see (templates/README.md documents it). */
export interface TemplateContext {
  name: string;
  framework: { id: string; name: string; language: string };
  port: number;
  commands: Commands;
  reasons: (Reason & { title: string })[];
  tradeoffs: (Reason & { title: string })[];
  notes: string[];
  pm: { name: PackageManager; install: string; run: string; exec: string };
  generator: typeof GENERATOR;
}

const PM: Record<PackageManager, TemplateContext["pm"]> = {
  npm: { name: "npm", install: "npm install", run: "npm run", exec: "npx" },
  pnpm: { name: "pnpm", install: "pnpm install", run: "pnpm run", exec: "pnpm exec" },
  yarn: { name: "yarn", install: "yarn install", run: "yarn run", exec: "yarn exec" },
  bun: { name: "bun", install: "bun install", run: "bun run", exec: "bunx" },
};

export function buildContext(input: {
  name: string;
  framework: CatalogFramework & { starter: Starter };
  packageManager: PackageManager;
  reasons: Reason[];
  tradeoffs: Reason[];
  sources: SourceRef[];
  renderCommand: (template: string, ctx: object) => string;
}): TemplateContext {
  const { framework, sources } = input;
  const starter = framework.starter;
  const titled = (r: Reason) => ({ ...r, section: r.section ?? "", title: sources.find((s) => s.id === r.source)?.title ?? r.source });
  const pm = PM[input.packageManager];
  // Commands may use the package-manager variables ({{pm.install}}), so they render first.
  const commands = Object.fromEntries(
    Object.entries(starter.commands).map(([k, v]) => [k, input.renderCommand(v, { pm })]),
  ) as Commands;
  return {
    name: input.name,
    framework: { id: framework.id, name: framework.name, language: starter.language },
    port: starter.port,
    commands,
    reasons: input.reasons.map(titled),
    tradeoffs: input.tradeoffs.map(titled),
    notes: starter.notes,
    pm,
    generator: GENERATOR,
  };
}
