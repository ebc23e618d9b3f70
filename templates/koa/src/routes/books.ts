import Router from "@koa/router";
import type { BookRepository } from "../db/repository.js";
import { methodNotAllowed } from "../http.js";

export function booksRouter(books: BookRepository): Router {
  return new Router({ prefix: "/books" })
    .get("/", async (ctx) => {
      ctx.body = await books.list();
    })
    .all("/", methodNotAllowed("GET"));
}
