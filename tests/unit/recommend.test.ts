import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { recommend } from "../../src/decide/recommend.js";
import { Recommendation } from "../../src/schema/requirements.js";

const catalog = loadCatalog();

describe("recommend", () => {
  it("is deterministic: same input, byte-identical output, whatever the input order", () => {
    const a = JSON.stringify(recommend({ priorities: ["mvp", "realtime"], languages: ["python", "go"] }, catalog));
    const b = JSON.stringify(recommend({ priorities: ["realtime", "mvp", "mvp"], languages: ["go", "python"] }, loadCatalog()));
    expect(a).toBe(b);
  });

  it("returns the documented JSON shape, best first", () => {
    const rec = recommend({ priorities: ["enterprise"], languages: [] }, catalog);
    expect(() => Recommendation.parse(rec)).not.toThrow();
    const scores = rec.recommendations.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it("filters by the team's languages", () => {
    const rec = recommend({ priorities: [], languages: ["go"] }, catalog);
    expect(rec.recommendations.map((r) => r.framework).sort()).toEqual(["echo", "gin"]);
    expect(rec.recommendations.every((r) => r.language === "go")).toBe(true);
  });

  it("prefers the asked kind", () => {
    const api = recommend({ priorities: [], languages: ["typescript"], kind: "api" }, catalog).recommendations[0]!;
    const full = recommend({ priorities: [], languages: ["typescript"], kind: "full-stack" }, catalog).recommendations[0]!;
    expect(catalog.frameworks.find((f) => f.id === api.framework)!.kind).toBe("api");
    expect(catalog.frameworks.find((f) => f.id === full.framework)!.kind).toBe("full-stack");
  });

  it("states trade-offs relevant to the need (Django for real-time: needs async layers)", () => {
    const django = recommend({ priorities: ["realtime"], languages: ["python"] }, catalog).recommendations.find((r) => r.framework === "django")!;
    expect(django.tradeoffs.some((t) => t.source === "popular-2025")).toBe(true);
  });
});
