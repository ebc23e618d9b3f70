import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Parse-only checks for starters whose ecosystems cannot be installed here:
 * each file goes to its language's own parser (Debian's ruby, php, elixir, mcs).
 */
interface Checker { tool: string; run: (file: string) => { ok: boolean; out: string } }

const sh = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`.trim() };
};

const ruby: Checker = { tool: "ruby", run: (f) => sh("ruby", ["-c", f]) };
const php: Checker = { tool: "php", run: (f) => sh("php", ["-l", f]) };
const elixir: Checker = {
  tool: "elixir",
  run: (f) => sh("elixir", ["-e", "File.read!(hd(System.argv())) |> Code.string_to_quoted!(file: hd(System.argv()))", f]),
};
const csharp: Checker = { tool: "mcs", run: (f) => sh("mcs", ["--parse", f]) };
/** Entrypoint and wrapper scripts: `sh -n` (or `bash -n` for a bash shebang) reads without running. */
const posixShell: Checker = { tool: "sh", run: (f) => sh("sh", ["-n", f]) };
const bash: Checker = { tool: "bash", run: (f) => sh("bash", ["-n", f]) };
const json: Checker = {
  tool: "node",
  run: (f) => {
    try {
      JSON.parse(fs.readFileSync(f, "utf8"));
      return { ok: true, out: "" };
    } catch (e) {
      return { ok: false, out: (e as Error).message };
    }
  },
};
const yaml: Checker = { tool: "ruby", run: (f) => sh("ruby", ["-ryaml", "-e", "YAML.safe_load(File.read(ARGV[0]), aliases: true)", f]) };
const xml: Checker = { tool: "python3", run: (f) => sh("python3", ["-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", f]) };

/** Extension-less scripts (bin/rails, artisan, bin/console, bin/docker-entrypoint) are checked by their shebang. */
function shebang(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n", 1)[0] ?? "";
  } catch {
    return "";
  }
}

export function checkerFor(file: string, full = file): Checker | undefined {
  const base = path.basename(file);
  if (!base.includes(".")) {
    const line = shebang(full);
    if (/^#!.*\bruby\b/.test(line)) return ruby;
    if (/^#!.*\bphp\b/.test(line)) return php;
    if (/^#!.*\bbash\b/.test(line)) return bash;
    if (/^#!\s*\/bin\/sh\b|^#!.*\benv\s+sh\b/.test(line)) return posixShell;
  }
  if (base.endsWith(".sh")) return /^#!.*\bbash\b/.test(shebang(full)) ? bash : posixShell;
  if (/\.(rb|rake|ru|gemspec)$/.test(base) || ["Gemfile", "Rakefile"].includes(base)) return ruby;
  if (base.endsWith(".php")) return php;
  if (/\.(ex|exs)$/.test(base)) return elixir;
  if (base.endsWith(".cs")) return csharp;
  if (base.endsWith(".json") || base === "composer.lock") return json;
  if (/\.(ya?ml)$/.test(base)) return yaml;
  if (/\.(csproj|props|targets|xml|sln\.xml|slnx)$/.test(base)) return xml;
  return undefined;
}

export interface SyntaxReport { checked: number; failures: { file: string; out: string }[]; tools: string[]; missingTools: string[] }

const have = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

export function syntaxCheck(dir: string, files: string[]): SyntaxReport {
  const report: SyntaxReport = { checked: 0, failures: [], tools: [], missingTools: [] };
  for (const rel of files) {
    const checker = checkerFor(rel, path.join(dir, rel));
    if (!checker) continue;
    if (!have(checker.tool)) {
      if (!report.missingTools.includes(checker.tool)) report.missingTools.push(checker.tool);
      continue;
    }
    if (!report.tools.includes(checker.tool)) report.tools.push(checker.tool);
    const r = checker.run(path.join(dir, rel));
    report.checked++;
    if (!r.ok) report.failures.push({ file: rel, out: r.out.split("\n").slice(0, 5).join("\n") });
  }
  return report;
}
