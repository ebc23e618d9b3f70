import Router from "@koa/router";
import { books } from "../books.js";

export const booksRouter = new Router({ prefix: "/books" }).get("/", (ctx) => {
  ctx.body = books;
});
