import path from "node:path";
import type { Catalog } from "../catalog/types.js";
import { findFramework } from "../decide/resolve.js";
import { badInput } from "../errors.js";
import type { Io } from "../io.js";
import { readManifest } from "../regenerate/manifest-read.js";
import type { WriteHooks } from "../regenerate/apply.js";
import type { Options } from "../schema/options.js";
import { numberMigrations, parseFieldSpec, Resource, ResourceName, Resources, type Field } from "../schema/resources.js";
import { validate } from "../validate.js";
import { replan, type RegenerateResult } from "./replan.js";

/** The project's folder and manifest, for a framework whose starter generates resources. */
function project(options: Options, io: Io, catalog: Catalog, verb: string) {
  const dir = path.resolve(io.cwd, options.dir ?? ".");
  const old = readManifest(dir, catalog);
  const framework = findFramework(catalog, old.framework);
  if (!framework.starter.resources)
    throw badInput(`${verb} resource`, old.framework, "cannot be done: this framework's starter does not generate resources yet", {
      hint: "switch to one that does (create-any-backend list), or write the resource by hand",
    });
  return { dir, old };
}

/** The name alone, before fields are asked for. */
function ResourceNameOnly(name: string): void {
  validate(ResourceName, name, () => "add resource");
}

/** The resources after a change, checked as a whole (a duplicate name or singular, a reserved word) and numbered. */
function checked(list: Resource[], field: string): Resource[] {
  return numberMigrations(validate(Resources, list, (p) => (p.length <= 1 ? field : `${field}: ${p.slice(1).map(String).join(".")}`)));
}

/** `add resource <name> --field name:type[?] ...`: the resource joins the answers, and the project is replanned. */
export async function addResource(options: Options, io: Io, catalog: Catalog, hooks: WriteHooks = {}): Promise<RegenerateResult> {
  const spec = options.resource!;
  let fields: Field[] = spec.fields.map((s) => {
    const f = parseFieldSpec(s);
    if ("problem" in f) throw badInput("--field", s, f.problem);
    return f;
  });
  // The resource on its own first (its name, its singular, its fields): bad input is named before the project is read.
  if (fields.length > 0) validate(Resource, { name: spec.name, fields, ...(spec.singular && { singular: spec.singular }) }, (p) => (p[0] === "fields" ? `--field ${String(p[1] !== undefined ? fields[Number(p[1])]?.name : "")}` : p[0] === "singular" ? "--singular" : "add resource"));
  else {
    ResourceNameOnly(spec.name);
    if (!io.ask) throw badInput("--field", null, "is required when nothing can be asked: one per field", { hint: "e.g. --field title:string --field paid:boolean --field due_at:datetime?" });
  }
  const { dir, old } = project(options, io, catalog, "add");
  if (fields.length === 0) fields = await io.ask!.fields(spec.name);
  const resource: Resource = { name: spec.name, fields, ...(spec.singular && { singular: spec.singular }) };
  const resources = checked([...(old.answers.resources ?? []), resource], spec.name);
  return replan({ operation: "add resource", dir, old, answers: { ...old.answers, resources }, dryRun: options.dryRun, yes: options.yes, conflict: options.conflict }, io, catalog, hooks);
}

/** `remove resource <name> [--drop-table]`: its code goes; its migration stays (a later one drops the table only when asked). */
export async function removeResource(options: Options, io: Io, catalog: Catalog, hooks: WriteHooks = {}): Promise<RegenerateResult> {
  const spec = options.resource!;
  const { dir, old } = project(options, io, catalog, "remove");
  const list = numberMigrations(old.answers.resources ?? []);
  const live = list.filter((r) => !r.removed).map((r) => r.name);
  if (!live.includes(spec.name)) throw badInput("remove resource", spec.name, "is not a resource of this project", { allowed: live.length ? live : ["(none yet)"] });
  const next = Math.max(0, ...list.flatMap((r) => [r.migration ?? 0, r.dropMigration ?? 0])) + 1;
  const resources = checked(
    list.map((r) => (r.name === spec.name ? { ...r, removed: true, ...(spec.dropTable && { dropMigration: next }) } : r)),
    spec.name,
  );
  return replan({ operation: "remove resource", dir, old, answers: { ...old.answers, resources }, dryRun: options.dryRun, yes: options.yes, conflict: options.conflict }, io, catalog, hooks);
}
