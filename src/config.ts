import path from "node:path";
import { Answers } from "./schema/options.js";
import { validate } from "./validate.js";
import { ANSWER_KEYS } from "./schema/options.js";
import { parseBoundedJson, readBoundedText } from "./write/bounded-read.js";

/**
 * Reads and validates a `--config` answers file (a manifest's `answers` replays
 * as one). Only a regular file of bounded size and depth is read: a FIFO,
 * /dev/zero or a megabyte of nesting is a clear exit 2, not a hang or a crash.
 */
export function readConfig(file: string, cwd: string): Answers {
  const opts = { field: "--config", given: file };
  let value = parseBoundedJson(readBoundedText(path.resolve(cwd, file), { ...opts, followLinks: true }), opts);
  // A whole manifest is accepted too: its answers are what replays.
  if (value && typeof value === "object" && "answers" in value && "generator" in value) value = (value as { answers: unknown }).answers;
  return validate(Answers, value, (p) => `${file}: ${p.map(String).join(".")}`, ANSWER_KEYS);
}
