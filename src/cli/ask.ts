import fs from "node:fs";
import path from "node:path";
import type { Answers as PromptAnswers, Options as PromptOptions, PromptObject } from "prompts";
import type { Catalog } from "../catalog/types.js";
import { CreateBackendError } from "../errors.js";
import type { Asker } from "../io.js";
import { ProjectName, type Answers } from "../schema/options.js";
import { FIELD_TYPES, parseFieldSpec, type Field } from "../schema/resources.js";
import { DATABASE_IDS, type DatabaseId } from "../schema/ids.js";
import { formatCompactRanking } from "./ranking.js";
import { bold, colorEnabled, columnsOf, dim, wrap } from "./style.js";
import { formatPlan, formatUndo } from "./switch-summary.js";

const DATABASE_CHOICES: Record<DatabaseId, { title: string; description: string }> = {
  sqlite: { title: "SQLite", description: "embedded, one file, no server to run (default)" },
  postgres: { title: "PostgreSQL", description: "a server: for when one machine is not enough" },
};

const columns = () => columnsOf(process.stdout);

/**
 * The terminal's keys as prompts reads them. prompts binds no key to clearing the line; a shell's
 * Ctrl-U (0x15) is handed on as Ctrl-G (0x07), which prompts binds to reset: the typed text goes.
 */
function keysIn(): NodeJS.ReadStream {
  const stdin = process.stdin;
  const push = stdin.push.bind(stdin);
  if (!(stdin as { ctrlU?: boolean }).ctrlU) {
    (stdin as { ctrlU?: boolean }).ctrlU = true;
    stdin.push = (chunk: unknown, encoding?: BufferEncoding) =>
      push(Buffer.isBuffer(chunk) ? Buffer.from(chunk.map((b) => (b === 0x15 ? 0x07 : b))) : chunk, encoding);
  }
  return stdin;
}

/** prompts, loaded when the first question is asked (the package ships it as a file of its own), coloured only where our own output is. */
async function prompts<T extends string>(questions: PromptObject<T> | PromptObject<T>[], options?: PromptOptions): Promise<PromptAnswers<T>> {
  // Before prompts loads: it paints its symbols once, when its modules are first read.
  const { default: kleur } = await import("kleur");
  kleur.enabled = colorEnabled(process.stdout);
  const { default: run } = await import("prompts");
  const withKeys = (q: PromptObject<T>) => ({ stdin: keysIn(), ...q });
  return run(Array.isArray(questions) ? questions.map(withKeys) : withKeys(questions), options);
}

/** A validation message laid out in lines that fit beside prompts' pointer, so the redraw after it clears exactly what it drew. */
const fitted = (message: string) => wrap(message, columns() - 3);

/** A name for a new folder: a valid project name, and not a folder that already holds files. */
export function checkNewProjectName(value: string, cwd: string): true | string {
  const parsed = ProjectName.safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? "not a valid project name";
  const target = path.resolve(cwd, value);
  let entries: string[] | undefined;
  try {
    entries = fs.statSync(target).isDirectory() ? fs.readdirSync(target) : ["(a file)"];
  } catch {
    entries = undefined; // free
  }
  if (entries && entries.length > 0) return `./${value} already exists and is not empty: choose another name, or pass that folder with --force to write into it (what it replaces is backed up first)`;
  return true;
}

// Ctrl-C at any question: a typed cancellation; nothing has been written yet.
const onCancel = () => {
  throw new CreateBackendError("cancelled", "cancelled: nothing was written");
};

export const terminalAsker: Asker = {
  async missing(answers: Answers, catalog: Catalog, cwd: string) {
    process.stdout.write(`\n${bold("create-any-backend")} ${dim(wrap("· a backend starter for your needs, with the reasons from published advice", columns() - 20, 2))}\n\n`);
    const r = await prompts(
      [
        {
          type: answers.name ? null : "text",
          name: "name",
          message: "Project name",
          initial: "my-api",
          validate: (v: string) => {
            const ok = checkNewProjectName(v, cwd);
            return ok === true ? true : fitted(ok);
          },
        },
        {
          type: answers.priority || answers.framework ? null : "multiselect",
          name: "priority",
          message: "What matters for this project?",
          hint: "space to select, enter to confirm",
          instructions: false,
          choices: catalog.priorities.map((p) => ({ title: p.label, value: p.id, description: p.hint })),
        },
        {
          type: answers.language || answers.framework ? null : "multiselect",
          name: "language",
          message: "Languages your team knows (none = any)",
          instructions: false,
          choices: catalog.languages.map((l) => ({ title: l.label, value: l.id })),
        },
      ],
      { onCancel },
    );
    return r as Answers;
  },
  async framework(recommendation, suggested, catalog) {
    process.stdout.write(`\n${formatCompactRanking(recommendation, columns())}\n`);
    const ranked = recommendation.recommendations.filter((r) => r.generates);
    const others = catalog.frameworks.filter((f) => f.starter && !ranked.some((r) => r.framework === f.id));
    // optionsPerPage: prompts' select supports it, its type definitions do not list it.
    const question: PromptObject<"framework"> & { optionsPerPage: number } = {
        type: "select",
        name: "framework",
        message: "Framework",
        initial: Math.max(0, ranked.findIndex((r) => r.framework === suggested)),
        optionsPerPage: 5,
        choices: [
          ...ranked.map((r, i) => ({
            title: `${r.name}${i === 0 ? " (recommended)" : ""}${r.runsHere === false ? " · not installable here" : ""}`,
            value: r.framework,
            description: r.runsHere === false ? `${r.language}; this machine lacks ${r.missing?.join(", ")}` : r.language,
          })),
          ...others.map((f) => ({ title: f.name, value: f.id, description: `${f.starter?.language}: outside your languages` })),
        ],
    };
    const { framework } = await prompts(question, { onCancel });
    return framework as string;
  },
  async database(framework) {
    const offered = DATABASE_IDS.filter((d) => framework.starter.databases?.[d]);
    if (offered.length < 2) return offered[0];
    const { database } = await prompts(
      {
        type: "select",
        name: "database",
        message: "Database",
        initial: 0,
        choices: offered.map((d) => ({ title: DATABASE_CHOICES[d].title, value: d, description: DATABASE_CHOICES[d].description })),
      },
      { onCancel },
    );
    return database as DatabaseId;
  },
  async postSteps(answers) {
    const r = await prompts(
      [
        { type: answers.install === undefined ? "confirm" : null, name: "install", message: "Install dependencies now?", initial: true },
        { type: answers.git === undefined ? "confirm" : null, name: "git", message: "Initialise a git repository?", initial: true },
      ],
      { onCancel },
    );
    return r as Pick<Answers, "install" | "git">;
  },
  chosen(c) {
    const rel = path.relative(process.cwd(), c.directory) || ".";
    const rows: [string, string][] = [
      ["folder", rel],
      ["framework", `${c.framework.name} (${c.framework.starter.language})`],
      ...(c.database ? ([["database", DATABASE_CHOICES[c.database].title]] as [string, string][]) : []),
      ["install", c.install ? "yes" : c.missing.length ? `no: this machine lacks ${c.missing.join(", ")}` : "no"],
      ["git", c.git ? "yes" : "no"],
    ];
    const lines = rows.map(([k, v]) => `  ${dim(k.padEnd(10))}${wrap(v, columns(), 12)}`);
    process.stdout.write(`\n${bold("Creating")}\n${lines.join("\n")}\n\n`);
  },
  async fields(resource) {
    process.stdout.write(`\n${bold(`Fields of ${resource}`)} ${dim("(an empty name ends the list; id is added for you)")}\n`);
    const out: Field[] = [];
    for (;;) {
      const { name } = await prompts(
        {
          type: "text",
          name: "name",
          message: `Field ${out.length + 1} name`,
          validate: (v: string) => {
            if (v === "" && out.length > 0) return true;
            if (v === "") return "a resource needs at least one field";
            const f = parseFieldSpec(`${v}:string`);
            if ("problem" in f) return fitted(f.problem);
            return out.some((x) => x.name === v) ? fitted(`${v} is already a field of ${resource}`) : true;
          },
        },
        { onCancel },
      );
      if (!name) return out;
      const { type, optional } = await prompts(
        [
          { type: "select", name: "type", message: `${name}: type`, choices: FIELD_TYPES.map((t) => ({ title: t, value: t })), initial: 0 },
          { type: "confirm", name: "optional", message: `${name}: optional (may be null)?`, initial: false },
        ],
        { onCancel },
      );
      out.push({ name, type, ...(optional && { optional: true }) });
    }
  },
  async confirmUndo(plan) {
    process.stdout.write(`${formatUndo(plan)}\n`);
    const { ok } = await prompts({ type: "confirm", name: "ok", message: `Undo ${plan.operation}?`, initial: false }, { onCancel });
    return ok === true;
  },
  async confirmSwitch(plan) {
    process.stdout.write(`${formatPlan(plan)}\n`);
    const message = plan.operation === "regenerate" ? `Apply this switch from ${plan.from} to ${plan.to}?` : `Apply this ${plan.operation}?`;
    const { ok } = await prompts({ type: "confirm", name: "ok", message, initial: false }, { onCancel });
    return ok === true;
  },
};
