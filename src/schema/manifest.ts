import * as z from "zod/mini";
import { LEGACY_MANIFEST_FILE, MANIFEST_FILE, pathProblem } from "../write/project-path.js";
import { Commands } from "./catalog.js";
import { Answers, FrameworkId, ProjectName } from "./options.js";

/** A path inside the project, out of `.git/` and our state folder (write/project-path.ts). */
export const ProjectPath = z.string().check(
  z.superRefine((rel, ctx) => {
    const problem = pathProblem(rel);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: rel });
  }),
);

/**
 * A key of `files`: a path regenerate may replace or remove, so it must stay
 * inside the project, out of `.git/` and our state folder, and not name a manifest.
 */
export const FilePath = z.string().check(
  z.superRefine((rel, ctx) => {
    const problem = rel === MANIFEST_FILE || rel === LEGACY_MANIFEST_FILE ? "is the manifest itself" : pathProblem(rel);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: rel });
  }),
);

/** `.create-any-backend.json`: what was generated, from what, and how to run it. */
export const Manifest = z.strictObject({
  generator: z.strictObject({ name: z.enum(["create-any-backend", "create-backend"]), version: z.string().check(z.minLength(1)) }),
  framework: FrameworkId,
  // Every version recorded the project's name and framework among the answers; replay needs them.
  answers: z.extend(Answers, { name: ProjectName, framework: FrameworkId }),
  commands: Commands,
  port: z.int().check(z.minimum(1), z.maximum(65535)),
  files: z.record(FilePath, z.string().check(z.regex(/^[0-9a-f]{64}$/, "sha256 hex"))),
});
export type Manifest = z.infer<typeof Manifest>;
