import type * as z from "zod/mini";
import { badInput, type CreateBackendError } from "./errors.js";
import { ID_ALIASES } from "./schema/ids.js";
import { didYouMean } from "./suggest.js";

/**
 * Parses `value` with `schema`; on failure, turns the first zod issue into a
 * bad-input error that names the field (via `fieldName`), what was given, what
 * is allowed and, for near-misses, a "did you mean".
 */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  fieldName: (path: PropertyKey[]) => string,
  knownKeys: readonly string[] = [],
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw issueToError(r.error.issues[0]!, value, fieldName, knownKeys);
}

function at(value: unknown, path: PropertyKey[]): unknown {
  let cur = value;
  for (const key of path) cur = cur && typeof cur === "object" ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  return cur;
}

export function issueToError(
  issue: z.core.$ZodIssue,
  value: unknown,
  fieldName: (path: PropertyKey[]) => string,
  knownKeys: readonly string[] = [],
): CreateBackendError {
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    return badInput(fieldName([...issue.path, key]), key, "is not a known field", {
      ...(knownKeys.length > 0 && { allowed: knownKeys }),
      hint: didYouMean(key, knownKeys),
    });
  }
  const given = at(value, issue.path);
  const field = fieldName(issue.path);
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map(String);
    const alias = ID_ALIASES[String(given).toLowerCase()];
    const hint = didYouMean(String(given), allowed) ?? (alias && allowed.includes(alias) ? `did you mean "${alias}"?` : undefined);
    return badInput(field, given, "is not a known value", { allowed, hint });
  }
  return badInput(field, given, issue.message);
}
