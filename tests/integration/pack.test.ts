import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, tmp } from "../unit/helpers.js";

/** The published package works on its own: templates and data ship in it. */
describe("npm pack", () => {
  it("npx ./create-any-backend-<version>.tgz my-api --yes works from an empty folder", () => {
    const out = tmp("cb-pack-");
    const pack = spawnSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: REPO, encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    const tgz = fs.readdirSync(out).find((f) => f.endsWith(".tgz"))!;
    const empty = tmp("cb-empty-");
    fs.copyFileSync(path.join(out, tgz), path.join(empty, tgz));
    const r = spawnSync("npx", ["--yes", `./${tgz}`, "my-api", "--yes", "--no-install", "--no-git", "--json"], {
      cwd: empty,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    });
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toContain("openapi.yaml");
    expect(fs.existsSync(path.join(empty, "my-api", ".create-any-backend.json"))).toBe(true);
  }, 180_000);
});
