import * as z from "zod/mini";
import { GENERATOR } from "../version.js";
import { Answers } from "./options.js";

/** The JSON Schema of the answers (a `--config` file, a manifest's `answers`), for editors and agents. */
export function answersJsonSchema(): Record<string, unknown> {
  return {
    // An identifier, not an address (2020-12 allows no fragment in $id): which release's answers.
    $id: `urn:create-any-backend:${GENERATOR.version}:answers`,
    title: "create-any-backend answers",
    description: "What a starter is generated from: a --config file, or the answers in a project's .create-any-backend.json.",
    ...z.toJSONSchema(Answers, { io: "input", unrepresentable: "any" }),
  };
}
