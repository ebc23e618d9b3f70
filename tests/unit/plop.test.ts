import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { REPO, tmp } from "./helpers.js";

describe("npm run plop (a new framework for contributors)", () => {
  it("writes a catalog entry and a template folder that load with the catalog's cross-references", () => {
    const dest = tmp("cb-plop-");
    fs.cpSync(path.join(REPO, "data"), path.join(dest, "data"), { recursive: true });
    fs.cpSync(path.join(REPO, "templates"), path.join(dest, "templates"), { recursive: true });
    const answers = ["hono", 'Hono "web"', "typescript", "api", "8787", "scalable-2025", "Emerging frameworks", "A small web framework built on web standards."];
    const r = spawnSync(process.execPath, [path.join(REPO, "node_modules", "plop", "bin", "plop.js"), "--plopfile", path.join(REPO, "plopfile.js"), "--dest", dest, "framework", ...answers], {
      cwd: dest,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const catalog = loadCatalog(path.join(dest, "data"), path.join(dest, "templates"));
    const fw = catalog.frameworks.find((f) => f.id === "hono")!;
    expect(fw).toMatchObject({ name: 'Hono "web"', languages: ["typescript"], kind: "api", articles: ["scalable-2025"] });
    expect(fw.claims[0]).toMatchObject({ source: { id: "scalable-2025", section: "Emerging frameworks" } });
    expect(fw.starter?.port).toBe(8787);
  }, 60_000);
});
