import * as z from "zod/mini";
import { didYouMean } from "../suggest.js";
import { DatabaseId, Kind, LanguageId, PriorityId } from "./ids.js";
import { Resources } from "./resources.js";

export const PACKAGE_MANAGERS = ["npm", "pnpm", "yarn", "bun"] as const;
export type PackageManagerName = (typeof PACKAGE_MANAGERS)[number];
/** A package manager, optionally with its exact version, as corepack writes it: `pnpm`, `yarn@1.22.22`, `yarn@4.18.1`. */
export const PackageManager = z.string().check(
  z.superRefine((value, ctx) => {
    if (new RegExp(`^(${PACKAGE_MANAGERS.join("|")})(@\\d+\\.\\d+\\.\\d+)?$`).test(value)) return;
    const hint = didYouMean(value.split("@")[0]!, PACKAGE_MANAGERS);
    ctx.issues.push({
      code: "custom",
      input: value,
      message: `must be one of ${PACKAGE_MANAGERS.join(", ")}, optionally with @<version> (yarn@4.18.1)${hint ? `; ${hint}` : ""}`,
    });
  }),
);
export type PackageManager = z.infer<typeof PackageManager>;

/** A project name: also a folder name and the seed of every package/module name. */
export const ProjectName = z.string().check(
  z.minLength(1, "must not be empty"),
  z.maxLength(100, "must be at most 100 characters"),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must start with a letter or digit and hold only letters, digits, '.', '_' and '-'"),
  z.refine((s) => !/^(node_modules|favicon\.ico)$/i.test(s), "is a reserved name"),
);

/** A framework id as given: matched against the catalog case-insensitively, with suggestions, where it is resolved. */
export const FrameworkId = z.string().check(z.minLength(1, "must not be empty"), z.maxLength(100, "must be at most 100 characters"));

export const COMMANDS = ["create", "recommend", "list", "regenerate", "add", "remove", "update", "undo", "schema"] as const;
export const Command = z.enum(COMMANDS);
export type Command = z.infer<typeof Command>;

/**
 * What makes a field of the schemas below a command-line flag: the parser, `--help` and the README's
 * flag table are derived from the schemas with this (src/cli/flags.ts); the type, the allowed values and
 * the flag's name (the key in kebab case) come from the schema itself.
 */
export interface FlagMeta {
  /** The line in `--help`; for a list of ids, the ids are appended. */
  help: string;
  /** The README's wording (Markdown), when it says more than `help`. */
  doc?: string;
  /** The value as help shows it, for a string or list whose values are not an enum: `<id>`. */
  value?: string;
  short?: string;
  /** The flag's name when it is not the key in kebab case (`fields` → `--field`). */
  flag?: string;
  /** `--no-<name>` sets it false. */
  negatable?: boolean;
  /** Names other tools use for it: not accepted, only suggested ("--template" → "--framework"). */
  aliases?: string[];
  /** The commands whose help lists it (all when absent). */
  for?: readonly Command[];
}
export const flagMeta = z.registry<FlagMeta>();

const CREATE: readonly Command[] = ["create"];
const DECIDING: readonly Command[] = ["create", "recommend", "regenerate"];
const WRITING: readonly Command[] = ["create", "regenerate", "add", "remove", "update", "undo"];

/**
 * The answers a starter is generated from: the `--config` file, the manifest's
 * `answers`, and what flags and prompts fill in all share this schema, so a
 * manifest's answers replay as a config file.
 */
export const Answers = z.strictObject({
  framework: z.optional(FrameworkId).register(flagMeta, {
    help: "framework to generate (see `list`); default: the top recommendation",
    doc: "framework to generate (ids below); default: the top recommendation",
    value: "<id>",
    aliases: ["template", "fw", "stack"],
    for: ["create", "regenerate"],
  }),
  priority: z.optional(z.array(PriorityId)).register(flagMeta, { help: "what matters", value: "<ids>", aliases: ["priorities", "needs", "need"], for: DECIDING }),
  language: z.optional(z.array(LanguageId)).register(flagMeta, { help: "languages the team knows", value: "<ids>", aliases: ["languages", "lang", "langs"], for: DECIDING }),
  kind: z.optional(Kind).register(flagMeta, { help: "prefer API-only or full-stack frameworks", for: DECIDING }),
  database: z.optional(DatabaseId).register(flagMeta, {
    help: "where the starter keeps its data: sqlite (default: one file, no server) or postgres",
    doc: "where the starter keeps its data: `sqlite` (default: `data/app.db`, no server) or `postgres` (`DATABASE_URL`, with a `compose.yaml`)",
    aliases: ["db", "orm"],
    for: ["create", "regenerate"],
  }),
  name: z.optional(ProjectName).register(flagMeta, { help: "project name (default: the folder name)", value: "<name>", for: CREATE }),
  packageManager: z.optional(PackageManager).register(flagMeta, {
    help: "for JavaScript starters (default: the one that launched create-any-backend)",
    doc: "for JavaScript starters, optionally with a version (`yarn@4.18.1`); default: the one that launched create-any-backend",
    value: PACKAGE_MANAGERS.join("|"),
    for: CREATE,
  }),
  install: z.optional(z.boolean()).register(flagMeta, { help: "install dependencies after generating (default: yes)", negatable: true, for: CREATE }),
  git: z.optional(z.boolean()).register(flagMeta, {
    help: "initialise a git repository with a first commit (default: yes)",
    doc: "`git init` and a first commit (default: yes; skipped inside an existing repository)",
    negatable: true,
    for: CREATE,
  }),
  /** The team's resources (docs/CONTRACT.md, "Resources"): `add resource` appends one, `remove resource` marks one removed. */
  resources: z.optional(Resources),
});
export type Answers = z.infer<typeof Answers>;

/** The `--config` file's fields, for "did you mean" on a misspelt key. */
export const ANSWER_KEYS = Object.keys(Answers.shape);

/** Parsed command line. Answer-like flags live in `answers`, to layer over the config file. */
export const Options = z.strictObject({
  command: Command,
  dir: z.optional(z.string().check(z.minLength(1))),
  answers: Answers,
  config: z.optional(z.string().check(z.minLength(1))).register(flagMeta, {
    help: "answers file (same schema as a manifest's answers); flags override it",
    doc: "answers file; same schema as a manifest's `answers` (a whole `.create-any-backend.json` works too); flags override it",
    value: "<file>",
    for: ["create", "recommend"],
  }),
  yes: z.boolean().register(flagMeta, { help: "accept defaults and the recommendation; ask nothing", doc: "ask nothing: take the recommendation and the defaults", short: "y", for: WRITING }),
  json: z.boolean().register(flagMeta, { help: "print one JSON document on stdout (also for errors); ask nothing", doc: "one JSON document on stdout, also for errors; progress goes to stderr" }),
  dryRun: z.boolean().register(flagMeta, { help: "show what would be written; write nothing", doc: "list what would be written (or, for `regenerate`, the plan); write nothing", for: WRITING }),
  force: z.boolean().register(flagMeta, {
    help: "write into a non-empty folder (existing files are backed up first)",
    doc: "write into a non-empty folder; every file it replaces is backed up first, and a link or folder of yours is never written through (the new version goes beside it)",
    for: CREATE,
  }),
  all: z.boolean().register(flagMeta, { help: "recommend: show every framework, not just the top 3", doc: "`recommend`: every framework, not just the top 3, with where each derived rating came from", for: ["recommend"] }),
  /** `add resource <name> --field ...` / `remove resource <name> [--drop-table]`. */
  resource: z.optional(
    z.strictObject({
      name: z.string(),
      fields: z._default(z.array(z.string()), []).register(flagMeta, {
        help: "add resource: a field (types: string, text, integer, number, boolean, datetime; ? makes it optional); repeat or comma-separate",
        doc: "`add resource`: a field; types `string text integer number boolean datetime`, `?` for optional; repeat it",
        flag: "field",
        value: "<name>:<type>[?]",
        for: ["add"],
      }),
      singular: z.optional(z.string()).register(flagMeta, {
        help: "add resource: the singular, when the rule (-ies → -y, -es, -s) gets it wrong",
        doc: "`add resource`: the singular, when the rule (-ies → -y, -es, -s) gets it wrong",
        value: "<name>",
        for: ["add"],
      }),
      dropTable: z._default(z.boolean(), false).register(flagMeta, {
        help: "remove resource: also a migration that drops its table (its rows go)",
        doc: "`remove resource`: also a migration that drops its table",
        for: ["remove"],
      }),
    }),
  ),
  /** A file the user changed that the new render changes too: merged (git-style markers on a clash), or the new version beside it. */
  conflict: z._default(z.enum(["merge", "beside"]), "merge").register(flagMeta, {
    help: "a file you changed that the new render changes too: merged, with git-style markers where both changed the same lines (default), or the new version beside it",
    doc: "a file you changed that the new render changes too: merged three ways, git-style markers where both changed the same lines (default), or the new version beside it",
    for: ["regenerate", "add", "remove", "update"],
  }),
  help: z.boolean().register(flagMeta, { help: "show this help", doc: "show the help", short: "h" }),
  version: z.boolean().register(flagMeta, { help: "show the version", short: "v" }),
});
export type Options = z.infer<typeof Options>;
