import { describe, expect, it } from "vitest";
import * as health from "../app/health/route";
import { expectJson } from "./helpers";

describe("GET /health", () => {
  it("answers ok", async () => {
    expect(await expectJson(health.GET(), 200)).toEqual({ status: "ok" });
  });

  it("answers 405 JSON to other methods", async () => {
    expect(await expectJson(health.POST(), 405)).toEqual({ error: "method not allowed" });
  });
});
