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
function start(cwd: string, args: string[] = []) {
  const name = `s${sessions++}`;
  const command = `env -u CI node ${JSON.stringify(CLI)} ${args.join(" ")}; echo "[exit $?]"; sleep 60`;
  const r = tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", "-c", cwd, command);
  expect(r.status, r.stderr).toBe(0);
  const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", name).stdout;
  return {
    screen,
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
    expect(done).toMatch(/┌─+┐/);
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
      expect(s).toMatch(/\[exit [12]\]|\[exit 130\]/);
      expect(s).toContain("nothing was written");
      expect(listing(cwd)).toEqual(["keep.txt"]);
    }, 60_000);
  }
});
