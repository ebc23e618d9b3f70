import contract from "../../templates/_shared/contract.json" with { type: "json" };
import { numberMigrations, pascal, singularOf, type FieldType, type Resource } from "../schema/resources.js";

/** One spelling of a name in every case a template needs. */
export interface Spellings {
  snake: string;
  camel: string;
  pascal: string;
  kebab: string;
  /** Lower-case words: `line item` (messages, titles). */
  words: string;
  /** Capitalised words: `Line item`. */
  title: string;
}

export interface FieldContext extends Spellings {
  name: string;
  type: FieldType;
  optional: boolean;
  required: boolean;
  /** The longest string accepted (`string` only; 0 otherwise). */
  max: number;
  first: boolean;
  last: boolean;
}

export interface ResourceContext {
  /** The plural in snake case: path `/<name>`, table `<name>`. */
  name: string;
  path: string;
  plural: Spellings;
  singular: Spellings;
  fields: FieldContext[];
  /** The required fields' names, in order (OpenAPI's `required`). */
  requiredNames: string[];
  migration: number;
  removed: boolean;
  dropMigration: number | null;
  first: boolean;
  last: boolean;
}

/** A step of the project's migration history after the starter's own: a resource's table made, or dropped. */
export interface MigrationContext {
  number: number;
  kind: "create" | "drop";
  resource: ResourceContext;
  /** The step before this one, or null when this follows the starter's own migrations. */
  previous: { number: number; kind: "create" | "drop"; resource: string } | null;
}

export function spell(snake: string): Spellings {
  const words = snake.replace(/_/g, " ");
  const p = pascal(snake);
  return { snake, camel: p[0]!.toLowerCase() + p.slice(1), pascal: p, kebab: snake.replace(/_/g, "-"), words, title: words[0]!.toUpperCase() + words.slice(1) };
}

function resourceContext(r: Resource & { migration: number }, i: number, all: readonly unknown[]): ResourceContext {
  return {
    name: r.name,
    path: `/${r.name}`,
    plural: spell(r.name),
    singular: spell(r.singular ?? singularOf(r.name)!),
    fields: r.fields.map((f, j) => ({
      ...spell(f.name),
      name: f.name,
      type: f.type,
      optional: f.optional === true,
      required: f.optional !== true,
      max: f.type === "string" ? contract.stringMax : 0,
      first: j === 0,
      last: j === r.fields.length - 1,
    })),
    requiredNames: r.fields.filter((f) => f.optional !== true).map((f) => f.name),
    migration: r.migration,
    removed: r.removed === true,
    dropMigration: r.dropMigration ?? null,
    first: i === 0,
    last: i === all.length - 1,
  };
}

/** The resources a template sees: the live ones (code), and every migration step (removed resources' included). */
export function resourcesContext(resources: readonly Resource[] = []): { resources: ResourceContext[]; migrations: MigrationContext[] } {
  const numbered = numberMigrations(resources) as (Resource & { migration: number })[];
  const all = numbered.map((r, i) => resourceContext(r, i, numbered));
  const live = numbered.filter((r) => !r.removed).map((r, i, list) => resourceContext(r, i, list));
  const steps = all
    .flatMap((r) => [
      { number: r.migration, kind: "create" as const, resource: r },
      ...(r.dropMigration !== null ? [{ number: r.dropMigration, kind: "drop" as const, resource: r }] : []),
    ])
    .sort((a, b) => a.number - b.number);
  const migrations = steps.map((s, i): MigrationContext => {
    const prev = steps[i - 1];
    return { ...s, previous: prev ? { number: prev.number, kind: prev.kind, resource: prev.resource.name } : null };
  });
  return { resources: live, migrations };
}

export { contract };
