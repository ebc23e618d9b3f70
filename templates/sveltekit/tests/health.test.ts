import { describe, expect, it } from "vitest";
import * as health from "../src/routes/health/+server";
import { event, expectJson } from "./helpers";

describe("GET /health", () => {
  it("answers ok", async () => {
    const response = await health.GET(event("/health"));
    expect(await expectJson(response, 200)).toEqual({ status: "ok" });
  });

  it("answers other methods with a JSON 405", async () => {
    const response = await health.fallback(event("/health", { method: "POST" }));
    expect(await expectJson(response, 405)).toEqual({ error: "method not allowed" });
  });
});
