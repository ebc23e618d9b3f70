import * as z from "zod/mini";
import { didYouMean } from "../suggest.js";
import { DatabaseId, Kind, LanguageId, PriorityId } from "./ids.js";

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

export const FrameworkId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));

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
});
export type Answers = z.infer<typeof Answers>;

/** The `--config` file's fields, for "did you mean" on a misspelt key. */
export const ANSWER_KEYS = Object.keys(Answers.shape);

export const COMMANDS = ["create", "recommend", "list", "regenerate"] as const;
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
});
export type Options = z.infer<typeof Options>;
