import type { FastifyPluginAsync } from "fastify";
import { ALLOW } from "../contract.js";
import { otherMethods } from "../http.js";

export const booksRoutes: FastifyPluginAsync = async (app) => {
  app.get("/books", async () => app.books.list());
  otherMethods(app, "/books", ALLOW.readOnly);
};
