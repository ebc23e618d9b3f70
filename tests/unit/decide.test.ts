import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { decide, findFramework, layerAnswers } from "../../src/decide/resolve.js";

const catalog = loadCatalog();

describe("answers and the framework decision", () => {
  it("layers answers: defaults < config < flags; undefined never overrides", () => {
    expect(layerAnswers({ name: "a", priority: ["mvp"] }, { name: "b", language: ["go"] }, { name: undefined, priority: ["realtime"] }))
      .toEqual({ name: "b", priority: ["realtime"], language: ["go"] });
  });

  it("takes the framework asked for", () => {
    expect(decide({ framework: "gin", priority: ["mvp"], language: ["python"] }, catalog).framework.id).toBe("gin");
  });

  it("without a framework, takes the best-ranked one that generates", () => {
    const { recommendation, framework } = decide({ priority: ["mvp"], language: ["python"] }, catalog);
    expect(framework.id).toBe(recommendation.recommendations.find((r) => r.generates)!.framework);
  });

  it("refuses a framework that has no starter, listing those that do", () => {
    const without = { ...catalog, frameworks: catalog.frameworks.map((f) => (f.id === "echo" ? { ...f, starter: undefined } : f)) };
    expect(() => findFramework(without, "echo")).toThrow(/--framework: has no starter yet \(given "echo"\)\. allowed: /);
  });
});
