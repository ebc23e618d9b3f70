import { describe, expect, it } from "vitest";
import * as rest from "../src/routes/[...rest]/+server";
import { event, expectJson } from "./helpers";

describe("any other path", () => {
  it.each([
    ["GET", "/"],
    ["GET", "/nope"],
    ["POST", "/nope/deeper"],
    ["DELETE", "/users/1/books"],
  ])("answers %s %s with a JSON 404", async (method, path) => {
    const response = await rest.fallback(event(path, { method }, { rest: path.slice(1) }));
    expect(await expectJson(response, 404)).toEqual({ error: "not found" });
  });
});
