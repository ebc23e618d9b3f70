import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, snapshot, tmp } from "./helpers.js";

/** DESIGN.md §6: bad input → exit 2, a message naming the field, what was given and what is allowed; nothing written. */
const cases: { name: string; args: string[]; message: RegExp; setup?: (dir: string) => void }[] = [
  { name: "unknown flag, with a did-you-mean", args: ["api", "--framwork", "express"], message: /--framwork is not an option this command knows; did you mean "--framework"/ },
  { name: "unknown framework", args: ["api", "--framework", "djang", "--yes"], message: /--framework: is not a known framework \(given "djang"\).*allowed: .*django.*did you mean "django"/ },
  { name: "unknown priority", args: ["api", "--priority", "mvp,realtme", "--yes"], message: /--priority: is not a known value \(given "realtme"\).*allowed: .*realtime.*did you mean "realtime"/ },
  { name: "unknown language", args: ["api", "--language", "pyhton", "--yes"], message: /--language: is not a known value \(given "pyhton"\).*did you mean "python"/ },
  { name: "bad package manager", args: ["api", "--package-manager", "pnmp", "--yes"], message: /--package-manager: must be one of npm, pnpm, yarn, bun.*did you mean "pnpm".*\(given "pnmp"\)/ },
  { name: "bad kind", args: ["api", "--kind", "fullstack", "--yes"], message: /--kind: is not a known value \(given "fullstack"\).*did you mean "full-stack"/ },
  { name: "a flag without its value", args: ["api", "--framework"], message: /--framework: needs a value/ },
  { name: "a boolean flag given a value", args: ["api", "--yes=no"], message: /--yes: takes no value/ },
  { name: "a project name with a slash", args: ["api", "--name", "../evil", "--yes"], message: /--name: must start with a letter or digit and hold only letters, digits/ },
  { name: "a project name too long", args: ["api", "--name", "a".repeat(101), "--yes"], message: /--name: must be at most 100 characters/ },
  { name: "a folder name that is not a valid project name", args: ["my api", "--framework", "express", "--yes"], message: /directory name: must start with a letter or digit/ },
  { name: "no folder and no name, non-interactive", args: ["--framework", "express", "--yes"], message: /--name: is required when no folder is given/ },
  { name: "an unexpected extra argument", args: ["api", "more"], message: /argument: is not expected here/ },
  { name: "a misspelt command", args: ["recomend", "x"], message: /command: is not a command \(given "recomend"\).*did you mean "recommend"\? To create a folder of that name, pass it as \.\/recomend/ },
  { name: "a misspelt command, one edit from a short one", args: ["lsit"], message: /command: is not a command \(given "lsit"\).*did you mean "list"/ },
  { name: "a misspelt command, two edits", args: ["regenrate"], message: /did you mean "regenerate"/ },
  { name: "a framework id in another case is matched; an alias is suggested", args: ["api", "--framework", "spring", "--yes"], message: /--framework: is not a known framework \(given "spring"\).*did you mean "spring-boot" \(Spring Boot\)/ },
  { name: "a language given as the framework is said to be one", args: ["api", "--framework", "js", "--yes"], message: /js is a language: pass --language javascript/ },
  { name: "nest suggests nestjs", args: ["api", "--framework", "nest", "--yes"], message: /did you mean "nestjs"/ },
  { name: "dotnet suggests aspnet-core", args: ["api", "--framework", "dotnet", "--yes"], message: /did you mean "aspnet-core"/ },
  { name: "a missing config file", args: ["api", "--config", "nope.json", "--yes"], message: /--config: cannot be read \(ENOENT\)/ },
  { name: "a config file that is not JSON", args: ["api", "--config", "bad.json", "--yes"], message: /--config: is not valid JSON/, setup: (d) => fs.writeFileSync(path.join(d, "bad.json"), "{name:") },
  { name: "a config file with an unknown field", args: ["api", "--config", "c.json", "--yes"], message: /c\.json: priorty: is not a known field.*did you mean "priority"/, setup: (d) => fs.writeFileSync(path.join(d, "c.json"), JSON.stringify({ priorty: ["mvp"] })) },
  { name: "a config file with a bad value", args: ["api", "--config", "c.json", "--yes"], message: /c\.json: language\.0: is not a known value \(given "cobol"\)/, setup: (d) => fs.writeFileSync(path.join(d, "c.json"), JSON.stringify({ language: ["cobol"] })) },
  { name: "a non-empty target without --force", args: ["api", "--framework", "express", "--yes"], message: /directory: .*api is not empty; pass --force/, setup: (d) => { fs.mkdirSync(path.join(d, "api")); fs.writeFileSync(path.join(d, "api", "keep.txt"), "mine"); } },
  { name: "a target that is a file", args: ["api", "--framework", "express", "--yes"], message: /directory: exists and is not a folder/, setup: (d) => fs.writeFileSync(path.join(d, "api"), "file") },
];

describe("bad input: exit 2, a clear message, nothing written", () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = tmp();
      c.setup?.(dir);
      const before = snapshot(dir);
      const r = cli(c.args, dir);
      expect(r.code).toBe(2);
      expect(r.said).toMatch(c.message);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it("with --json the error is one JSON document on stdout", () => {
    const dir = tmp();
    const r = cli(["recommend", "--priority", "fast", "--json"], dir);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.error).toMatchObject({ code: "bad-input", field: "--priority", given: "fast" });
    expect(doc.error.allowed).toContain("performance");
  });
});
