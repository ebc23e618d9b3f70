import { GENERATOR } from "../version.js";
import { Answers } from "./options.js";

/** The JSON Schema of the answers (a `--config` file, a manifest's `answers`), for editors and agents. */
export async function answersJsonSchema(): Promise<Record<string, unknown>> {
  // Loaded here, not with the CLI: only this command needs zod's JSON Schema writer (the package ships it apart).
  const { toJSONSchema } = await import("zod/v4/core");
  return {
    // An identifier, not an address (2020-12 allows no fragment in $id): which release's answers.
    $id: `urn:create-any-backend:${GENERATOR.version}:answers`,
    title: "create-any-backend answers",
    description: "What a starter is generated from: a --config file, or the answers in a project's .create-any-backend.json.",
    ...toJSONSchema(Answers, { io: "input", unrepresentable: "any" }),
  };
}
