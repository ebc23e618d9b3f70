import { z } from "zod";
import { Commands } from "./catalog.js";
import { Answers, FrameworkId } from "./options.js";

export const MANIFEST_FILE = ".create-any-backend.json";
/** What 0.1.0 (published as create-backend) called it: still read, and renamed on the next regenerate. */
export const LEGACY_MANIFEST_FILE = ".create-backend.json";

/** `.create-any-backend.json`: what was generated, from what, and how to run it. */
export const Manifest = z.strictObject({
  generator: z.strictObject({ name: z.enum(["create-any-backend", "create-backend"]), version: z.string().min(1) }),
  framework: FrameworkId,
  answers: Answers,
  commands: Commands,
  port: z.number().int().min(1).max(65535),
  files: z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{64}$/, "sha256 hex")),
});
export type Manifest = z.infer<typeof Manifest>;
