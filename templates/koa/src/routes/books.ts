import Router from "@koa/router";
import { ALLOW } from "../contract.js";
import type { BookRepository } from "../db/repository.js";
import { otherMethods } from "../http.js";

export function booksRouter(books: BookRepository): Router {
  return new Router({ strict: true, sensitive: true })
    .get("/books", async (ctx) => {
      ctx.body = await books.list();
    })
    .all("/books", otherMethods(ALLOW.readOnly));
}
