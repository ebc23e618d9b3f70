import { describe, expect, it } from "vitest";
import * as books from "../app/books/route";
import { expectJson } from "./helpers";

describe("GET /books", () => {
  it("lists the books", async () => {
    expect(await expectJson(books.GET(), 200)).toEqual([
      { title: "Dune", author: "Frank Herbert" },
      { title: "Neuromancer", author: "William Gibson" },
    ]);
  });
});
