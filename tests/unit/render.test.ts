import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { findFramework } from "../../src/decide/resolve.js";
import { recommend } from "../../src/decide/recommend.js";
import { fsTemplateSource } from "../../src/render/fs-source.js";
import { outputPath } from "../../src/render/paths.js";
import { renderFor } from "../../src/render/render-for.js";
import { REPO, tmp } from "./helpers.js";

const catalog = loadCatalog();
const openapi = fs.readFileSync(path.join(REPO, "templates", "_shared", "base", "openapi.yaml"));

describe("rendering", () => {
  it("is strict: a missing variable is an error, never an empty string", () => {
    const source = fsTemplateSource();
    expect(() => source.renderString("hello {{nmae}}", { name: "x" })).toThrow(/template starter\.json: "nmae" not defined/);
    expect(source.renderString("{{pyString name}}", { name: 'a"b' })).toBe('"a\\"b"');
  });

  it("maps template paths: dot- prefix, .hbs suffix, the Java package token", () => {
    expect(outputPath("dot-github/workflows/ci.yml.hbs", "x")).toBe(".github/workflows/ci.yml");
    expect(outputPath("src/main/java/__javaPackagePath__/App.java.hbs", "My.Api")).toBe("src/main/java/com/example/myapi/App.java");
    expect(outputPath("app/__init__.py", "x")).toBe("app/__init__.py");
    expect(outputPath("lib/__snakeName___web/router.ex.hbs", "My.Api")).toBe("lib/my_api_web/router.ex");
  });

  it("refuses a template path that would leave the project", () => {
    expect(() => outputPath("../escape.txt", "x")).toThrow(/refusing to write outside the project/);
    expect(() => outputPath("a/../../b", "x")).toThrow(/refusing/);
  });

  it("renders every generating starter for awkward names", async () => {
    const rec = recommend({ priorities: [], languages: [] }, catalog);
    for (const fw of catalog.frameworks.filter((f) => f.starter)) {
      for (const name of ["My.Api", "api2", "x", "my-api"]) {
        const { tree } = await renderFor(findFramework(catalog, fw.id), { name }, rec, catalog);
        expect(tree.has("openapi.yaml")).toBe(true);
        expect(tree.has("README.md")).toBe(true);
        // The API description is the same document in every starter, byte for byte.
        expect(tree.get("openapi.yaml")!.equals(openapi), `${fw.id} ${name}`).toBe(true);
      }
    }
  });

  it("never lets a hostile name land verbatim in any generated file", async () => {
    // The CLI refuses such names; this proves the templates escape even if one got through.
    const hostile = `Evil"Name'<x>{y}$(id)\\`;
    const rec = recommend({ priorities: [], languages: [] }, catalog);
    for (const fw of catalog.frameworks.filter((f) => f.starter)) {
      const { tree } = await renderFor(findFramework(catalog, fw.id), { name: hostile }, rec, catalog);
      for (const [file, content] of tree) expect(content.toString("utf8"), `${fw.id}: ${file}`).not.toContain(hostile);
    }
  });

  it("puts the recommendation's reasons, with sources, into the README", async () => {
    const rec = recommend({ priorities: ["performance", "api"], languages: ["typescript"] }, catalog);
    const top = rec.recommendations.find((r) => r.generates)!;
    const { tree } = await renderFor(findFramework(catalog, top.framework), { name: "svc" }, rec, catalog);
    const readme = tree.get("README.md")!.toString("utf8");
    expect(readme).toContain(`## Why ${top.name}`);
    expect(readme).toContain(top.reasons[0]!.text);
    expect(readme).toContain(`\`${top.reasons[0]!.source}\``);
  });

  it("writes nothing while rendering", async () => {
    const dir = tmp();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const rec = recommend({ priorities: [], languages: [] }, catalog);
      await renderFor(findFramework(catalog, "express"), { name: "svc" }, rec, catalog);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
    expect(fs.existsSync(path.join(dir, "svc"))).toBe(false);
  });
});
