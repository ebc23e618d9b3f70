import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recommend } from "../../src/decide/recommend.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { deriveRating } from "../../src/catalog/derive-ratings.js";
import { DATA_DIR, TEMPLATES_DIR } from "../../src/paths.js";

const DESIGN_IDS = [
  "node", "express", "fastify", "nestjs", "koa", "nextjs", "sveltekit", "django", "flask", "fastapi",
  "rails", "laravel", "symfony", "phoenix", "spring-boot", "aspnet-core", "actix", "rocket", "gin", "echo",
];

/** A copy of data/ to break on purpose. */
function brokenCopy(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cb-catalog-"));
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}
const readJson = (f: string) => JSON.parse(fs.readFileSync(f, "utf8"));
const writeJson = (f: string, v: unknown) => fs.writeFileSync(f, JSON.stringify(v));

describe("catalog", () => {
  const catalog = loadCatalog();

  it("holds exactly the 20 frameworks of DESIGN.md §2", () => {
    expect(catalog.frameworks.map((f) => f.id).sort()).toEqual([...DESIGN_IDS].sort());
  });

  it("keeps roadmap-top7's own numbers (Next.js security 3.5, Actix learning curve 2, Phoenix community 2.5)", () => {
    const fw = (id: string) => catalog.frameworks.find((f) => f.id === id)!;
    expect(fw("nextjs").ratings.security).toMatchObject({ value: 3.5, derived: false });
    expect(fw("actix").ratings["learning-curve"]).toMatchObject({ value: 2, derived: false });
    expect(fw("phoenix").ratings.community).toMatchObject({ value: 2.5, derived: false });
    expect(fw("fastify").ratings.community.source?.id).toBe("roadmap-top7");
  });

  it("derives the other ratings by the written rule and marks them", () => {
    const django = catalog.frameworks.find((f) => f.id === "django")!;
    expect(django.ratings.security.derived).toBe(true);
    const raw = readJson(path.join(DATA_DIR, "frameworks", "django.json"));
    const tagged = (list: { criteria?: string[]; source: { id: string } }[]) => list.filter((s) => s.criteria?.includes("security"));
    const voices = new Map<string, number>();
    for (const s of [...tagged(raw.pros), ...tagged(raw.useCases), ...tagged(raw.claims ?? [])]) voices.set(s.source.id, (voices.get(s.source.id) ?? 0) + 1);
    for (const s of tagged(raw.cons)) voices.set(s.source.id, (voices.get(s.source.id) ?? 0) - 1);
    const expected = Math.min(5, Math.max(1, 3 + 0.5 * [...voices.values()].reduce((a, n) => a + Math.sign(n), 0)));
    expect(django.ratings.security.value).toBe(expected);
    expect(django.ratings.security.from?.length).toBe([...voices.keys()].length === 0 ? 0 : tagged(raw.pros).length + tagged(raw.useCases).length + tagged(raw.claims ?? []).length + tagged(raw.cons).length);
    expect(deriveRating({ ...raw, pros: [], cons: [], useCases: [], claims: [] }, "security").value).toBe(3);
  });

  it("popular-2025, \"Express.js / Trade-offs\": what is said against a framework weighs on its derived rating", () => {
    const express = catalog.frameworks.find((f) => f.id === "express")!;
    const node = catalog.frameworks.find((f) => f.id === "node")!;
    // Fastify may be faster at very high throughput (popular-2025): Express's performance is no 5.
    expect(express.ratings.performance.derived).toBe(true);
    expect(express.ratings.performance.value).toBeLessThan(5);
    expect(express.ratings.performance.from?.some((s) => s.against && s.source === "popular-2025")).toBe(true);
    // A growing Express app wires much of its infrastructure itself (popular-2025): not 5 for scalability or flexibility.
    expect(express.ratings.scalability.value).toBeLessThan(5);
    expect(express.ratings.flexibility.value).toBeLessThan(5);
    expect(node.ratings.performance.value).toBeLessThan(5);
    expect(node.ratings.scalability.value).toBeLessThan(5);
  });

  it("every framework is reachable: some need earns it a cited reason", () => {
    for (const fw of catalog.frameworks) {
      const reasons = catalog.priorities.flatMap((p) => {
        const r = recommend({ priorities: [p.id], languages: [] }, catalog).recommendations.find((x) => x.framework === fw.id);
        return r?.reasons ?? [];
      });
      expect(reasons.length, fw.id).toBeGreaterThan(0);
    }
  });

  it("every shared layer folder is used by some starter (no dead templates)", () => {
    const used = new Set(
      catalog.frameworks.flatMap((f) => (f.starter ? [...f.starter.layers, ...Object.values(f.starter.databases ?? {}).flatMap((d) => d!.layers)] : [])),
    );
    const folders = fs
      .readdirSync(path.join(TEMPLATES_DIR, "_shared"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "base" && d.name !== "partials")
      .map((d) => d.name);
    expect(folders.filter((d) => !used.has(d))).toEqual([]);
  });

  it("rejects a framework with an unknown language", () => {
    const dir = brokenCopy((d) => {
      const f = path.join(d, "frameworks", "gin.json");
      writeJson(f, { ...readJson(f), languages: ["golang"] });
    });
    expect(() => loadCatalog(dir)).toThrow(/gin\.json is invalid: languages\.0/);
  });

  it("rejects a rule that names an unknown framework", () => {
    const dir = brokenCopy((d) => {
      const f = path.join(d, "rules.json");
      const rules = readJson(f);
      rules[0].prefer.push("djangoo");
      writeJson(f, rules);
    });
    expect(() => loadCatalog(dir)).toThrow(/prefers unknown framework "djangoo"/);
  });

  it("rejects a rule that names an unknown priority", () => {
    const dir = brokenCopy((d) => {
      const f = path.join(d, "rules.json");
      const rules = readJson(f);
      rules[0].when = { priority: "speed" };
      writeJson(f, rules);
    });
    expect(() => loadCatalog(dir)).toThrow(/rules\.json is invalid/);
  });

  it("rejects a citation of an unknown article", () => {
    const dir = brokenCopy((d) => {
      const f = path.join(d, "frameworks", "flask.json");
      const fw = readJson(f);
      fw.pros[0].source.id = "blog-2019";
      writeJson(f, fw);
    });
    expect(() => loadCatalog(dir)).toThrow(/flask\.json is invalid/);
  });

  it("rejects a starter whose layer folder does not exist", () => {
    const tpl = fs.mkdtempSync(path.join(os.tmpdir(), "cb-tpl-"));
    fs.mkdirSync(path.join(tpl, "gin"));
    writeJson(path.join(tpl, "gin", "starter.json"), {
      language: "go", layers: ["golang"], port: 8080, toolchain: ["go"], verification: "run",
      commands: { install: "true", test: "true", start: "true" },
    });
    expect(() => loadCatalog(DATA_DIR, tpl)).toThrow(/layer templates\/_shared\/golang\/ does not exist/);
  });

  it("rejects a template folder that no framework owns", () => {
    const tpl = fs.mkdtempSync(path.join(os.tmpdir(), "cb-tpl-"));
    fs.mkdirSync(path.join(tpl, "hapi"));
    expect(() => loadCatalog(DATA_DIR, tpl)).toThrow(/templates\/hapi\/ has no framework/);
  });
});
