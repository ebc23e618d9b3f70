import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { versionIn } from "../../src/machine/probe.js";
import { compareVersions, parseRequirement } from "../../src/schema/toolchain.js";

// The entry syntax and version rules are the CLI's own: the harness decides the same way `recommend` does.
export { compareVersions, parseRequirement } from "../../src/schema/toolchain.js";
export type { Requirement } from "../../src/schema/toolchain.js";

/**
 * Whether the harness can run a starter here, decided from its starter.json
 * `toolchain` alone: every entry is an executable that must be on PATH,
 * optionally with a minimum version (`"ruby>=3.2"`, `"dotnet>=10"`), read
 * from `<tool> --version`. All present: installed, tested and run like any
 * other starter. Any missing: syntax-checked, reported as "needs ...".
 */

export interface Decision {
  mode: "run" | "syntax";
  /** What is missing, for the report: "dotnet>=10", "mix>=1.15 (found 1.14.0)". */
  missing: string[];
}

type Env = Record<string, string | undefined>;

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
  return versionIn(`${r.stdout ?? ""}\n${r.stderr ?? ""}`, tool);
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

/**
 * A bounded probe of a language's registry, made with the ecosystem's own client (so a mirror set in its
 * config or environment counts): the toolchain on PATH does not mean its registry answers (a dotnet or
 * php machine has python3, cargo and java, not PyPI, crates.io or Maven Central).
 */
export const REGISTRY_PROBES: Record<string, { registry: string; cmd: string[] }> = {
  typescript: { registry: "npm", cmd: ["npm", "view", "typescript", "version"] },
  javascript: { registry: "npm", cmd: ["npm", "view", "typescript", "version"] },
  python: { registry: "PyPI", cmd: ["python3", "-m", "pip", "download", "--no-deps", "--no-cache-dir", "--timeout", "10", "--retries", "0", "--dest", "{tmp}", "six==1.17.0"] },
  go: { registry: "the Go module proxy", cmd: ["go", "list", "-m", "-versions", "github.com/pressly/goose/v3"] },
  rust: { registry: "crates.io", cmd: ["cargo", "info", "--quiet", "serde"] },
  java: { registry: "Maven Central", cmd: ["mvn", "-B", "-q", "-U", "dependency:get", "-Dartifact=org.slf4j:slf4j-api:2.0.17:pom", "-Dtransitive=false"] },
  php: { registry: "Packagist", cmd: ["composer", "show", "--all", "--no-interaction", "psr/log"] },
  ruby: { registry: "RubyGems", cmd: ["gem", "info", "--remote", "--exact", "rake"] },
  elixir: { registry: "Hex", cmd: ["mix", "hex.info", "plug"] },
  csharp: { registry: "NuGet", cmd: ["dotnet", "package", "search", "Newtonsoft.Json", "--take", "1"] },
};

const probed = new Map<string, string | undefined>();

/** Undefined when the language's registry answered within the bound; else "registry unreachable: <name>". */
export function probeRegistry(language: string, env: Env = process.env, timeoutMs = 60_000): string | undefined {
  if (probed.has(language)) return probed.get(language);
  const probe = REGISTRY_PROBES[language];
  let result: string | undefined;
  if (probe) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cab-probe-"));
    const [cmd, ...args] = probe.cmd.map((a) => a.replace("{tmp}", tmp)) as [string, ...string[]];
    const r = spawnSync(cmd, args, { cwd: tmp, encoding: "utf8", env: env as NodeJS.ProcessEnv, timeout: timeoutMs });
    fs.rmSync(tmp, { recursive: true, force: true });
    if (r.status !== 0) result = `registry unreachable: ${probe.registry} (${probe.cmd.slice(0, 3).join(" ")} ${r.error ? "timed out" : `exited ${r.status}`})`;
  }
  probed.set(language, result);
  return result;
}

/** The toolchain, then (when it is all here and `probe` is set) the registry: what the harness decides from. */
export function decideHere(starter: { toolchain: string[]; language: string }, opts: { probe: boolean; env?: Env } = { probe: true }): Decision {
  const d = decideVerification(starter, opts.env);
  if (d.mode === "syntax" || !opts.probe) return d;
  const reg = probeRegistry(starter.language, opts.env);
  return reg ? { mode: "syntax", missing: [reg] } : d;
}

/** decideHere for a framework of the catalog by id (CAB_NO_REGISTRY_PROBE=1 skips the registry probe). */
export function decideFor(catalog: { frameworks: readonly { id: string; starter?: { toolchain: string[]; language: string } }[] }, id: string): Decision {
  const s = catalog.frameworks.find((f) => f.id === id)?.starter;
  return s ? decideHere(s, { probe: process.env.CAB_NO_REGISTRY_PROBE !== "1" }) : { mode: "syntax", missing: ["not a generating framework"] };
}
