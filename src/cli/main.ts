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
import { requirementsOf } from "../decide/resolve.js";
import { formatList, formatRecommendation, listJson } from "./format.js";
import { helpText } from "./help.js";
import { formatCreated } from "./summary.js";

/**
 * False when nothing may be asked: --yes, --json or CI (docs/ARCHITECTURE.md, "Non-interactive runs").
 * Asking also needs stdin to be a terminal; run() checks that only when this allows asking.
 */
export function mayAsk(options: Pick<Options, "yes" | "json">, env: Record<string, string | undefined>): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return !options.yes && !options.json && !ci;
}

function makeIo(options: Options | undefined, interactive: boolean): Omit<Io, "ask"> {
  const toStderr = options?.json ?? true;
  const write = (s: string) => (toStderr ? process.stderr : process.stdout).write(`${s}\n`);
  return {
    cwd: process.cwd(),
    env: process.env,
    log: write,
    progress(label) {
      const tty = interactive && process.stderr.isTTY;
      if (!tty) {
        write(`${label} ...`);
        return { done: (ok) => write(`${label}: ${ok ? "done" : "failed"}`) };
      }
      const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
      let i = 0;
      const timer = setInterval(() => process.stderr.write(`\r${frames[i++ % frames.length]} ${label}`), 80);
      return {
        done(ok) {
          clearInterval(timer);
          process.stderr.write(`\r${ok ? "✔" : "✖"} ${label}\n`);
        },
      };
    },
  };
}

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
      const rec = recommend(requirementsOf({ ...fromConfig, ...options.answers }), loadCatalog());
      return options.json ? json(rec) : out(formatRecommendation(rec, options.all));
    }
    case "regenerate": {
      // Only this command loads the switch code; prompts and the process runner load when first used.
      const ask = interactive ? (await import("./ask.js")).terminalAsker : undefined;
      const [{ regenerate }, { formatPlan }] = await Promise.all([import("../regenerate/regenerate.js"), import("./switch-summary.js")]);
      const result = await regenerate(options, { ...io, ...(ask && { ask }) });
      return options.json ? json(result) : out(formatPlan(result));
    }
    case "create": {
      const ask = interactive ? (await import("./ask.js")).terminalAsker : undefined;
      const result = await create(options, { ...io, ...(ask && { ask }) });
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
    if (options.help) return process.stdout.write(`${helpText(GENERATOR.version, process.stdout.columns)}\n`), 0;
    if (options.version) return process.stdout.write(`${GENERATOR.version}\n`), 0;
    await run(options);
    return 0;
  } catch (err) {
    const wantsJson = options?.json ?? argv.includes("--json");
    const e = err instanceof CreateBackendError ? err : new CreateBackendError("failed", `unexpected error: ${(err as Error)?.stack ?? String(err)}`);
    if (wantsJson) process.stdout.write(`${JSON.stringify({ error: e.toJSON() }, null, 2)}\n`);
    else process.stderr.write(`\n${e.code === "cancelled" ? "" : "error: "}${e.message}\n`);
    return e.exitCode;
  }
}
