/**
 * Typed errors. Every failure the user can act on is one of these; only the CLI
 * entry point turns them into an exit code and a message.
 */
export type ErrorCode =
  | "bad-input" // a flag, config file, prompt answer or manifest is invalid
  | "target-not-empty"
  | "cancelled"
  | "failed"; // something went wrong while working (install, render, write)

export class CreateBackendError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly given?: unknown;
  readonly allowed?: readonly string[];
  readonly hint?: string;

  constructor(
    code: ErrorCode,
    message: string,
    details: { field?: string; given?: unknown; allowed?: readonly string[]; hint?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "CreateBackendError";
    this.code = code;
    this.field = details.field;
    this.given = details.given;
    this.allowed = details.allowed;
    this.hint = details.hint;
  }

  /** Exit codes: 2 for bad usage or input, 1 for failures while working, 130 when the user interrupted (docs/ARCHITECTURE.md). */
  get exitCode(): number {
    return this.code === "cancelled" ? 130 : this.code === "failed" ? 1 : 2;
  }

  toJSON() {
    return {
      code: this.code,
      message: this.message,
      ...(this.field !== undefined && { field: this.field }),
      ...(this.given !== undefined && { given: this.given }),
      ...(this.allowed !== undefined && { allowed: this.allowed }),
      ...(this.hint !== undefined && { hint: this.hint }),
    };
  }
}

/** How much of a given value a message repeats: enough to recognise it, never a whole file. */
export const EXCERPT_CHARS = 80;

/**
 * A given value cut for display: a long string keeps its start and says how
 * long it was; a large or deep object or array becomes such a string too.
 */
export function excerpt(value: unknown, max = EXCERPT_CHARS): unknown {
  const cut = (s: string) => (s.length <= max ? s : `${s.slice(0, max)}… (${s.length} characters)`);
  if (typeof value === "string") return cut(value);
  if (value === null || typeof value !== "object") return value;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return "(a value too deep to show)";
  }
  return json === undefined || json.length <= max ? value : cut(json);
}

export function badInput(
  field: string,
  given: unknown,
  problem: string,
  opts: { allowed?: readonly string[]; hint?: string } = {},
): CreateBackendError {
  given = excerpt(given);
  field = excerpt(field, 2 * EXCERPT_CHARS) as string; // a field name can hold a given key
  const shown = JSON.stringify(given) ?? String(given);
  const parts = [`${field}: ${problem} (given ${shown})`];
  if (opts.allowed) parts.push(`allowed: ${opts.allowed.join(", ")}`);
  if (opts.hint) parts.push(opts.hint);
  return new CreateBackendError("bad-input", parts.join(". "), { field, given, ...opts });
}

export function failed(message: string, cause?: unknown): CreateBackendError {
  return new CreateBackendError("failed", message, { cause });
}
