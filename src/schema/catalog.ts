import * as z from "zod/mini";
import { CRITERIA, Criterion, DatabaseId, Kind, LanguageId, PriorityId, SourceId } from "./ids.js";

// The catalog's files (data/, templates/<id>/starter.json): validated when a clone reads them and when the
// package is built, never on a user's run of the package. The ids they use live in ids.ts, which every command needs.

const id = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, "lowercase id: letters, digits, dashes"));

/** Where a statement comes from: article short id + the section heading it is under. */
export const Citation = z.strictObject({ id: SourceId, section: z.string().check(z.minLength(1)) });

/** One statement about a framework, in our own words, with its source. */
export const Statement = z.strictObject({
  text: z.string().check(z.minLength(1)),
  source: Citation,
  priorities: z._default(z.array(PriorityId), []),
  criteria: z._default(z.array(Criterion), []),
});

/** A rating is either the article's number or derived from the framework's tagged statements. */
export const Rating = z.union([
  z.strictObject({ value: z.number().check(z.minimum(1), z.maximum(5), z.multipleOf(0.5)), source: Citation }),
  z.literal("derived"),
]);

export const Framework = z.strictObject({
  id,
  name: z.string().check(z.minLength(1)),
  /** Other names people type for it ("spring", "nest"): never accepted as the id, only suggested. */
  aliases: z._default(z.array(z.string().check(z.regex(/^[a-z0-9.+-]+$/))), []),
  languages: z.array(LanguageId).check(z.minLength(1)),
  kind: Kind,
  summary: z.string().check(z.minLength(1)),
  articles: z.array(SourceId).check(z.minLength(1)),
  ratings: z.strictObject(Object.fromEntries(CRITERIA.map((c) => [c, Rating])) as Record<(typeof CRITERIA)[number], typeof Rating>),
  traits: z.array(id),
  pros: z.array(Statement),
  cons: z.array(Statement),
  useCases: z.array(Statement),
  claims: z._default(z.array(Statement), []),
});

/** A decision rule an article states: when the requirements match, prefer these frameworks. */
export const Rule = z.strictObject({
  id,
  source: Citation,
  text: z.string().check(z.minLength(1)),
  /**
   * When the advice applies: a priority asked for, a language the team knows (any of `languages`), both,
   * or `nothingAsked`: an article's overall pick, for when no priority, language or kind is given.
   */
  when: z.strictObject({
    priority: z.optional(PriorityId),
    languages: z.optional(z.array(LanguageId).check(z.minLength(1))),
    nothingAsked: z.optional(z.literal(true)),
  }).check(
    z.refine((w) => w.priority !== undefined || w.languages !== undefined || w.nothingAsked === true, "a rule needs a priority, languages or nothingAsked"),
    z.refine((w) => !(w.nothingAsked && (w.priority !== undefined || w.languages !== undefined)), "nothingAsked excludes priority and languages"),
  ),
  prefer: z.array(id).check(z.minLength(1)),
  weight: z._default(z.number().check(z.positive()), 4),
});

export const Priority = z.strictObject({
  id: PriorityId,
  label: z.string().check(z.minLength(1)),
  hint: z.string().check(z.minLength(1)),
  /** How much each rating criterion counts toward this priority. */
  criteria: z.partialRecord(Criterion, z.number().check(z.positive())),
  kind: z.optional(Kind),
});

export const Language = z.strictObject({ id: LanguageId, label: z.string().check(z.minLength(1)) });

export const Source = z.strictObject({
  id: SourceId,
  title: z.string().check(z.minLength(1)),
  author: z.optional(z.string()),
  note: z.optional(z.string()),
});

export const Commands = z.strictObject({
  install: z.string().check(z.minLength(1)),
  test: z.string().check(z.minLength(1)),
  /** Brings the schema up to date, then serves. */
  start: z.string().check(z.minLength(1)),
  /** Only brings the schema up to date (starters with a database). */
  migrate: z.optional(z.string().check(z.minLength(1))),
  /** Serves with reload on change, where the framework has it. */
  dev: z.optional(z.string().check(z.minLength(1))),
  /** The ecosystem's linters and format checks (and type checks), as its CI runs them. */
  lint: z.optional(z.string().check(z.minLength(1))),
});

/** What one database adds to a starter: shared layers (templates/_shared/<layer>/) and its DATABASE_URL default. */
export const StarterDatabase = z.strictObject({
  layers: z._default(z.array(id), []),
  /** The DATABASE_URL the starter uses when none is set (rendered: may use {{name}} helpers). */
  url: z.string().check(z.minLength(1)),
});

/**
 * A starter that generates resources (docs/CONTRACT.md): every layer's `_resource/` files render once per
 * resource, `_migration/` once per migration step that makes a table, `_drop/` once per step that drops one.
 * A step's id is `migrationOffset + its number`, zero-padded to `migrationDigits` (`__migration__` in a path).
 */
export const StarterResources = z.strictObject({
  migrationOffset: z._default(z.int().check(z.minimum(0)), 0),
  migrationDigits: z._default(z.int().check(z.minimum(1), z.maximum(20)), 4),
});

/** `templates/<id>/starter.json`: how a framework's starter is built, run and verified. */
export const Starter = z.strictObject({
  language: LanguageId,
  layers: z._default(z.array(id), []),
  port: z.int().check(z.minimum(1), z.maximum(65535)),
  commands: Commands,
  /**
   * The databases this starter supports, each with its layers; the framework's
   * own pieces for one live in templates/<id>/_database/<db>/. Absent: the
   * starter keeps its data in memory.
   */
  databases: z.optional(z.partialRecord(DatabaseId, StarterDatabase)),
  /** Present when the starter generates resources (`add resource`). */
  resources: z.optional(StarterResources),
  toolchain: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  verification: z.enum(["run", "syntax"]),
  notes: z._default(z.array(z.string()), []),
  /**
   * Packages this starter pins at another version than the other starters do, each with why
   * (a peer range of one of its own dependencies); every other shared pin is one version everywhere.
   */
  pinnedApart: z.optional(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(10)))),
});

export type Citation = z.infer<typeof Citation>;
export type Statement = z.infer<typeof Statement>;
export type Rating = z.infer<typeof Rating>;
export type Framework = z.infer<typeof Framework>;
export type Rule = z.infer<typeof Rule>;
export type Priority = z.infer<typeof Priority>;
export type Language = z.infer<typeof Language>;
export type Source = z.infer<typeof Source>;
export type Commands = z.infer<typeof Commands>;
export type Starter = z.infer<typeof Starter>;
export type StarterDatabase = z.infer<typeof StarterDatabase>;
