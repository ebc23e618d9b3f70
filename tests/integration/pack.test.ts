import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO, tmp } from "../unit/helpers.js";

const sizeOf = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? sizeOf(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);

/** The published package on its own: one package, no dependencies, templates and catalog inside. */
describe("npm pack", () => {
  it("installs as exactly one package under 2 MB whose bin generates a starter", () => {
    const out = tmp("cb-pack-");
    const pack = spawnSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: REPO, encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    const tgz = fs.readdirSync(out).find((f) => f.endsWith(".tgz"))!;

    const project = tmp("cb-install-");
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "empty", private: true }));
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", path.join(out, tgz)], { cwd: project, encoding: "utf8" });
    expect(install.status, install.stderr).toBe(0);
    const installed = fs.readdirSync(path.join(project, "node_modules")).filter((n) => !n.startsWith("."));
    expect(installed).toEqual(["create-any-backend"]);
    const pkgDir = path.join(project, "node_modules", "create-any-backend");
    expect(sizeOf(pkgDir)).toBeLessThan(2 * 1024 * 1024);
    const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.scripts?.prepare).toBeUndefined();
    expect(fs.existsSync(path.join(pkgDir, "LICENSE"))).toBe(true);
    // The libraries loaded on first use (a terminal's questions, install and git) load on their own from the package.
    for (const [chunk, name] of [["prompts.js", "default"], ["execa.js", "execa"]] as const) {
      const url = pathToFileURL(path.join(pkgDir, "build", "chunks", chunk)).href;
      const loaded = spawnSync(process.execPath, ["-e", `import(${JSON.stringify(url)}).then((m) => console.log(typeof m[${JSON.stringify(name)}]))`], { encoding: "utf8" });
      expect(loaded.stdout.trim(), `${chunk}: ${loaded.stderr}`).toBe("function");
    }

    // What the published build writes is what a clone writes, byte for byte: a Python and a Node starter
    // (the Node one calls many shared partials, which the package unpacks only when a layer calls them).
    const clone = tmp("cb-clone-");
    for (const [framework, database, expected] of [["fastapi", "sqlite", "openapi.yaml"], ["express", "postgres", "compose.yaml"]] as const) {
      const args = [`${framework}-${database}`, "--framework", framework, "--database", database, "--yes", "--no-install", "--no-git"];
      const env = { ...process.env, CI: "true" };
      const r = spawnSync(path.join(project, "node_modules", ".bin", "create-any-backend"), [...args, "--json"], { cwd: project, encoding: "utf8", env });
      expect(r.status, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.framework).toBe(framework);
      expect(doc.database).toBe(database);
      expect(doc.files).toContain(expected);
      const fromClone = spawnSync(process.execPath, [path.join(REPO, "bin", "create-any-backend.js"), ...args], { cwd: clone, encoding: "utf8", env });
      expect(fromClone.status, fromClone.stderr).toBe(0);
      for (const file of doc.files as string[]) {
        expect(fs.readFileSync(path.join(project, args[0]!, file)).equals(fs.readFileSync(path.join(clone, args[0]!, file))), `${args[0]}/${file}`).toBe(true);
      }
    }
  }, 240_000);
});
