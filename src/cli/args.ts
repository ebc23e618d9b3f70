import { CreateBackendError, badInput, excerpt } from "../errors.js";
import { ANSWER_KEYS, COMMANDS, Options } from "../schema/options.js";
import { closest, didYouMean, distance } from "../suggest.js";
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
    const hint =
      (aliased && `did you mean "--${aliased.name}"?`) ??
      didYouMean(name, ALL_FLAG_NAMES)?.replace(/"(.*)"/, '"--$1"') ??
      "run create-any-backend --help for the list";
    const shown = String(excerpt(token));
    throw new CreateBackendError("bad-input", `${shown} is not an option this command knows; ${hint}`, { field: "option", given: shown, hint });
  }
  return { spec, negated: name === `no-${spec.name}` };
}

const splitList = (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean);

/** The command a bare first word nearly spells: one edit for a short command, two for a longer one. */
function commandTypo(word: string): string | undefined {
  if (/[./\\]/.test(word)) return undefined;
  const c = closest(word, COMMANDS);
  if (!c || c === word) return undefined;
  return distance(word.toLowerCase(), c) <= (c.length <= 4 ? 1 : 2) ? c : undefined;
}

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
  // `help [command]` is --help; a near miss of a command is a typo, not a folder to create (./recomend is one).
  if (positionals[0] === "help") {
    positionals.shift();
    raw.help = true;
  }
  if (positionals[0] && (COMMANDS as readonly string[]).includes(positionals[0])) command = positionals.shift()!;
  else if (positionals[0]) {
    const typo = commandTypo(positionals[0]);
    if (typo)
      throw badInput("command", positionals[0], "is not a command", {
        allowed: COMMANDS,
        hint: `did you mean "${typo}"? To create a folder of that name, pass it as ./${positionals[0]}`,
      });
  }
  // add/remove take what (`resource`) and its name before the folder.
  let resource: { name: string } | undefined;
  if (command === "add" || command === "remove") {
    const what = positionals.shift();
    if (what !== "resource")
      throw badInput(command, what ?? null, `needs what to ${command}`, { allowed: ["resource"], hint: `create-any-backend ${command} resource <name>${command === "add" ? " --field title:string" : ""}` });
    const name = positionals.shift();
    if (name === undefined) throw badInput(`${command} resource`, null, "needs the resource's name: plural, snake_case (orders, line_items)");
    resource = { name };
  }
  const takesFolder = ["create", "regenerate", "add", "remove", "update", "undo"].includes(command);
  const maxPositionals = takesFolder ? 1 : 0;
  if (positionals.length > maxPositionals) {
    const extra = positionals[maxPositionals]!;
    throw badInput("argument", extra, `is not expected here (${command} takes ${maxPositionals ? "one folder" : "no arguments"})`, {
      hint: (command === "create" && didYouMean(positionals[0]!, COMMANDS)) || didYouMean(extra, COMMANDS) || "run create-any-backend --help",
    });
  }

  // Each flag's value goes where its schema field is (FlagSpec.path); an unset boolean of the command is false.
  const options: Record<string, unknown> = { command, ...(positionals[0] !== undefined && { dir: positionals[0] }), answers: {} };
  for (const f of FLAGS) {
    const [head, ...rest] = f.path;
    if (head === "resource") continue;
    const value = raw[f.name] ?? (rest.length === 0 && f.type === "boolean" ? false : undefined);
    if (value === undefined) continue;
    if (rest.length === 0) options[head!] = value;
    else (options[head!] as Record<string, unknown>)[rest[0]!] = value;
  }
  if (resource)
    options.resource = {
      ...resource,
      ...Object.fromEntries(FLAGS.filter((f) => f.path[0] === "resource" && raw[f.name] !== undefined).map((f) => [f.path[1], raw[f.name]])),
    };
  return validate(Options, options, (path) => {
    const at = path.map(String);
    const flag = FLAGS.find((f) => f.path.every((p, i) => at[i] === p));
    return flag ? `--${flag.name}` : at[0] === "answers" ? `--${at[1]}` : `--${at[0]}`;
  });
}

export { ANSWER_KEYS };
