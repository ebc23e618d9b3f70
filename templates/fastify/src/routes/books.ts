import type { FastifyPluginAsync } from "fastify";
import { books } from "../books.js";

export const booksRoutes: FastifyPluginAsync = async (app) => {
  app.get("/", async () => books);
};
