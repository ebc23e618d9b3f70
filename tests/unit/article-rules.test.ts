import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { recommend } from "../../src/decide/recommend.js";
import type { LanguageId, PriorityId } from "../../src/schema/ids.js";

/**
 * One test per rule an article states, written from the articles (not from
 * data/rules.json): the requirements the statement is about, and what the
 * article says should come out on top (or among the first few).
 */
const catalog = loadCatalog();
const rank = (priorities: PriorityId[], languages: LanguageId[] = []) =>
  recommend({ priorities, languages }, catalog).recommendations.map((r) => r.framework);

interface Case { article: string; section: string; says: string; priorities: PriorityId[]; languages?: LanguageId[]; top?: string[]; within?: [number, string[]] }

const cases: Case[] = [
  // popular-2025, "Decision heuristics: which one should you pick?"
  { article: "popular-2025", section: "Decision heuristics", says: "MVP speed: batteries-included Django, Rails, Laravel", priorities: ["mvp"], top: ["django", "rails", "laravel"] },
  { article: "popular-2025", section: "Decision heuristics", says: "MVP speed with a Python team: Django", priorities: ["mvp"], languages: ["python"], top: ["django"] },
  { article: "popular-2025", section: "Decision heuristics", says: "MVP speed with a Ruby team: Rails", priorities: ["mvp"], languages: ["ruby"], top: ["rails"] },
  { article: "popular-2025", section: "Decision heuristics", says: "MVP speed with a PHP team: Laravel", priorities: ["mvp"], languages: ["php"], top: ["laravel"] },
  { article: "popular-2025", section: "Decision heuristics", says: "real-time: async-first or actor-based FastAPI, Phoenix", priorities: ["realtime"], within: [3, ["phoenix"]] },
  { article: "popular-2025", section: "Decision heuristics", says: "real-time with a Python team: FastAPI", priorities: ["realtime"], languages: ["python"], top: ["fastapi"] },
  { article: "popular-2025", section: "Decision heuristics", says: "real-time with an Elixir team: Phoenix", priorities: ["realtime"], languages: ["elixir"], top: ["phoenix"] },
  { article: "popular-2025", section: "Decision heuristics", says: "enterprise: Spring Boot, ASP.NET Core", priorities: ["enterprise"], top: ["spring-boot", "aspnet-core"] },
  { article: "popular-2025", section: "Decision heuristics", says: "enterprise with a Java team: Spring Boot", priorities: ["enterprise"], languages: ["java"], top: ["spring-boot"] },
  { article: "popular-2025", section: "Decision heuristics", says: "enterprise with a Kotlin team: Spring Boot", priorities: ["enterprise"], languages: ["kotlin"], top: ["spring-boot"] },
  { article: "popular-2025", section: "Decision heuristics", says: "enterprise with a C# team: ASP.NET Core", priorities: ["enterprise"], languages: ["csharp"], top: ["aspnet-core"] },
  { article: "popular-2025", section: "Decision heuristics", says: "enterprise with a Java and Python team: Spring Boot", priorities: ["enterprise"], languages: ["java", "python"], top: ["spring-boot"] },
  // popular-2025, per-framework trade-offs and strengths
  { article: "popular-2025", section: "Express.js / Trade-offs", says: "very high throughput in Node: Fastify over Express", priorities: ["performance", "api"], languages: ["typescript"], top: ["fastify"] },
  { article: "popular-2025", section: "FastAPI (Python)", says: "data science / ML-backed APIs favour FastAPI", priorities: ["ai-ml", "api"], languages: ["python"], top: ["fastapi"] },
  // top10-2025, "How to Choose the Right Backend Framework"
  { article: "top10-2025", section: "How to Choose", says: "real-time with a JavaScript team: Node.js or Express.js", priorities: ["realtime"], languages: ["javascript"], top: ["node", "express"] },
  { article: "top10-2025", section: "How to Choose", says: "full-stack: Django or Ruby on Rails", priorities: ["fullstack"], top: ["django", "rails"] },
  { article: "top10-2025", section: "How to Choose", says: "full-stack with a Python team: Django", priorities: ["fullstack"], languages: ["python"], top: ["django"] },
  { article: "top10-2025", section: "How to Choose", says: "a Python team: Django or Flask", priorities: [], languages: ["python"], top: ["django", "flask"] },
  { article: "top10-2025", section: "How to Choose", says: "a JavaScript team: Node.js or Express.js", priorities: [], languages: ["javascript"], top: ["node", "express"] },
  { article: "top10-2025", section: "How to Choose", says: "large-scale in TypeScript: NestJS", priorities: ["scalability"], languages: ["typescript"], top: ["nestjs"] },
  { article: "top10-2025", section: "How to Choose", says: "microservices: Spring Boot and NestJS", priorities: ["microservices"], within: [3, ["spring-boot"]] },
  { article: "top10-2025", section: "How to Choose", says: "security: Django, Laravel, ASP.NET Core", priorities: ["security"], top: ["django", "laravel", "aspnet-core"] },
  { article: "top10-2025", section: "How to Choose", says: "security with a C# team: ASP.NET Core", priorities: ["security"], languages: ["csharp"], top: ["aspnet-core"] },
  // top10-2025, FAQ
  { article: "top10-2025", section: "FAQ: most secure", says: "the most secure: Django", priorities: ["security"], top: ["django"] },
  { article: "top10-2025", section: "FAQ: beginners", says: "beginners: Django and Flask", priorities: ["beginner"], languages: ["python"], top: ["django", "flask"] },
  { article: "top10-2025", section: "FAQ: Node.js or Django", says: "real-time: Node.js rather than Django", priorities: ["realtime"], languages: ["javascript", "python"], top: ["node"] },
  { article: "top10-2025", section: "FAQ: Flask over Django", says: "flexibility and control: Flask rather than Django", priorities: ["flexibility"], languages: ["python"], top: ["flask"] },
  { article: "top10-2025", section: "FAQ: Laravel large-scale", says: "large-scale with a PHP team: Laravel", priorities: ["scalability"], languages: ["php"], top: ["laravel"] },
  // scalable-2025
  { article: "scalable-2025", section: "Go's Ecosystem: Gin and Echo", says: "scalable microservices in Go: Gin", priorities: ["microservices"], languages: ["go"], top: ["gin"] },
  { article: "scalable-2025", section: "Serverless Architecture", says: "serverless with a C# team: .NET with Azure Functions", priorities: ["serverless"], languages: ["csharp"], top: ["aspnet-core"] },
  { article: "scalable-2025", section: "Serverless Architecture", says: "serverless in JavaScript: Express.js with Cloud Functions", priorities: ["serverless"], languages: ["javascript"], within: [2, ["express"]] },
  { article: "top10-2025", section: "FAQ: beginners", says: "beginners, any language: Django and Flask first", priorities: ["beginner"], within: [2, ["django", "flask"]] },
  { article: "popular-2025", section: "Decision heuristics", says: "a microservice in Python: FastAPI beside a Django monolith", priorities: ["microservices"], languages: ["python"], top: ["fastapi"] },
  { article: "popular-2025", section: "NestJS (TypeScript / Node.js)", says: "a TypeScript team that wants structure for a large, long-lived project: NestJS", priorities: ["enterprise"], languages: ["typescript"], top: ["nestjs"] },
  // scalable-2025, "Choosing the Right Framework / Evaluating Team Expertise and Learning Curves", with the needs asked
  { article: "scalable-2025", section: "Go's Ecosystem: Gin and Echo", says: "performance with a Go team: Gin, the high-performance one", priorities: ["performance"], languages: ["go"], top: ["gin"] },
  { article: "scalable-2025", section: "Rust-based Frameworks: Actix and Rocket", says: "beginners in Rust: Rocket, built for simplicity, over Actix", priorities: ["beginner"], languages: ["rust"], top: ["rocket"] },
  // roadmap-top7 ratings
  { article: "roadmap-top7", section: "Actix / 1. Performance", says: "raw performance in Rust: Actix (5/5)", priorities: ["performance"], languages: ["rust"], top: ["actix"] },
  { article: "roadmap-top7", section: "Next.js / 2. Scalability", says: "serverless: Next.js turns routes into serverless functions", priorities: ["serverless"], within: [3, ["nextjs"]] },
  { article: "roadmap-top7", section: "Actix / 1. Performance", says: "raw performance, any language: Actix, one of the fastest web frameworks available", priorities: ["performance"], top: ["actix"] },
  { article: "roadmap-top7", section: "Next.js / 2. Scalability", says: "serverless for a TypeScript team: Next.js, whose routes run as serverless functions", priorities: ["serverless"], languages: ["typescript"], top: ["nextjs"] },
  { article: "popular-2025", section: "Express.js / Trade-offs", says: "performance for a JavaScript team: Fastify, faster than Express at high throughput", priorities: ["performance"], languages: ["javascript"], top: ["fastify"] },
  { article: "roadmap-top7", section: "Phoenix / 1. Performance", says: "many simultaneous connections: Phoenix", priorities: ["realtime", "performance"], top: ["phoenix"] },
];

describe("the recommender follows the articles", () => {
  for (const c of cases) {
    it(`${c.article}, "${c.section}": ${c.says}`, () => {
      const ranked = rank(c.priorities, c.languages);
      if (c.top) expect(c.top).toContain(ranked[0]);
      if (c.within) expect(ranked.slice(0, c.within[0])).toEqual(expect.arrayContaining(c.within[1]));
    });
  }

  it("team languages come first: a Ruby team needing real-time still gets Rails, with the team reason and the trade-off stated", () => {
    const rec = recommend({ priorities: ["realtime"], languages: ["ruby"] }, catalog);
    expect(rec.recommendations.map((r) => r.framework)).toEqual(["rails"]);
    expect(rec.recommendations[0]!.reasons.map((r) => r.text).join(" ")).toMatch(/already knows Ruby/);
    expect(rec.recommendations[0]!.tradeoffs.length).toBeGreaterThan(0);
  });

  it('scalable-2025, "Performance Benchmarks Against Competitors": Express (5500 req/s) > Spring Boot (5000) > Django (4500)', () => {
    const ranked = rank(["performance"]);
    expect(ranked.indexOf("express")).toBeLessThan(ranked.indexOf("spring-boot"));
    expect(ranked.indexOf("spring-boot")).toBeLessThan(ranked.indexOf("django"));
  });

  it('scalable-2025, "Evaluating Team Expertise and Learning Curves": the top pick of every need and team language has a cited reason', () => {
    const ids = new Set(["roadmap-top7", "top10-2025", "popular-2025", "scalable-2025"]);
    for (const p of catalog.priorities) {
      for (const l of catalog.languages) {
        const top = recommend({ priorities: [p.id], languages: [l.id] }, catalog).recommendations[0]!;
        expect(top.reasons.length, `${p.id} + ${l.id}: ${top.framework}`).toBeGreaterThan(0);
        for (const r of top.reasons) expect(ids.has(r.source), `${p.id} + ${l.id}: ${r.source}`).toBe(true);
      }
    }
  });

  it('scalable-2025, "Evaluating Team Expertise and Learning Curves": the team reason comes after the advice for the need', () => {
    const gin = recommend({ priorities: ["performance"], languages: ["go"] }, catalog).recommendations[0]!;
    expect(gin.framework).toBe("gin");
    expect(gin.reasons.at(-1)!.section).toMatch(/Evaluating Team Expertise/);
    expect(gin.reasons[0]!.section).not.toMatch(/Evaluating Team Expertise/);
  });

  it('roadmap-top7, "My go-to backend framework": with nothing asked, Next.js (the highest total) comes first, for that cited reason', () => {
    const rec = recommend({ priorities: [], languages: [] }, catalog).recommendations;
    expect(rec[0]!.framework).toBe("nextjs");
    expect(rec[0]!.reasons[0]).toMatchObject({ source: "roadmap-top7", section: "My go-to backend framework" });
    // The rest of the seven follow their rating totals, read from the article's numbers, not from how many articles mention them.
    const totals = (id: string) => Object.values(catalog.frameworks.find((f) => f.id === id)!.ratings).reduce((s, r) => s + (r.derived ? 0 : r.value), 0);
    const seven = rec.map((r) => r.framework).filter((id) => totals(id) > 0);
    expect(seven).toHaveLength(7);
    for (let i = 1; i < seven.length; i++) expect(totals(seven[i - 1]!)).toBeGreaterThanOrEqual(totals(seven[i]!));
    for (const r of rec) for (const reason of r.reasons) expect(reason.text).not.toMatch(/articles? (cover|mention)/);
  });

  it("a reason every remaining candidate shares (the team language, after the filter) does not change their order", () => {
    for (const p of catalog.priorities) {
      for (const l of catalog.languages) {
        const withTeam = recommend({ priorities: [p.id], languages: [l.id] }, catalog).recommendations.map((r) => r.framework);
        const shared = catalog.rules.filter((r) => r.when.priority === undefined && r.when.languages?.includes(l.id) && withTeam.every((id) => r.prefer.includes(id)));
        if (shared.length === 0) continue;
        const without = { ...catalog, rules: catalog.rules.filter((r) => !shared.includes(r)) };
        expect(recommend({ priorities: [p.id], languages: [l.id] }, without).recommendations.map((r) => r.framework), `${p.id} + ${l.id}`).toEqual(withTeam);
      }
    }
  });

  it("with no language every framework competes", () => {
    expect(rank(["mvp"])).toHaveLength(20);
  });

  it("every reason and trade-off cites one of the four articles", () => {
    const ids = new Set(["roadmap-top7", "top10-2025", "popular-2025", "scalable-2025"]);
    for (const p of catalog.priorities) {
      for (const r of recommend({ priorities: [p.id], languages: [] }, catalog).recommendations)
        for (const x of [...r.reasons, ...r.tradeoffs]) expect(ids.has(x.source)).toBe(true);
    }
  });
});
