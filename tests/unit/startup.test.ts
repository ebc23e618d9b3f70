import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.js";

/**
 * --help, --version, list and recommend must not load the template engine,
 * prompts or node-plop: they are CommonJS underneath (handlebars, prompts,
 * inquirer), so they would show up in the CommonJS module cache.
 */
function loadedModules(args: string[]): string[] {
  const script = `
    import { createRequire } from "node:module";
    const { main } = await import(${JSON.stringify(path.join(REPO, "dist/cli/main.js"))});
    await main(${JSON.stringify(args)});
    const cache = createRequire(import.meta.url).cache;
    process.stderr.write("\\n@@" + JSON.stringify(Object.keys(cache)));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, CI: "true" } });
  const marker = r.stderr.lastIndexOf("@@");
  expect(marker, r.stderr).toBeGreaterThan(-1);
  return JSON.parse(r.stderr.slice(marker + 2)) as string[];
}

describe("lean start-up", () => {
  for (const args of [["--help"], ["--version"], ["list"], ["recommend", "--priority", "mvp"]]) {
    it(`${args.join(" ")} loads no template engine, prompts or generator`, () => {
      const mods = loadedModules(args);
      for (const heavy of ["handlebars", "prompts", "inquirer", "node-plop"]) expect(mods.filter((m) => m.includes(`/node_modules/${heavy}/`))).toEqual([]);
    });
  }

  it("create does load them (the check can see them)", () => {
    const mods = loadedModules(["x", "--framework", "express", "--dry-run", "--json"]);
    expect(mods.some((m) => m.includes("/node_modules/handlebars/"))).toBe(true);
  });
});
