import { z } from "zod";
import { DatabaseId, Kind, LanguageId, PriorityId } from "./catalog.js";

export const PACKAGE_MANAGERS = ["npm", "pnpm", "yarn", "bun"] as const;
export const PackageManager = z.enum(PACKAGE_MANAGERS);
export type PackageManager = z.infer<typeof PackageManager>;

/** A project name: also a folder name and the seed of every package/module name. */
export const ProjectName = z
  .string()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must start with a letter or digit and hold only letters, digits, '.', '_' and '-'")
  .refine((s) => !/^(node_modules|favicon\.ico)$/i.test(s), "is a reserved name");

export const FrameworkId = z.string().regex(/^[a-z][a-z0-9-]*$/);

/**
 * The answers a starter is generated from: the `--config` file, the manifest's
 * `answers`, and what flags and prompts fill in all share this schema, so a
 * manifest's answers replay as a config file.
 */
export const Answers = z.strictObject({
  name: ProjectName.optional(),
  framework: FrameworkId.optional(),
  priority: z.array(PriorityId).optional(),
  language: z.array(LanguageId).optional(),
  kind: Kind.optional(),
  database: DatabaseId.optional(),
  packageManager: PackageManager.optional(),
  install: z.boolean().optional(),
  git: z.boolean().optional(),
});
export type Answers = z.infer<typeof Answers>;

export const COMMANDS = ["create", "recommend", "list", "regenerate"] as const;
export const Command = z.enum(COMMANDS);
export type Command = z.infer<typeof Command>;

/** Parsed command line. Answer-like flags live in `answers`, to layer over the config file. */
export const Options = z.strictObject({
  command: Command,
  dir: z.string().min(1).optional(),
  answers: Answers,
  config: z.string().min(1).optional(),
  yes: z.boolean(),
  json: z.boolean(),
  dryRun: z.boolean(),
  force: z.boolean(),
  all: z.boolean(),
  help: z.boolean(),
  version: z.boolean(),
});
export type Options = z.infer<typeof Options>;
