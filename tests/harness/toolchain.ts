import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Whether the harness can run a starter here, decided from its starter.json
 * `toolchain` alone: every entry is an executable that must be on PATH,
 * optionally with a minimum version (`"ruby>=3.2"`, `"dotnet>=10"`), read
 * from `<tool> --version`. All present: installed, tested and run like any
 * other starter. Any missing: syntax-checked, reported as "needs ...".
 */

export interface Requirement {
  /** The starter.json entry as written, e.g. "mix>=1.15". */
  entry: string;
  tool: string;
  min?: string;
}

export interface Decision {
  mode: "run" | "syntax";
  /** What is missing, for the report: "dotnet>=10", "mix>=1.15 (found 1.14.0)". */
  missing: string[];
}

type Env = Record<string, string | undefined>;

export function parseRequirement(entry: string): Requirement {
  const m = entry.match(/^\s*([^\s>=]+)\s*(?:>=\s*(\d+(?:\.\d+)*))?\s*$/);
  if (!m) throw new Error(`toolchain entry "${entry}": expected "tool" or "tool>=version"`);
  return { entry, tool: m[1]!, ...(m[2] !== undefined && { min: m[2] }) };
}

/** The executable's full path from env.PATH, as a shell's `command -v` would find it. */
export function which(tool: string, env: Env = process.env): string | undefined {
  if (tool.includes("/")) return isExecutable(tool) ? tool : undefined;
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, tool);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The version `<tool> --version` reports: the number after the tool's own name
 * ("ruby 3.3.6", "Mix 1.18.4", "Composer version 2.8.9"), else the first
 * dotted number ("10.0.100" from dotnet). Undefined when it does not run.
 */
export function reportedVersion(file: string, tool: string, env: Env = process.env): string | undefined {
  const r = spawnSync(file, ["--version"], { encoding: "utf8", env: env as NodeJS.ProcessEnv, timeout: 30_000 });
  if (r.status !== 0) return undefined;
  const out = `${r.stdout ?? ""}\n${r.stderr ?? ""}`;
  const name = tool.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const named = out.match(new RegExp(`\\b${name}\\b[^\\d\\n]{0,20}?(\\d+(?:\\.\\d+)+)`, "i"));
  return named?.[1] ?? out.match(/\d+(?:\.\d+)+/)?.[0];
}

/** -1, 0 or 1, comparing dotted versions number by number ("1.9" < "1.15"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Why one entry is not met here, or undefined when it is. */
export function unmet(entry: string, env: Env = process.env): string | undefined {
  const req = parseRequirement(entry);
  const file = which(req.tool, env);
  if (!file) return req.entry;
  if (req.min === undefined) return undefined;
  const found = reportedVersion(file, req.tool, env);
  if (found === undefined) return `${req.entry} (${req.tool} --version failed)`;
  return compareVersions(found, req.min) < 0 ? `${req.entry} (found ${found})` : undefined;
}

/** Run the starter when its whole toolchain is here; otherwise check its syntax and say what it needs. */
export function decideVerification(starter: { toolchain: string[] }, env: Env = process.env): Decision {
  const missing = starter.toolchain.map((t) => unmet(t, env)).filter((m): m is string => m !== undefined);
  return { mode: missing.length === 0 ? "run" : "syntax", missing };
}
