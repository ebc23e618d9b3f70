import type { Command } from "../schema/options.js";
import { FLAGS } from "./flags.js";
import { wrap } from "./style.js";

/** Each command's usage lines and what it does; `create-any-backend <command> --help` shows its own. */
const USAGE: Record<Command, { usage: string; does: string }> = {
  create: { usage: "create-any-backend [dir] [options]", does: "create a starter (asks what is missing on a terminal)" },
  recommend: { usage: "create-any-backend recommend [options]", does: "rank frameworks for your needs, with the articles' reasons; write nothing" },
  list: { usage: "create-any-backend list [--json]", does: "the 20 frameworks, their ratings, and which ones generate" },
  regenerate: {
    usage: "create-any-backend regenerate [dir] --framework <id> | --database <id>",
    does: "switch a generated project to another framework or database, keeping your edits and your data",
  },
  add: {
    usage: "create-any-backend add resource <name> [dir] --field <name>:<type>[?] ...",
    does: "add a resource (model, migration, validation, routes, tests, OpenAPI) in the framework's own idiom",
  },
  remove: { usage: "create-any-backend remove resource <name> [dir] [--drop-table]", does: "take a resource out; its table and rows stay unless --drop-table" },
  update: { usage: "create-any-backend update [dir]", does: "bring the project to this release's templates, your edits merged" },
  undo: { usage: "create-any-backend undo [dir]", does: "restore the project as it was before the last change create-any-backend made to it" },
  schema: { usage: "create-any-backend schema", does: "print the JSON Schema of the answers (--config files, the manifest's answers)" },
};

const EXAMPLES: Record<Command, string[]> = {
  create: [
    "npm create any-backend@latest my-api   (npm: flags after --, e.g. -- --framework gin)",
    "pnpm create any-backend my-api",
    "npx create-any-backend svc --framework fastify --yes --no-install",
    "npx create-any-backend svc --config backend.json --yes --json",
  ],
  recommend: ["npx create-any-backend recommend --priority mvp,realtime --language python", "npx create-any-backend recommend --all --json"],
  list: ["npx create-any-backend list", "npx create-any-backend list --json"],
  regenerate: ["npx create-any-backend regenerate --framework django --dry-run", "npx create-any-backend regenerate my-api --database postgres"],
  add: ["npx create-any-backend add resource orders --field customer:string --field total:number --field paid:boolean --dry-run", "npx create-any-backend add resource line_items --field quantity:integer --field note:text?"],
  remove: ["npx create-any-backend remove resource orders", "npx create-any-backend remove resource orders --drop-table --dry-run"],
  update: ["npx create-any-backend@latest update --dry-run", "npx create-any-backend@latest update --yes --json"],
  undo: ["npx create-any-backend undo --dry-run", "npx create-any-backend undo --yes"],
  schema: ["npx create-any-backend schema > answers.schema.json"],
};

const EXIT_CODES = "Exit codes: 0 success; 1 a failure while working (install, write); 2 bad usage or input (nothing written); 130 interrupted (Ctrl-C; what was half written is undone).";

/** The help for one command (`create` is also the overview), wrapped at word boundaries to the terminal. */
export function helpText(version: string, columns = 80, command: Command = "create"): string {
  const width = Math.max(50, Math.min(columns, 120)) - 1;
  const labelWidth = Math.min(34, Math.floor(width / 2.5));
  const flagLines = FLAGS.filter((f) => !f.for || f.for.includes(command)).flatMap((f) => {
    const names = [f.short && `-${f.short}`, `--${f.name}${f.value ? ` ${f.value}` : ""}`].filter(Boolean).join(", ");
    const label = `  ${f.negatable ? `${names}, --no-${f.name}` : names}`;
    // A label too long for its column gets the help on the next line.
    return label.length < labelWidth
      ? [`${label.padEnd(labelWidth)}${wrap(f.help, width, labelWidth)}`]
      : [label, `${" ".repeat(labelWidth)}${wrap(f.help, width, labelWidth)}`];
  });
  const usage = (c: Command) => [`  ${wrap(USAGE[c].usage, width, 4)}`, `      ${wrap(USAGE[c].does, width, 6)}`];
  const overview = command === "create";
  return [
    wrap(`create-any-backend ${version}: scaffold a runnable, tested backend starter, with the framework chosen for your needs.`, width),
    "",
    "Usage:",
    ...(overview ? (Object.keys(USAGE) as Command[]).flatMap(usage) : usage(command)),
    ...(overview ? ["  create-any-backend help <command>", "      that command's own help"] : []),
    "",
    "Options:",
    ...flagLines,
    "",
    "Examples:",
    ...EXAMPLES[command].map((e) => `  ${wrap(e, width, 4)}`),
    "",
    wrap(EXIT_CODES, width),
  ].join("\n");
}
