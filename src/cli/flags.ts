import { Answers, type Command, type FlagMeta, flagMeta, Options } from "../schema/options.js";

/** A flag, derived from the field of Options or Answers it sets: the parser, `--help` and the README's table read this. */
export interface FlagSpec {
  name: string;
  /** Where the flag's value goes in Options: ["answers", "name"], ["yes"], ["resource", "fields"]. */
  path: readonly string[];
  type: "string" | "list" | "boolean";
  /** For string and list flags: the value as help shows it (`<id>`, `sqlite|postgres`). */
  value?: string;
  /** The values a list flag takes, when they are ids. */
  allowed?: readonly string[];
  help: string;
  /** The README's wording (Markdown). */
  doc: string;
  short?: string;
  negatable?: boolean;
  aliases?: string[];
  for?: readonly Command[];
}

/** What this module reads of a zod schema's definition: its kind, and what it wraps or enumerates. */
interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  shape?: Record<string, Schema>;
}
type Schema = { _zod: { def: Def } };

/** The schema under optional and default: what the value itself is. */
function bare(schema: Schema): Def {
  let def = schema._zod.def;
  while ((def.type === "optional" || def.type === "default") && def.innerType) def = def.innerType._zod.def;
  return def;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function flagOf(key: string, schema: Schema, meta: FlagMeta, prefix: readonly string[]): FlagSpec {
  const def = bare(schema);
  const type = def.type === "boolean" ? "boolean" : def.type === "array" ? "list" : "string";
  const element = def.type === "array" && def.element ? bare(def.element) : undefined;
  const allowed = element?.entries ? Object.values(element.entries) : undefined;
  const value = meta.value ?? (def.entries ? Object.values(def.entries).join("|") : undefined);
  const help = allowed ? `${meta.help}, comma-separated: ${allowed.join(", ")}` : meta.help;
  const doc = meta.doc ?? (allowed ? `${meta.help}, comma-separated: \`${allowed.join(" ")}\`` : meta.help);
  return {
    name: meta.flag ?? kebab(key),
    path: [...prefix, key],
    type,
    ...(value !== undefined && { value }),
    ...(allowed && { allowed }),
    help,
    doc,
    ...(meta.short && { short: meta.short }),
    ...(meta.negatable && { negatable: true }),
    ...(meta.aliases && { aliases: meta.aliases }),
    ...(meta.for && { for: meta.for }),
  };
}

/** Every field of the shape registered as a flag, in the shape's order, nested objects included. */
function flagsIn(shape: Record<string, Schema>, prefix: readonly string[]): FlagSpec[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const meta = flagMeta.get(schema as never);
    if (meta) return [flagOf(key, schema, meta, prefix)];
    const def = bare(schema);
    return def.type === "object" && def.shape && key !== "answers" ? flagsIn(def.shape, [...prefix, key]) : [];
  });
}

/** The answers' flags first (what to generate), then the command's own. */
export const FLAGS: readonly FlagSpec[] = [
  ...flagsIn(Answers.shape as unknown as Record<string, Schema>, ["answers"]),
  ...flagsIn(Options.shape as unknown as Record<string, Schema>, []),
];

/** The README's flag table (Markdown), as `npm run readme:flags` writes it and a test compares it. */
export function flagTable(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const rows = FLAGS.map((f) => {
    const long = `\`--${f.name}${f.value ? ` ${cell(f.value)}` : ""}\``;
    const names = [f.short && `\`-${f.short}\``, long, f.negatable && `\`--no-${f.name}\``].filter(Boolean).join(", ");
    return `| ${names} | ${f.doc} |`;
  });
  return ["| flag | meaning |", "|---|---|", ...rows].join("\n");
}
