import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareVersions, decideVerification, parseRequirement, reportedVersion } from "../harness/toolchain.js";
import { REPO } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A folder holding fake executables that print what a real toolchain prints for --version. */
function fakeBin(tools: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cab-toolchain-"));
  dirs.push(dir);
  for (const [tool, versionOutput] of Object.entries(tools)) {
    const file = path.join(dir, tool);
    // printf is a shell builtin: the fake needs nothing else on PATH.
    const lines = versionOutput.split("\n").map((l) => `'${l.replace(/'/g, "'\\''")}'`);
    fs.writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' ${lines.join(" ")}\n`);
    fs.chmodSync(file, 0o755);
  }
  return dir;
}

const starter = (id: string) =>
  JSON.parse(fs.readFileSync(path.join(REPO, "templates", id, "starter.json"), "utf8")) as { toolchain: string[] };

describe("the harness's run-or-syntax decision", () => {
  it("switches aspnet-core from syntax to run when a .NET 10 SDK is on PATH", () => {
    const aspnet = starter("aspnet-core");
    const empty = fakeBin({});
    expect(decideVerification(aspnet, { PATH: empty })).toEqual({ mode: "syntax", missing: ["dotnet>=10"] });

    const sdk = fakeBin({ dotnet: "10.0.100" });
    expect(decideVerification(aspnet, { PATH: `${empty}${path.delimiter}${sdk}` })).toEqual({ mode: "run", missing: [] });
  });

  it("keeps a starter on syntax when the tool is there but too old, and says what it found", () => {
    const phoenix = starter("phoenix");
    const old = fakeBin({ mix: "Erlang/OTP 24 [erts-12.2]\n\nMix 1.14.0 (compiled with Erlang/OTP 24)" });
    expect(decideVerification(phoenix, { PATH: old })).toEqual({ mode: "syntax", missing: ["mix>=1.17 (found 1.14.0)"] });

    const current = fakeBin({ mix: "Erlang/OTP 28 [erts-16.0]\n\nMix 1.18.4 (compiled with Erlang/OTP 28)" });
    expect(decideVerification(phoenix, { PATH: current }).mode).toBe("run");
  });

  it("needs every tool: ruby alone does not run rails, ruby and bundle do", () => {
    const rails = starter("rails");
    const ruby = fakeBin({ ruby: "ruby 3.4.7 (2025-10-08 revision 7a5688e2a2) +PRISM [x86_64-linux]" });
    expect(decideVerification(rails, { PATH: ruby })).toEqual({ mode: "syntax", missing: ["bundle"] });
    const bundle = fakeBin({ bundle: "Bundler version 2.7.2" });
    expect(decideVerification(rails, { PATH: `${ruby}${path.delimiter}${bundle}` }).mode).toBe("run");
  });

  it("does not count a file that is not executable", () => {
    const dir = fakeBin({ composer: "Composer version 2.8.12" });
    fs.chmodSync(path.join(dir, "composer"), 0o644);
    const php = fakeBin({ php: "PHP 8.4.14 (cli) (built: Oct 24 2025)" });
    expect(decideVerification(starter("symfony"), { PATH: `${dir}${path.delimiter}${php}` }).missing).toEqual(["composer"]);
  });

  it("reads versions the way the tools print them, and compares them number by number", () => {
    const dir = fakeBin({ composer: "Composer version 2.8.12 2025-09-19 13:41:59", php: "PHP 8.2.29 (cli) (built: Jul 3 2025)" });
    expect(reportedVersion(path.join(dir, "composer"), "composer", { PATH: dir })).toBe("2.8.12");
    expect(reportedVersion(path.join(dir, "php"), "php", { PATH: dir })).toBe("8.2.29");
    expect(compareVersions("1.9", "1.15")).toBe(-1);
    expect(compareVersions("10.0.100", "10")).toBe(1);
    expect(compareVersions("3.2", "3.2.0")).toBe(0);
    expect(parseRequirement("ruby>=3.2")).toEqual({ entry: "ruby>=3.2", tool: "ruby", min: "3.2" });
    expect(() => parseRequirement("ruby>3")).toThrow(/expected/);
  });

  it("gives every starter a toolchain it can parse", () => {
    for (const id of fs.readdirSync(path.join(REPO, "templates"))) {
      const file = path.join(REPO, "templates", id, "starter.json");
      if (!fs.existsSync(file)) continue;
      for (const entry of starter(id).toolchain) expect(() => parseRequirement(entry), `${id}: ${entry}`).not.toThrow();
    }
  });
});
