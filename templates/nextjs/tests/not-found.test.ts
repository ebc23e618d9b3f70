import { describe, expect, it } from "vitest";
import * as fallback from "../app/[[...slug]]/route";
import { expectJson } from "./helpers";

describe("any other path", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "answers %s with a JSON 404",
    async (method) => {
      expect(await expectJson(fallback[method](), 404)).toEqual({ error: "not found" });
    },
  );
});
