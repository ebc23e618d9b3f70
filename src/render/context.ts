import type { CatalogFramework } from "../catalog/types.js";
import type { Commands, Starter } from "../schema/catalog.js";
import type { DatabaseId } from "../schema/ids.js";
import type { PackageManager, PackageManagerName } from "../schema/options.js";
import type { Reason } from "../schema/requirements.js";
import type { Resource } from "../schema/resources.js";
import { GENERATOR } from "../version.js";
import { contract, resourcesContext, type MigrationContext, type ResourceContext } from "./resource-context.js";

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
  pm: PackageManagerInfo;
  /** null for a starter that keeps its data in memory. */
  database: { id: DatabaseId; label: string; url: string } | null;
  /** The team's resources (docs/CONTRACT.md, "Resources"), in the order they were added; removed ones are not here. */
  resources: ResourceContext[];
  /** Every resource migration step, removed resources' included, with its id in this starter's sequence. */
  migrations: (MigrationContext & { id: string; previous: (MigrationContext["previous"] & { id: string }) | null })[];
  /** The HTTP contract's values (templates/_shared/contract.json). */
  contract: typeof contract;
  generator: typeof GENERATOR;
}

const DATABASE_LABELS: Record<DatabaseId, string> = { sqlite: "SQLite", postgres: "PostgreSQL" };

/**
 * What a template needs to know of a package manager. `spec` is what goes into
 * package.json's packageManager field (so corepack runs the same one in CI and
 * Docker); npm needs none. Yarn 2 and later ("berry") install differently from
 * Yarn 1 and need node_modules spelled out (.yarnrc.yml).
 */
export interface PackageManagerInfo {
  name: PackageManagerName;
  version: string | null;
  spec: string | null;
  berry: boolean;
  /**
   * Where this manager is told which dependencies may run install scripts (better-sqlite3
   * compiles its native module then): npm 11.19+ reads package.json `allowScripts`; pnpm 10
   * package.json `pnpm.onlyBuiltDependencies`; pnpm 11+ `allowBuilds` in pnpm-workspace.yaml
   * (it no longer reads package.json's `pnpm` field, and fails on a build nobody decided);
   * Yarn 2+ `dependenciesMeta.<name>.built` (Yarn 4.18 runs no scripts otherwise); bun
   * `trustedDependencies`. null where every script runs (Yarn 1, pnpm 9 and older).
   */
  buildApproval: "allowScripts" | "onlyBuiltDependencies" | "allowBuilds" | "dependenciesMeta" | "trustedDependencies" | null;
  /** Settings files beside package.json that the install reads, so the Dockerfile copies them with the lockfile. */
  configFiles: string[];
  install: string;
  run: string;
  exec: string;
  lockfile: string;
  /** The frozen install from the lockfile, and the same without dev dependencies. */
  ci: string;
  ciProd: string;
}

/** Versions written when the package manager was named without one (the newest on the npm registry when this was released). */
export const DEFAULT_VERSIONS: Record<Exclude<PackageManagerName, "npm">, string> = { pnpm: "12.21.0", yarn: "4.18.1", bun: "1.4.5" };

export function packageManagerInfo(answer: PackageManager): PackageManagerInfo {
  const [name, given] = answer.split("@") as [PackageManagerName, string | undefined];
  const version = name === "npm" ? null : (given ?? DEFAULT_VERSIONS[name]);
  const spec = version && `${name}@${version}`;
  const major = version ? Number(version.split(".")[0]) : 0;
  const berry = name === "yarn" && major >= 2;
  const buildApproval = {
    npm: "allowScripts" as const,
    pnpm: major >= 11 ? ("allowBuilds" as const) : major === 10 ? ("onlyBuiltDependencies" as const) : null,
    yarn: berry ? ("dependenciesMeta" as const) : null,
    bun: "trustedDependencies" as const,
  }[name];
  const configFiles = [...(berry ? [".yarnrc.yml"] : []), ...(buildApproval === "allowBuilds" ? ["pnpm-workspace.yaml"] : [])];
  const common = { name, version, spec, berry, buildApproval, configFiles };
  switch (name) {
    case "npm":
      return { ...common, install: "npm install", run: "npm run", exec: "npx", lockfile: "package-lock.json", ci: "npm ci", ciProd: "npm ci --omit=dev" };
    case "pnpm":
      return { ...common, install: "pnpm install", run: "pnpm run", exec: "pnpm exec", lockfile: "pnpm-lock.yaml", ci: "pnpm install --frozen-lockfile", ciProd: "pnpm install --frozen-lockfile --prod" };
    case "bun":
      return { ...common, install: "bun install", run: "bun run", exec: "bunx", lockfile: "bun.lock", ci: "bun install --frozen-lockfile", ciProd: "bun install --frozen-lockfile --production" };
    case "yarn":
      return berry
        ? { ...common, install: "yarn install", run: "yarn run", exec: "yarn exec", lockfile: "yarn.lock", ci: "yarn install --immutable", ciProd: "yarn workspaces focus --all --production" }
        : { ...common, install: "yarn install", run: "yarn run", exec: "yarn exec", lockfile: "yarn.lock", ci: "yarn install --frozen-lockfile", ciProd: "yarn install --frozen-lockfile --production" };
  }
}

export function buildContext(input: {
  name: string;
  framework: CatalogFramework & { starter: Starter };
  packageManager: PackageManager;
  database: DatabaseId | undefined;
  resources?: readonly Resource[];
  reasons: Reason[];
  tradeoffs: Reason[];
  sources: SourceRef[];
  renderCommand: (template: string, ctx: object) => string;
}): TemplateContext {
  const { framework, sources } = input;
  const starter = framework.starter;
  const titled = (r: Reason) => ({ ...r, section: r.section ?? "", title: sources.find((s) => s.id === r.source)?.title ?? r.source });
  const pm = packageManagerInfo(input.packageManager);
  const db = input.database && starter.databases?.[input.database];
  const database = input.database && db ? { id: input.database, label: DATABASE_LABELS[input.database], url: input.renderCommand(db.url, { name: input.name }) } : null;
  // Commands may use the package-manager variables ({{pm.install}}), so they render first.
  const commands = Object.fromEntries(
    Object.entries(starter.commands).map(([k, v]) => [k, input.renderCommand(v, { pm, database })]),
  ) as Commands;
  const { resources, migrations } = resourcesContext(input.resources);
  const { migrationOffset, migrationDigits } = starter.resources ?? { migrationOffset: 0, migrationDigits: 4 };
  const migrationId = (n: number) => String(migrationOffset + n).padStart(migrationDigits, "0");
  return {
    name: input.name,
    framework: { id: framework.id, name: framework.name, language: starter.language },
    port: starter.port,
    commands,
    reasons: input.reasons.map(titled),
    tradeoffs: input.tradeoffs.map(titled),
    notes: starter.notes,
    pm,
    database,
    resources,
    migrations: migrations.map((m) => ({ ...m, id: migrationId(m.number), previous: m.previous && { ...m.previous, id: migrationId(m.previous.number) } })),
    contract,
    generator: GENERATOR,
  };
}
