import fs from "node:fs";
import path from "node:path";
import type { Answers as PromptAnswers, Options as PromptOptions, PromptObject } from "prompts";
import type { Catalog } from "../catalog/types.js";
import { CreateBackendError } from "../errors.js";
import type { Asker } from "../io.js";
import { ProjectName, type Answers } from "../schema/options.js";
import { DATABASE_IDS, type DatabaseId } from "../schema/ids.js";
import { bold, dim } from "./format.js";
import { formatCompactRanking } from "./ranking.js";
import { formatPlan } from "./switch-summary.js";

const DATABASE_CHOICES: Record<DatabaseId, { title: string; description: string }> = {
  sqlite: { title: "SQLite", description: "embedded, one file, no server to run (default)" },
  postgres: { title: "PostgreSQL", description: "a server: for when one machine is not enough" },
};

const columns = () => process.stdout.columns || 80;

/** prompts, loaded when the first question is asked (the package ships it as a file of its own). */
async function prompts<T extends string>(questions: PromptObject<T> | PromptObject<T>[], options?: PromptOptions): Promise<PromptAnswers<T>> {
  const { default: run } = await import("prompts");
  return run(questions, options);
}

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
  if (entries && entries.length > 0) return `./${value} already exists and is not empty: choose another name (or pass the folder and --force to write into it, backing up what it replaces)`;
  return true;
}

// Ctrl-C at any question: a typed cancellation; nothing has been written yet.
const onCancel = () => {
  throw new CreateBackendError("cancelled", "cancelled: nothing was written");
};

export const terminalAsker: Asker = {
  async missing(answers: Answers, catalog: Catalog, cwd: string) {
    process.stdout.write(`\n${bold("create-any-backend")} ${dim("· a backend starter for your needs, with the reasons from published advice")}\n\n`);
    const r = await prompts(
      [
        {
          type: answers.name ? null : "text",
          name: "name",
          message: "Project name",
          initial: "my-api",
          validate: (v: string) => checkNewProjectName(v, cwd),
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
          ...ranked.map((r, i) => ({ title: `${r.name}${i === 0 ? " (recommended)" : ""}`, value: r.framework, description: r.language })),
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
  async confirmSwitch(plan) {
    process.stdout.write(`${formatPlan(plan)}\n`);
    const message = `Apply this switch from ${plan.from} to ${plan.to}?`;
    const { ok } = await prompts({ type: "confirm", name: "ok", message, initial: false }, { onCancel });
    return ok === true;
  },
};
