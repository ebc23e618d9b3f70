import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, tmp } from "../unit/helpers.js";

/**
 * The interactive flow in a real terminal: tmux, 80 columns by 24 lines, keys
 * typed as a person would. (`.ci/run` installs tmux.)
 */
const CLI = path.join(REPO, "bin", "create-any-backend.js");
const socket = `cab-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
afterAll(() => tmux("kill-server"));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let sessions = 0;

/** Starts the CLI in a fresh 80×24 terminal; the shell after it prints its exit code and waits, so the screen stays. */
function start(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const name = `s${sessions++}`;
  const vars = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ");
  const command = `env -u CI ${vars} ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args.join(" ")}; echo "[exit $?]"; sleep 60`;
  const r = tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", "-c", cwd, command);
  expect(r.status, r.stderr).toBe(0);
  const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", name).stdout;
  return {
    screen,
    /** The screen with its colours and attributes, as escape sequences. */
    styled: () => tmux("capture-pane", "-p", "-e", "-S", "-500", "-t", name).stdout,
    keys: (...keys: string[]) => tmux("send-keys", "-t", name, ...keys),
    async waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const s = screen();
        if (typeof text === "string" ? s.includes(text) : text.test(s)) return s;
        if (Date.now() > until) throw new Error(`timed out waiting for ${text}; the screen:\n${s}`);
        await sleep(100);
      }
    },
  };
}

const listing = (dir: string) => fs.readdirSync(dir).sort();

describe("the interactive flow (tmux, 80×24)", () => {
  it("refuses an existing folder at the name prompt, shows a ranking that fits the screen, and creates the starter", async () => {
    const cwd = tmp("cb-tty-");
    fs.mkdirSync(path.join(cwd, "taken"));
    fs.writeFileSync(path.join(cwd, "taken", "notes.txt"), "mine\n");
    const t = start(cwd, ["--no-install", "--no-git"]);
    await t.waitFor("Project name");
    t.keys("taken", "Enter");
    await t.waitFor("already exists and is not empty");
    for (let i = 0; i < 5; i++) t.keys("BSpace");
    t.keys("fresh", "Enter");
    await t.waitFor("What matters");
    t.keys("Space", "Enter"); // the first need: MVP
    await t.waitFor("Languages your team knows");
    t.keys("Enter");
    const atFramework = await t.waitFor(/Framework/);
    const lines = atFramework.split("\n");
    const first = lines.findIndex((l) => l.includes("Best fits"));
    const last = lines.findIndex((l) => l.includes("Why, in full"));
    expect(first, atFramework).toBeGreaterThan(-1);
    expect(last - first + 1, atFramework).toBeLessThanOrEqual(24);
    for (const l of lines.slice(first, last + 1)) expect([...l].length, l).toBeLessThanOrEqual(80);
    t.keys("Enter"); // the recommended framework
    await t.waitFor("Database");
    t.keys("Enter"); // SQLite
    const done = await t.waitFor("[exit 0]");
    expect(done).toContain("Next steps");
    // What was chosen, before anything was written.
    expect(done.indexOf("Creating")).toBeGreaterThan(-1);
    expect(done.indexOf("Creating")).toBeLessThan(done.indexOf("Created your"));
    // -J joins wrapped lines: every line the CLI printed fits the 80 columns (a box only where it fits).
    for (const l of done.split("\n")) expect([...l].length, l).toBeLessThanOrEqual(80);
    expect(fs.existsSync(path.join(cwd, "fresh", ".create-any-backend.json"))).toBe(true);
    expect(fs.readFileSync(path.join(cwd, "taken", "notes.txt"), "utf8")).toBe("mine\n");
    expect(listing(path.join(cwd, "taken"))).toEqual(["notes.txt"]);
  }, 90_000);

  const prompts: [string, string[]][] = [
    ["the name", []],
    ["the needs", ["my-api"]],
    ["the languages", ["my-api"]],
    ["the framework", ["my-api"]],
    ["the database", ["my-api", "--framework", "express"]],
    ["install", ["my-api", "--framework", "express", "--database", "sqlite"]],
    ["git", ["my-api", "--framework", "express", "--database", "sqlite", "--no-install"]],
  ];
  const waitText: Record<string, string> = {
    "the name": "Project name",
    "the needs": "What matters",
    "the languages": "Languages your team knows",
    "the framework": "Framework",
    "the database": "Database",
    install: "Install dependencies now?",
    git: "Initialise a git repository?",
  };
  for (const [prompt, args] of prompts) {
    it(`Ctrl-C at ${prompt} leaves nothing behind`, async () => {
      const cwd = tmp("cb-tty-");
      fs.writeFileSync(path.join(cwd, "keep.txt"), "x");
      const t = start(cwd, args);
      if (prompt === "the languages" || prompt === "the framework") {
        await t.waitFor("What matters");
        t.keys("Enter");
      }
      if (prompt === "the framework") {
        await t.waitFor("Languages your team knows");
        t.keys("Enter");
      }
      await t.waitFor(waitText[prompt]!);
      t.keys("C-c");
      const s = await t.waitFor(/\[exit \d+\]/);
      expect(s).toContain("[exit 130]");
      expect(s).toContain("nothing was written");
      expect(listing(cwd)).toEqual(["keep.txt"]);
    }, 60_000);
  }

  it("marks, beside each choice and in the ranking, what cannot be installed on this machine (a Node-only PATH)", async () => {
    const bin = tmp("cb-tty-path-");
    for (const tool of ["node", "npm", "git", "sh"]) fs.symlinkSync(spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim(), path.join(bin, tool));
    const t = start(tmp("cb-tty-"), ["my-api", "--priority", "mvp", "--no-install", "--no-git"], { PATH: bin });
    await t.waitFor("Languages your team knows");
    t.keys("Enter");
    const s = await t.waitFor(/Framework/);
    expect(s).toMatch(/1\. Django \(python\) · not installable here/);
    // The choices start at the best-ranked one that runs here; those above it say why they were passed.
    expect(s).toMatch(/❯\s+Next\.js/);
    expect(s).toMatch(/(Laravel|Ruby on Rails|Flask) · not installable here/);
    t.keys("C-c");
    await t.waitFor("[exit 130]");
  }, 60_000);

  it("after a validation message that wraps at 80 columns, the prompt redraws cleanly; Ctrl-U clears what was typed", async () => {
    const cwd = tmp("cb-tty-");
    fs.mkdirSync(path.join(cwd, "a-rather-long-folder-name-that-is-taken"));
    fs.writeFileSync(path.join(cwd, "a-rather-long-folder-name-that-is-taken", "notes.txt"), "mine\n");
    const t = start(cwd, ["--framework", "node", "--database", "sqlite", "--no-install", "--no-git"]);
    const intro = await t.waitFor("Project name");
    for (const l of intro.split("\n")) expect([...l].length, l).toBeLessThanOrEqual(80);
    t.keys("C-u", "a-rather-long-folder-name-that-is-taken", "Enter");
    const refused = await t.waitFor("choose another name");
    expect(refused.split("\n").filter((l) => l.trim()).length).toBeGreaterThan(2); // the message took more than one line
    t.keys("C-u");
    t.keys("fresh", "Enter");
    const done = await t.waitFor("[exit 0]");
    // Nothing of the message is left on the screen, and the name is what was typed after Ctrl-U.
    expect(done).not.toContain("choose another name");
    expect(done).not.toContain("already exists");
    expect(fs.existsSync(path.join(cwd, "fresh", ".create-any-backend.json"))).toBe(true);
  }, 60_000);

  it("NO_COLOR: the prompts carry no colour either", async () => {
    const coloured = start(tmp("cb-tty-"), []);
    await coloured.waitFor("Project name");
    expect(coloured.styled()).toMatch(/\x1b\[[0-9;]*m/);
    coloured.keys("C-c");
    const t = start(tmp("cb-tty-"), [], { NO_COLOR: "1" });
    await t.waitFor("Project name");
    expect(t.styled()).not.toMatch(/\x1b\[[0-9;]*m/);
    t.keys("my-api", "Enter");
    await t.waitFor("What matters");
    expect(t.styled()).not.toMatch(/\x1b\[[0-9;]*m/);
    t.keys("C-c");
    await t.waitFor("[exit 130]");
  }, 60_000);
});
