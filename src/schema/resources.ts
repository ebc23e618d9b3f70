import * as z from "zod/mini";
import { BUILT_IN_RESOURCES, classTakenBy, reservedBy } from "./reserved.js";

/**
 * A resource is an answer like any other: the team's domain (`orders` with its
 * fields), stored in the manifest and rendered by every framework in its own
 * idiom. The rules are docs/CONTRACT.md's ("Resources").
 */
export const FIELD_TYPES = ["string", "text", "integer", "number", "boolean", "datetime"] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const MAX_NAME = 40;

const snakeName = (what: string) =>
  z.string().check(
    z.maxLength(MAX_NAME, `must be at most ${MAX_NAME} characters`),
    z.regex(SNAKE, `must be lower snake case: a-z, digits and single underscores, starting with a letter (${what})`),
  );

export const FieldName = snakeName("title, unit_price").check(
  z.superRefine((name, ctx) => {
    if (name === "id") ctx.issues.push({ code: "custom", input: name, message: "is the primary key every resource has already; choose another name" });
    const by = reservedBy(name);
    if (by.length > 0)
      ctx.issues.push({ code: "custom", input: name, message: `is reserved in ${by.join(", ")}, so the resource could not be generated for every framework; choose another name (e.g. ${name}_value)` });
  }),
);

export const Field = z.strictObject({ name: FieldName, type: FieldType, optional: z.optional(z.boolean()) });
export type Field = z.infer<typeof Field>;

/**
 * The one documented rule for a singular: the last word of the plural made
 * singular (`-ies` → `-y`; `-sses`, `-shes`, `-ches`, `-xes`, `-zes` drop `es`;
 * a final `s` after anything but `s` is dropped); undefined when the rule does
 * not apply (`data`), where `--singular` must say it.
 */
export function singularOf(plural: string): string | undefined {
  const words = plural.split("_");
  const last = words.pop()!;
  let one: string | undefined;
  if (/[^aeiou]ies$/.test(last)) one = `${last.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x|z)es$/.test(last)) one = last.slice(0, -2);
  else if (/[^s]s$/.test(last)) one = last.slice(0, -1);
  return one && one.length > 0 ? [...words, one].join("_") : undefined;
}

export const pascal = (snake: string) => snake.split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");

export const ResourceName = snakeName("orders, line_items").check(
  z.superRefine((name, ctx) => {
    if ((BUILT_IN_RESOURCES as readonly string[]).includes(name))
      ctx.issues.push({ code: "custom", input: name, message: `is part of the sample API every starter serves (${BUILT_IN_RESOURCES.join(", ")}); choose another name` });
    const by = reservedBy(name);
    if (by.length > 0) ctx.issues.push({ code: "custom", input: name, message: `is reserved in ${by.join(", ")}; choose another name` });
  }),
);

export const Resource = z
  .strictObject({
    name: ResourceName,
    /** Overrides the rule in singularOf (class names, messages: `order 7 not found`). */
    singular: z.optional(snakeName("order, line_item")),
    fields: z.array(Field).check(z.minLength(1, "needs at least one field"), z.maxLength(50, "must be at most 50 fields")),
    /** Its place in the project's migration history, given when it was added; a removed resource keeps it. */
    migration: z.optional(z.int().check(z.minimum(1), z.maximum(9999))),
    /** Taken out by `remove resource`: no code any more, but its migration (and so its table and rows) stays. */
    removed: z.optional(z.boolean()),
    /** `remove resource --drop-table`: the number of the migration that drops its table. */
    dropMigration: z.optional(z.int().check(z.minimum(1), z.maximum(9999))),
  })
  .check(
    z.superRefine((r, ctx) => {
      const seen = new Set<string>();
      r.fields.forEach((f, i) => {
        if (seen.has(f.name)) ctx.issues.push({ code: "custom", input: f.name, path: ["fields", i, "name"], message: "is a duplicate field name" });
        seen.add(f.name);
      });
      const one = r.singular ?? singularOf(r.name);
      if (one === undefined)
        ctx.issues.push({ code: "custom", input: r.name, path: ["name"], message: "has no singular by the rule (-ies → -y, -es, -s); say it with --singular" });
      else if (one === r.name) ctx.issues.push({ code: "custom", input: one, path: ["singular"], message: "must differ from the (plural) name" });
      else {
        const by = [...reservedBy(one), ...classTakenBy(pascal(one))];
        if (by.length > 0)
          ctx.issues.push({ code: "custom", input: one, path: ["singular"], message: `(the singular, class ${pascal(one)}) is already used in ${[...new Set(by)].join(", ")}; choose another name` });
      }
      if (r.dropMigration !== undefined && !r.removed)
        ctx.issues.push({ code: "custom", input: r.dropMigration, path: ["dropMigration"], message: "is only for a removed resource" });
    }),
  );
export type Resource = z.infer<typeof Resource>;

export const Resources = z.array(Resource).check(
  z.superRefine((list, ctx) => {
    const names = new Map<string, number>();
    const singulars = new Map<string, number>();
    const migrations = new Map<number, number>();
    list.forEach((r, i) => {
      if (names.has(r.name)) ctx.issues.push({ code: "custom", input: r.name, path: [i, "name"], message: "is a duplicate resource name" });
      names.set(r.name, i);
      const one = r.singular ?? singularOf(r.name);
      if (one !== undefined) {
        if (singulars.has(one) || names.has(one)) ctx.issues.push({ code: "custom", input: one, path: [i, "singular"], message: "is another resource's singular or name" });
        singulars.set(one, i);
      }
      for (const n of [r.migration, r.dropMigration]) {
        if (n === undefined) continue;
        if (migrations.has(n)) ctx.issues.push({ code: "custom", input: n, path: [i, "migration"], message: "is another resource's migration number" });
        migrations.set(n, i);
      }
    });
  }),
);

/** Every resource with its migration number: those without one (a hand-written --config) get the next free ones, in order. */
export function numberMigrations(list: readonly Resource[]): Resource[] {
  let next = Math.max(0, ...list.flatMap((r) => [r.migration ?? 0, r.dropMigration ?? 0])) + 1;
  return list.map((r) => (r.migration !== undefined ? r : { ...r, migration: next++ }));
}

/** `title:string`, `paid:boolean?` → a field; the error says what is wrong with the spec. */
export function parseFieldSpec(spec: string): Field | { problem: string } {
  const m = /^([^:]*):([^:?]*)(\?)?$/.exec(spec.trim());
  if (!m) return { problem: "must be <name>:<type>, with ? after the type for an optional field (title:string, paid:boolean?)" };
  const parsed = Field.safeParse({ name: m[1], type: m[2], ...(m[3] && { optional: true }) });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.path[0] === "type") return { problem: `type "${m[2]}" is not one of ${FIELD_TYPES.join(", ")}` };
  return { problem: `field name "${m[1]}" ${issue.message}` };
}
