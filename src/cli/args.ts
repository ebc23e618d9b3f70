import { CreateBackendError, badInput } from "../errors.js";
import { ANSWER_KEYS, COMMANDS, Options } from "../schema/options.js";
import { didYouMean } from "../suggest.js";
import { validate } from "../validate.js";
import { FLAGS, type FlagSpec } from "./flags.js";

type Raw = Record<string, string | string[] | boolean>;

const ALL_FLAG_NAMES = FLAGS.flatMap((f) => (f.negatable ? [f.name, `no-${f.name}`] : [f.name]));

function findFlag(token: string): { spec: FlagSpec; negated: boolean } {
  const name = token.replace(/^--?/, "");
  const spec =
    FLAGS.find((f) => (token.startsWith("--") ? f.name === name : f.short === name)) ??
    FLAGS.find((f) => f.negatable && token.startsWith("--") && name === `no-${f.name}`);
  if (!spec) {
    const aliased = FLAGS.find((f) => f.aliases?.includes(name));
    throw badInput("flag", token, "is not a known option", {
      hint:
        (aliased && `did you mean "--${aliased.name}"?`) ??
        didYouMean(name, ALL_FLAG_NAMES)?.replace(/"(.*)"/, '"--$1"') ??
        "run create-any-backend --help for the list",
    });
  }
  return { spec, negated: name === `no-${spec.name}` };
}

const splitList = (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean);

/** argv (without node and script) → validated Options. Pure: no I/O. */
export function parseArgs(argv: readonly string[]): Options {
  const raw: Raw = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const token = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    const { spec, negated } = findFlag(token);
    if (spec.type === "boolean") {
      if (eq > 0) throw badInput(`--${spec.name}`, arg.slice(eq + 1), "takes no value");
      raw[spec.name] = !negated;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) {
      const next = value === undefined ? "nothing followed it" : `${value} followed it`;
      throw new CreateBackendError("bad-input", `--${spec.name}: needs a value ${spec.value ?? ""} (${next})`, { field: `--${spec.name}` });
    }
    raw[spec.name] = spec.type === "list" ? [...((raw[spec.name] as string[]) ?? []), ...splitList(value)] : value;
  }

  let command: string = "create";
  if (positionals[0] && (COMMANDS as readonly string[]).includes(positionals[0])) command = positionals.shift()!;
  const maxPositionals = command === "create" || command === "regenerate" ? 1 : 0;
  if (positionals.length > maxPositionals) {
    const extra = positionals[maxPositionals]!;
    throw badInput("argument", extra, `is not expected here (${command} takes ${maxPositionals ? "one folder" : "no arguments"})`, {
      hint: (command === "create" && didYouMean(positionals[0]!, COMMANDS)) || didYouMean(extra, COMMANDS) || "run create-any-backend --help",
    });
  }

  const answers = {
    ...(raw.name !== undefined && { name: raw.name }),
    ...(raw.framework !== undefined && { framework: raw.framework }),
    ...(raw.priority !== undefined && { priority: raw.priority }),
    ...(raw.language !== undefined && { language: raw.language }),
    ...(raw.kind !== undefined && { kind: raw.kind }),
    ...(raw.database !== undefined && { database: raw.database }),
    ...(raw["package-manager"] !== undefined && { packageManager: raw["package-manager"] }),
    ...(raw.install !== undefined && { install: raw.install }),
    ...(raw.git !== undefined && { git: raw.git }),
  };
  const flagOf: Record<string, string> = { packageManager: "package-manager" };
  return validate(
    Options,
    {
      command,
      ...(positionals[0] !== undefined && { dir: positionals[0] }),
      answers,
      ...(raw.config !== undefined && { config: raw.config }),
      yes: raw.yes === true,
      json: raw.json === true,
      dryRun: raw["dry-run"] === true,
      force: raw.force === true,
      all: raw.all === true,
      help: raw.help === true,
      version: raw.version === true,
    },
    (path) => {
      const key = String(path[0] === "answers" ? path[1] : path[0]);
      return `--${flagOf[key] ?? key}`;
    },
  );
}

export { ANSWER_KEYS };
