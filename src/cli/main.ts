import { CreateBackendError } from "../errors.js";
import { interruptNote, runInterruptHandlers } from "../interrupt.js";
import type { Io } from "../io.js";
import type { Options } from "../schema/options.js";
import { GENERATOR } from "../version.js";
import { parseArgs } from "./args.js";
import { loadCatalog } from "../catalog/load.js";
import { readConfig } from "../config.js";
import { create } from "../create.js";
import { recommend } from "../decide/recommend.js";
import { allToolchains, annotate, requirementsOf } from "../decide/resolve.js";
import { probeMachine } from "../machine/probe.js";
import { formatList, formatRecommendation, listJson } from "./format.js";
import { helpText } from "./help.js";
import { columnsOf, dim, wrap } from "./style.js";
import { formatCreated, formatWritten } from "./summary.js";
import type { CreateResult } from "../create.js";
import type { Catalog } from "../catalog/types.js";
import type { RegenerateResult } from "../lifecycle/result.js";

/**
 * False when nothing may be asked: --yes, --json or CI (docs/ARCHITECTURE.md, "Non-interactive runs").
 * Asking also needs stdin to be a terminal; run() checks that only when this allows asking.
 */
export function mayAsk(options: Pick<Options, "yes" | "json">, env: Record<string, string | undefined>): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return !options.yes && !options.json && !ci;
}

function makeIo(options: Options | undefined, interactive: boolean): Omit<Io, "ask" | "probe"> & Required<Pick<Io, "probe">> {
  const toStderr = options?.json ?? true;
  const stream = toStderr ? process.stderr : process.stdout;
  const write = (s: string) => stream.write(`${wrap(s, columnsOf(stream), 2)}\n`);
  return {
    cwd: process.cwd(),
    env: process.env,
    log: write,
    probe: (entries) => probeMachine(entries, process.env),
    renderedBy: async (generator, answers) => (await import("../lifecycle/older-release.js")).renderByRelease(generator, answers, process.env),
    progress(label) {
      const tty = interactive && process.stderr.isTTY;
      const started = Date.now();
      const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (!tty) {
        write(`${label} ...`);
        return { done: (ok) => write(`${label}: ${ok ? "done" : "failed"} in ${took()}`) };
      }
      // One line that fits beside the spinner and the seconds, or the \r redraw would leave wrapped copies.
      const room = columnsOf(process.stderr) - 14;
      const shown = [...label].length > room ? `${[...label].slice(0, room - 1).join("")}…` : label;
      const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
      let i = 0;
      // The elapsed seconds tick beside the spinner: a long install shows it is still going.
      const timer = setInterval(() => process.stderr.write(`\r${frames[i++ % frames.length]} ${shown} ${dim(took())}`), 80);
      return {
        done(ok) {
          clearInterval(timer);
          process.stderr.write(`\r\x1b[K${ok ? "✔" : "✖"} ${shown} ${dim(`(${took()})`)}\n`);
        },
      };
    },
  };
}

/** The commands that replan an existing project, each loaded on its own when it runs. */
const LIFECYCLE: Record<"regenerate" | "add" | "remove" | "update", () => Promise<(options: Options, io: Io, catalog: Catalog) => Promise<RegenerateResult>>> = {
  regenerate: () => import("../regenerate/regenerate.js").then((m) => m.regenerate),
  add: () => import("../lifecycle/resources.js").then((m) => m.addResource),
  remove: () => import("../lifecycle/resources.js").then((m) => m.removeResource),
  update: () => import("../lifecycle/update.js").then((m) => m.update),
};

async function run(options: Options): Promise<void> {
  // isatty(0), not process.stdin.isTTY: creating the stdin stream costs a few milliseconds we need not spend,
  // and node:tty is loaded only when the flags allow asking.
  const interactive = mayAsk(options, process.env) && (await import("node:tty")).isatty(0);
  const io = makeIo(options, interactive);
  const out = (s: string): void => void process.stdout.write(`${s}\n`);
  const json = (v: unknown): void => out(JSON.stringify(v, null, 2));

  switch (options.command) {
    case "list": {
      const catalog = loadCatalog();
      return options.json ? json(listJson(catalog)) : out(formatList(catalog));
    }
    case "recommend": {
      const fromConfig = options.config ? readConfig(options.config, io.cwd) : {};
      const catalog = loadCatalog();
      const rec = annotate(recommend(requirementsOf({ ...fromConfig, ...options.answers }), catalog), catalog, await io.probe(allToolchains(catalog)));
      return options.json ? json(rec) : out(formatRecommendation(rec, options.all, catalog));
    }
    case "regenerate":
    case "add":
    case "remove":
    case "update": {
      // Only these commands load the lifecycle code (and, for a merge, the diff3 library); prompts load when first used.
      const ask = interactive ? (await import("./ask.js")).terminalAsker : undefined;
      const [command, { formatPlan }] = await Promise.all([LIFECYCLE[options.command](), import("./switch-summary.js")]);
      const result = await command(options, { ...io, ...(ask && { ask }) }, loadCatalog());
      return options.json ? json(result) : out(formatPlan(result));
    }
    case "undo": {
      const ask = interactive ? (await import("./ask.js")).terminalAsker : undefined;
      const [{ undo }, { formatUndo }] = await Promise.all([import("../lifecycle/undo.js"), import("./switch-summary.js")]);
      const result = await undo(options, { ...io, ...(ask && { ask }) });
      return options.json ? json(result) : out(formatUndo(result));
    }
    case "schema": {
      const { answersJsonSchema } = await import("../schema/json-schema.js");
      return json(await answersJsonSchema());
    }
    case "create": {
      const ask = interactive ? (await import("./ask.js")).terminalAsker : undefined;
      const written = options.json ? undefined : (r: CreateResult) => out(formatWritten(r, process.cwd()));
      const result = await create(options, { ...io, ...(ask && { ask }), ...(written && { written }) });
      return options.json ? json(result) : out(formatCreated(result, process.cwd()));
    }
  }
}

/** Ctrl-C while writing: undo what is half done, then leave with the shell's interrupt code. */
function exitOnInterrupt(signal: NodeJS.Signals): void {
  runInterruptHandlers();
  process.stderr.write(`\ninterrupted (${signal}); any half-done write was undone\n`);
  const note = interruptNote();
  if (note) process.stderr.write(`${note}\n`);
  process.exit(130);
}

/** The one exit point: every error becomes a message (or a JSON document) and an exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  process.once("SIGINT", exitOnInterrupt);
  process.once("SIGTERM", exitOnInterrupt);
  let options: Options | undefined;
  try {
    options = parseArgs(argv);
    if (options.help) return process.stdout.write(`${helpText(GENERATOR.version, columnsOf(), options.command)}\n`), 0;
    if (options.version) return process.stdout.write(`${GENERATOR.version}\n`), 0;
    await run(options);
    return 0;
  } catch (err) {
    const wantsJson = options?.json ?? argv.includes("--json");
    const e = err instanceof CreateBackendError ? err : new CreateBackendError("failed", `unexpected error: ${(err as Error)?.stack ?? String(err)}`);
    if (wantsJson) process.stdout.write(`${JSON.stringify({ error: e.toJSON() }, null, 2)}\n`);
    else process.stderr.write(`\n${wrap(`${e.code === "cancelled" ? "" : "error: "}${e.message}`, columnsOf(process.stderr))}\n`);
    return e.exitCode;
  }
}
