import fs from "node:fs";
import path from "node:path";
import { badInput } from "./errors.js";
import { Answers } from "./schema/options.js";
import { validate } from "./validate.js";
import { ANSWER_KEYS } from "./cli/args.js";

/** Reads and validates a `--config` answers file (a manifest's `answers` replays as one). */
export function readConfig(file: string, cwd: string): Answers {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(full, "utf8");
  } catch (err) {
    throw badInput("--config", file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw badInput("--config", file, `is not valid JSON: ${(err as Error).message}`);
  }
  // A whole manifest is accepted too: its answers are what replays.
  if (value && typeof value === "object" && "answers" in value && "generator" in value) value = (value as { answers: unknown }).answers;
  return validate(Answers, value, (p) => `${file}: ${p.map(String).join(".")}`, ANSWER_KEYS);
}
