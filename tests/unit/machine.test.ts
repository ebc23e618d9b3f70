import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { probeMachine, versionIn } from "../../src/machine/probe.js";
import { missingOf } from "../../src/schema/toolchain.js";
import { cli, tmp } from "./helpers.js";

/** A PATH holding only Node.js, npm, git and the shell tools: what every `npm create` user has. */
function nodeOnlyPath(): string {
  const bin = tmp("cb-path-");
  const which = (t: string) => execFileSync("sh", ["-c", `command -v ${t}`], { encoding: "utf8" }).trim();
  for (const tool of ["node", "npm", "npx", "git", "sh", "env", "cat", "ls", "mkdir", "rm", "cp", "mv", "sed", "grep", "uname", "dirname", "basename"]) {
    try {
      fs.symlinkSync(which(tool), path.join(bin, tool));
    } catch {
      // a shell tool this machine does not have: the CLI needs none of them
    }
  }
  return bin;
}

describe("what runs here", () => {
  const reduced = { PATH: nodeOnlyPath() };

  it("--yes with nothing asked generates a starter that runs on a Node-only PATH, and says why it was picked", () => {
    const cwd = tmp("cb-machine-");
    const r = cli(["api", "--yes", "--no-install", "--no-git"], cwd, reduced);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(cwd, "api", ".create-any-backend.json"), "utf8"));
    expect(manifest.answers.framework).toBe("nextjs");
    expect(r.said).toMatch(/Recommended: .*go-to backend framework.* \[roadmap-top7\]/);
  });

  it("--yes for needs whose best fits cannot run here takes the best-ranked that can, and names what it passed over and why", () => {
    const cwd = tmp("cb-machine-");
    const r = cli(["api", "--priority", "mvp", "--yes", "--no-install", "--no-git"], cwd, reduced);
    expect(r.code, r.stderr).toBe(0);
    const full = JSON.parse(cli(["recommend", "--priority", "mvp", "--json"], cwd).stdout).recommendations;
    const here = JSON.parse(cli(["recommend", "--priority", "mvp", "--json"], cwd, reduced).stdout).recommendations;
    const pick = here.find((x: { runsHere: boolean; generates: boolean }) => x.generates && x.runsHere);
    const manifest = JSON.parse(fs.readFileSync(path.join(cwd, "api", ".create-any-backend.json"), "utf8"));
    expect(manifest.answers.framework).toBe(pick.framework);
    expect(here[0].runsHere).toBe(false);
    expect(r.said).toContain(here[0].name);
    expect(r.said).toMatch(/rank(s)? higher for these needs but cannot run here/);
    expect(r.said).toContain(`(needs ${here[0].missing.join(", ")})`);
    expect(r.said).toContain(`the best-ranked that runs here`);
    expect(full.map((x: { framework: string }) => x.framework)).toContain(pick.framework);
  });

  it("recommend --all --json marks every framework runsHere/missing, in the order of the full PATH, byte for byte", () => {
    const cwd = tmp("cb-machine-");
    for (const asked of [[], ["--priority", "realtime,mvp"], ["--language", "python"]]) {
      const strip = (json: string) => JSON.stringify(JSON.parse(json).recommendations.map(({ runsHere: _r, missing: _m, ...rest }: Record<string, unknown>) => rest));
      const full = cli(["recommend", "--all", "--json", ...asked], cwd);
      const here = cli(["recommend", "--all", "--json", ...asked], cwd, reduced);
      expect(strip(here.stdout)).toBe(strip(full.stdout));
      for (const r of JSON.parse(here.stdout).recommendations) {
        expect(typeof r.runsHere).toBe("boolean");
        expect(Array.isArray(r.missing)).toBe(true);
        if (r.generates) expect(r.runsHere).toBe(r.missing.length === 0);
      }
    }
    const here = JSON.parse(cli(["recommend", "--all", "--json"], cwd, reduced).stdout).recommendations;
    const by = (id: string) => here.find((r: { framework: string }) => r.framework === id);
    expect(by("django")).toMatchObject({ runsHere: false, missing: ["python3 (not found)"] });
    expect(by("laravel").missing).toEqual(["php >= 8.3 (not found)", "composer (not found)"]);
    expect(by("express")).toMatchObject({ runsHere: true, missing: [] });
  });

  it("the terminal ranking says, in a word, what cannot be installed here", () => {
    const r = cli(["recommend", "--priority", "mvp"], tmp("cb-machine-"), reduced);
    expect(r.stdout).toMatch(/Django .*not installable here/);
    expect(r.said).toContain("needs python3 (not found)");
  });

  it("a named starter that cannot run here is written with a warning, its install skipped, and next steps that say what to install first: exit 0", () => {
    const cwd = tmp("cb-machine-");
    const r = cli(["api", "--framework", "django", "--yes", "--no-git"], cwd, reduced);
    expect(r.code, r.stderr).toBe(0);
    expect(r.said).toMatch(/warning: Django cannot be installed or run on this machine: it needs python3 \(not found\)/);
    expect(r.said).toMatch(/install: skipped, this machine lacks python3 \(not found\)/);
    expect(r.stdout.replace(/\s+/g, " ")).toContain("# first install python3");
    expect(fs.existsSync(path.join(cwd, "api", "manage.py"))).toBe(true);
  });
});

describe("the probe", () => {
  it("finds a tool on PATH, reads a version only where a minimum applies, and says what is missing or too old", async () => {
    const bin = tmp("cb-probe-");
    fs.writeFileSync(path.join(bin, "php"), "#!/bin/sh\necho 'PHP 8.2.7 (cli) (built: Jan 1 2026)'\n", { mode: 0o755 });
    fs.writeFileSync(path.join(bin, "composer"), "#!/bin/sh\nexit 1\n", { mode: 0o755 });
    const machine = await probeMachine(["php>=8.3", "composer", "ruby>=3.2"], { PATH: bin });
    expect(machine).toEqual({ php: { found: true, version: "8.2.7" }, composer: { found: true }, ruby: { found: false } });
    expect(missingOf(["php>=8.3", "composer", "ruby>=3.2"], machine)).toEqual(["php >= 8.3 (found 8.2.7)", "ruby >= 3.2 (not found)"]);
    expect(missingOf(["php>=8.2"], machine)).toEqual([]);
  });

  it("reads the version after the tool's own name", () => {
    expect(versionIn("Mix 1.18.4 (compiled with Erlang/OTP 27)", "mix")).toBe("1.18.4");
    expect(versionIn("Erlang/OTP 25 [erts-13.1.5]\n\nMix 1.14.0 (compiled with Erlang/OTP 25)", "mix")).toBe("1.14.0");
    expect(versionIn("10.0.100", "dotnet")).toBe("10.0.100");
  });
});
