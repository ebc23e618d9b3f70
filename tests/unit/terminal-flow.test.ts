import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { colorEnabled } from "../../src/cli/style.js";
import { forPerson } from "../../src/cli/person-command.js";
import { helpText } from "../../src/cli/help.js";
import { wrap } from "../../src/cli/style.js";
import { cli, REPO, tmp } from "./helpers.js";

/** What a person reads on a terminal of 80 columns, or a pipe (laid out for 80). */
const widest = (text: string) => Math.max(...text.split("\n").map((l) => [...l].length));
const plain = (text: string) => !/\x1b\[/.test(text);

describe("width: nothing a person reads runs past 80 columns without a terminal", () => {
  const cwd = tmp("cb-flow-");
  const screens: [string, string[]][] = [
    ["list", ["list"]],
    ["recommend --priority realtime,mvp", ["recommend", "--priority", "realtime,mvp"]],
    ["recommend --all", ["recommend", "--all"]],
    ["--help", ["--help"]],
    ["recommend --help", ["recommend", "--help"]],
    ["regenerate --help", ["regenerate", "--help"]],
    ["the Django/PostgreSQL next steps", ["dj", "--framework", "django", "--database", "postgres", "--yes", "--no-install", "--no-git"]],
    ["the Laravel next steps", ["lv", "--framework", "laravel", "--yes", "--no-install", "--no-git"]],
  ];
  for (const [name, args] of screens) {
    it(name, () => {
      const r = cli(args, cwd);
      expect(r.code, r.stderr).toBe(0);
      expect(widest(r.stdout), r.stdout).toBeLessThanOrEqual(80);
      expect(widest(r.stderr), r.stderr).toBeLessThanOrEqual(80);
      expect(plain(r.stdout + r.stderr)).toBe(true);
    });
  }

  it("help wraps at word boundaries only: at 80 columns it says exactly what it says at 200", () => {
    for (const command of ["create", "recommend", "list", "regenerate"] as const) {
      const words = (columns: number) => helpText("9.9.9", columns, command).split(/\s+/).join(" ");
      expect(words(80)).toBe(words(200));
      expect(widest(helpText("9.9.9", 80, command))).toBeLessThanOrEqual(80);
    }
  });

  it("wrap breaks at spaces, indents what follows, cuts only a word longer than a line, and keeps colour codes whole", () => {
    expect(wrap("aaa bbb ccc ddd", 12, 2)).toBe("aaa bbb\n  ccc ddd");
    expect(wrap("short", 80)).toBe("short");
    expect(wrap("x ".repeat(3) + "y".repeat(25), 10)).toBe("x x x\nyyyyyyyyyy\nyyyyyyyyyy\nyyyyy");
    const coloured = wrap(`\x1b[2m${"word ".repeat(30).trim()}\x1b[0m`, 40);
    for (const l of coloured.split("\n")) expect(l.replace(/\x1b\[[0-9;]*m/g, "").length).toBeLessThanOrEqual(39);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, "").replace(/\n/g, " ")).toBe("word ".repeat(30).trim());
  });

  it("list explains its rating columns", () => {
    const r = cli(["list"], cwd);
    for (const explained of ["perf: performance", "scale: scalability", "flex: flexibility", "comm: community", "learn: learning curve", "sec: security", "future: future-proofing"])
      expect(r.stdout.replace(/\s+/g, " ")).toContain(explained);
  });
});

describe("commands shown to a person are ones a person types", () => {
  it("next steps carry no exec and no ${PORT:-...} plumbing, give the URL and a curl, and say how to get PostgreSQL", () => {
    const cwd = tmp("cb-flow-");
    const r = cli(["dj", "--framework", "django", "--database", "postgres", "--yes", "--no-install", "--no-git"], cwd);
    expect(r.code, r.stderr).toBe(0);
    const steps = r.stdout.slice(r.stdout.indexOf("Next steps"));
    expect(steps).not.toMatch(/\bexec\b|\$\{/);
    expect(steps).toContain("curl http://localhost:8000/health");
    expect(steps).toContain("docker compose up -d db");
    expect(steps.indexOf("docker compose up -d db")).toBeLessThan(steps.indexOf("migrate, then serve"));
    // The manifest keeps the machine form.
    const manifest = JSON.parse(fs.readFileSync(path.join(cwd, "dj", ".create-any-backend.json"), "utf8"));
    expect(JSON.stringify(manifest)).toMatch(/exec |\$\{PORT:-8000\}/);
  });

  it("forPerson drops exec and uses the defaults", () => {
    expect(forPerson("php artisan migrate --force && PHP_CLI_SERVER_WORKERS=${PHP_CLI_SERVER_WORKERS:-4} exec php artisan serve --port=${PORT:-8000}")).toBe(
      "php artisan migrate --force && php artisan serve --port=8000",
    );
    expect(forPerson("exec ./bin/server")).toBe("./bin/server");
  });

  it("the hint under the ranking carries the answers and works after npm create", () => {
    const r = cli(["recommend", "--priority", "realtime,mvp", "--language", "python"], tmp("cb-flow-"));
    expect(r.stdout.replace(/\s+/g, " ")).toContain("npx create-any-backend recommend --priority mvp,realtime --language python --all");
  });
});

describe("colour", () => {
  it("NO_COLOR, FORCE_COLOR=0 and TERM=dumb turn it off on a terminal; a pipe stays plain; FORCE_COLOR forces it", () => {
    const tty = { isTTY: true };
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(tty, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled(tty, { FORCE_COLOR: "0" })).toBe(false);
    expect(colorEnabled(tty, { TERM: "dumb" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });

  it("the CLI's own output follows it: FORCE_COLOR=1 colours a pipe, FORCE_COLOR=0 and NO_COLOR do not", () => {
    const cwd = tmp("cb-flow-");
    expect(plain(cli(["list"], cwd, { FORCE_COLOR: "1" }).stdout)).toBe(false);
    expect(plain(cli(["list"], cwd, { FORCE_COLOR: "0" }).stdout)).toBe(true);
    expect(plain(cli(["list"], cwd, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout)).toBe(true);
    expect(plain(cli(["list"], cwd, { FORCE_COLOR: "1", TERM: "dumb" }).stdout)).toBe(true);
  });
});

describe("subcommands", () => {
  it("help prints the help and writes nothing; help <command> that command's", () => {
    const cwd = tmp("cb-flow-");
    const r = cli(["help"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage:");
    expect(fs.readdirSync(cwd)).toEqual([]);
    const rec = cli(["help", "recommend"], cwd);
    expect(rec.stdout).toContain("create-any-backend recommend [options]");
    expect(rec.stdout).not.toContain("--package-manager");
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it("recommend --help and regenerate --help are their own", () => {
    const cwd = tmp("cb-flow-");
    const rec = cli(["recommend", "--help"], cwd).stdout;
    expect(rec).toContain("--all");
    expect(rec).not.toContain("--no-install");
    const regen = cli(["regenerate", "--help"], cwd).stdout;
    expect(regen).toContain("regenerate [dir]");
    expect(regen).not.toContain("--all");
  });

  it("a folder spelt like a command still names a folder when written ./recomend", () => {
    const cwd = tmp("cb-flow-");
    const r = cli(["./recomend", "--framework", "node", "--yes", "--no-install", "--no-git"], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(cwd, "recomend", ".create-any-backend.json"))).toBe(true);
  });

  it("a word two edits from a short command is a folder, not a typo (test is not list)", () => {
    const r = cli(["test", "--framework", "node", "--dry-run", "--yes"], tmp("cb-flow-"));
    expect(r.code, r.stderr).toBe(0);
  });
});

describe("errors", () => {
  it("a framework id matches in any case", () => {
    const cwd = tmp("cb-flow-");
    const r = cli(["api", "--framework", "Django", "--yes", "--no-install", "--no-git"], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, "api", ".create-any-backend.json"), "utf8")).answers.framework).toBe("django");
  });
});

describe("order and codes", () => {
  it("'Created' is said before the install starts, and the install says how long it took", () => {
    const cwd = tmp("cb-flow-");
    const bin = path.join(cwd, "bin");
    fs.mkdirSync(bin);
    // An npm that installs nothing, at once: what matters here is what the CLI says around it.
    fs.writeFileSync(path.join(bin, "npm"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    // stdout and stderr in one stream, in the order they were written.
    const merged = spawnSync("sh", ["-c", `"${process.execPath}" "${path.join(REPO, "bin", "create-any-backend.js")}" api --framework node --yes --no-git 2>&1`], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, CI: "true", PATH: `${bin}:${process.env.PATH}` },
    });
    expect(merged.status, merged.stdout).toBe(0);
    const out = merged.stdout;
    expect(out).toMatch(/Installing: .*: done in \d+\.\d s/);
    expect(out.indexOf("Created your Node.js starter")).toBeGreaterThan(-1);
    expect(out.indexOf("Created your Node.js starter")).toBeLessThan(out.indexOf("Installing:"));
  });

  it("README and --help list the exit codes as they are, 130 included", () => {
    const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8").replace(/\s+/g, " ");
    expect(readme).toMatch(/130 interrupted/);
    expect(helpText("9.9.9", 200).replace(/\s+/g, " ")).toMatch(/130 interrupted/);
  });

  it("a nested target is created with its parents, as create-vite does", () => {
    const cwd = tmp("cb-flow-");
    const r = cli(["./sub/deep", "--framework", "node", "--yes", "--no-install", "--no-git"], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(cwd, "sub", "deep", ".create-any-backend.json"))).toBe(true);
  });

  it("a nested target that fails leaves none of the parents it made", () => {
    const cwd = tmp("cb-flow-");
    // The project name "deep!" is invalid: refused before anything is made.
    const r = cli(["./sub/more/deep!", "--framework", "node", "--yes", "--no-install", "--no-git"], cwd);
    expect(r.code).toBe(2);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});
