import { describe, expect, it } from "vitest";
import * as books from "../src/routes/books/+server";
import { event, expectJson } from "./helpers";

describe("GET /books", () => {
  it("lists the books", async () => {
    const response = await books.GET(event("/books"));
    expect(await expectJson(response, 200)).toEqual([
      { title: "Dune", author: "Frank Herbert" },
      { title: "Neuromancer", author: "William Gibson" },
    ]);
  });

  it("answers other methods with a JSON 405", async () => {
    const response = await books.fallback(event("/books", { method: "DELETE" }));
    expect(await expectJson(response, 405)).toEqual({ error: "method not allowed" });
  });
});
