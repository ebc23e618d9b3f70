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

/**
 * The answers a starter is generated from: the `--config` file, the manifest's
 * `answers`, and what flags and prompts fill in all share this schema, so a
 * manifest's answers replay as a config file.
 */
export const Answers = z.strictObject({
  name: z.optional(ProjectName),
  framework: z.optional(FrameworkId),
  priority: z.optional(z.array(PriorityId)),
  language: z.optional(z.array(LanguageId)),
  kind: z.optional(Kind),
  database: z.optional(DatabaseId),
  packageManager: z.optional(PackageManager),
  install: z.optional(z.boolean()),
  git: z.optional(z.boolean()),
  /** The team's resources (docs/CONTRACT.md, "Resources"): `add resource` appends one, `remove resource` marks one removed. */
  resources: z.optional(Resources),
});
export type Answers = z.infer<typeof Answers>;

/** The `--config` file's fields, for "did you mean" on a misspelt key. */
export const ANSWER_KEYS = Object.keys(Answers.shape);

export const COMMANDS = ["create", "recommend", "list", "regenerate", "add", "remove", "update", "undo", "schema"] as const;
export const Command = z.enum(COMMANDS);
export type Command = z.infer<typeof Command>;

/** Parsed command line. Answer-like flags live in `answers`, to layer over the config file. */
export const Options = z.strictObject({
  command: Command,
  dir: z.optional(z.string().check(z.minLength(1))),
  answers: Answers,
  config: z.optional(z.string().check(z.minLength(1))),
  yes: z.boolean(),
  json: z.boolean(),
  dryRun: z.boolean(),
  force: z.boolean(),
  all: z.boolean(),
  help: z.boolean(),
  version: z.boolean(),
  /** A file the user changed that the new render changes too: merged (git-style markers on a clash), or the new version beside it. */
  conflict: z._default(z.enum(["merge", "beside"]), "merge"),
  /** `add resource <name> --field ...` / `remove resource <name> [--drop-table]`. */
  resource: z.optional(
    z.strictObject({
      name: z.string(),
      fields: z._default(z.array(z.string()), []),
      singular: z.optional(z.string()),
      dropTable: z._default(z.boolean(), false),
    }),
  ),
});
export type Options = z.infer<typeof Options>;
