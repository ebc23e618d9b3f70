import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Manifest } from "../../src/schema/manifest.js";
import { sha256 } from "../../src/write/manifest.js";
import { cli, tmp } from "./helpers.js";

describe("create, non-interactive (CI=true, no stdin)", () => {
  it("writes the framework asked for, with a manifest whose hashes match the files", () => {
    const dir = tmp();
    const r = cli(["api", "--framework", "fastify", "--yes", "--no-install", "--no-git"], dir);
    expect(r.code).toBe(0);
    const m = Manifest.parse(JSON.parse(fs.readFileSync(path.join(dir, "api", ".create-any-backend.json"), "utf8")));
    expect(m.framework).toBe("fastify");
    expect(m.answers).toMatchObject({ name: "api", framework: "fastify" });
    for (const [file, hash] of Object.entries(m.files)) expect(sha256(fs.readFileSync(path.join(dir, "api", file)))).toBe(hash);
    expect(r.stdout).toContain("cd api");
    expect(r.stdout).toContain(m.commands.start);
  });

  it("without --framework writes the recommended one, and --json reports it", () => {
    const dir = tmp();
    const r = cli(["svc", "--priority", "mvp", "--language", "python", "--json", "--no-install", "--no-git"], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.framework).toBe(doc.recommendation.recommendations.find((x: { generates: boolean }) => x.generates).framework);
    expect(doc.directory).toBe(path.join(dir, "svc"));
    expect(doc.files).toContain(".create-any-backend.json");
    expect(fs.existsSync(path.join(dir, "svc", doc.files[0]))).toBe(true);
  });

  it("JavaScript starters use the package manager asked for, else the one that launched create-any-backend", () => {
    const dir = tmp();
    const flag = JSON.parse(cli(["a", "--framework", "express", "--package-manager", "pnpm", "--dry-run", "--json"], dir).stdout);
    expect(flag.commands.install).toBe("pnpm install && pnpm run build");
    const agent = JSON.parse(cli(["b", "--framework", "koa", "--dry-run", "--json"], dir, { npm_config_user_agent: "yarn/4.5.0 npm/? node/v20.20.2 linux x64" }).stdout);
    expect(agent.commands.test).toBe("yarn run test");
    const python = JSON.parse(cli(["c", "--framework", "flask", "--package-manager", "bun", "--dry-run", "--json"], dir).stdout);
    expect(python.commands.install).toMatch(/^python3 -m venv/);
  });

  it("--dry-run lists the files and writes nothing", () => {
    const dir = tmp();
    const r = cli(["api", "--framework", "express", "--dry-run", "--json"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toContain("package.json");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a manifest's answers replay through --config, flags overriding", () => {
    const dir = tmp();
    expect(cli(["one", "--priority", "performance", "--language", "go", "--yes", "--no-install", "--no-git"], dir).code).toBe(0);
    const first = JSON.parse(fs.readFileSync(path.join(dir, "one", ".create-any-backend.json"), "utf8"));
    fs.writeFileSync(path.join(dir, "answers.json"), JSON.stringify(first.answers));
    const r = cli(["two", "--config", "answers.json", "--name", "two", "--json", "--no-install", "--no-git"], dir);
    expect(r.code).toBe(0);
    const second = JSON.parse(fs.readFileSync(path.join(dir, "two", ".create-any-backend.json"), "utf8"));
    expect(second.framework).toBe(first.framework);
    expect(second.answers).toEqual({ ...first.answers, name: "two" });
  });

  it("recommend --json prints the documented shape", () => {
    const r = cli(["recommend", "--priority", "mvp,realtime", "--language", "python", "--json"], tmp());
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.requirements).toEqual({ priorities: ["mvp", "realtime"], languages: ["python"] });
    for (const x of doc.recommendations) {
      expect(Object.keys(x)).toEqual(expect.arrayContaining(["framework", "name", "language", "score", "reasons", "tradeoffs"]));
      for (const reason of x.reasons) expect(Object.keys(reason)).toEqual(expect.arrayContaining(["text", "source"]));
    }
  });

  it("recommend on a terminal-less run prints a readable ranking with sources", () => {
    const r = cli(["recommend", "--priority", "enterprise", "--language", "java"], tmp());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1\. Spring Boot/);
    expect(r.stdout).toMatch(/\[popular-2025: Decision heuristics/);
  });

  it("list shows all 20 frameworks with their status", () => {
    const r = cli(["list", "--json"], tmp());
    const doc = JSON.parse(r.stdout);
    expect(doc.frameworks).toHaveLength(20);
    expect(doc.frameworks.find((f: { id: string }) => f.id === "express").status).toBe("tested");
    expect(doc.frameworks.find((f: { id: string }) => f.id === "rails").needs).toContain("ruby>=3.2");
  });
});
