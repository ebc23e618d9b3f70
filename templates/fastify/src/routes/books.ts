import type { FastifyPluginAsync } from "fastify";
import { methodNotAllowed } from "../http.js";

export const booksRoutes: FastifyPluginAsync = async (app) => {
  app.get("/", async () => app.books.list());
  methodNotAllowed(app, "/", ["GET"]);
};
