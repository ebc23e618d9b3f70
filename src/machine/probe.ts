import fs from "node:fs";
import path from "node:path";
import { parseRequirement, type Machine, type ToolFound } from "../schema/toolchain.js";

/** A version probe that takes longer than this counts as "did not say": a cold JVM answers in well under it. */
export const PROBE_TIMEOUT_MS = 4000;

type Env = Record<string, string | undefined>;

/**
 * The executable's path on env.PATH, as a shell's `command -v` finds it, or undefined. Synchronous on
 * purpose: a stat is microseconds, and a round trip through libuv's thread pool per folder costs more.
 */
function onPath(tool: string, env: Env): string | undefined {
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const file = path.join(dir, tool);
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // there, but not executable by us
    }
  }
  return undefined;
}

/** The number after the tool's own name in `<tool> --version` ("ruby 3.3.6", "Mix 1.18.4"), else the first dotted number. */
export function versionIn(output: string, tool: string): string | undefined {
  const name = tool.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b${name}\\b[^\\d\\n]{0,20}?(\\d+(?:\\.\\d+)+)`, "i").exec(output)?.[1] ?? /\d+(?:\.\d+)+/.exec(output)?.[0];
}

async function reportedVersion(file: string, tool: string, env: Env): Promise<string | undefined> {
  // Loaded only when a minimum version is asked about: most runs look up PATH alone.
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile(file, ["--version"], { env: env as NodeJS.ProcessEnv, timeout: PROBE_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) =>
      resolve(err ? undefined : versionIn(`${stdout}\n${stderr}`, tool)),
    );
  });
}

/**
 * What this machine has of the given toolchain entries: a PATH lookup for each tool, and a
 * `--version` probe only where an entry sets a minimum; all in parallel, each bounded in time.
 */
export async function probeMachine(entries: readonly string[], env: Env = process.env): Promise<Machine> {
  const wanted = new Map<string, boolean>();
  for (const r of entries.map(parseRequirement)) wanted.set(r.tool, (wanted.get(r.tool) ?? false) || r.min !== undefined);
  const found = await Promise.all(
    [...wanted].map(async ([tool, needsVersion]): Promise<[string, ToolFound]> => {
      const file = onPath(tool, env);
      if (!file) return [tool, { found: false }];
      const version = needsVersion ? await reportedVersion(file, tool, env) : undefined;
      return [tool, { found: true, ...(version && { version }) }];
    }),
  );
  return Object.fromEntries(found);
}
