import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../db/client.js";
import { BookRepository, UserRepository } from "../db/repository.js";

declare module "fastify" {
  interface FastifyInstance {
    users: UserRepository;
    books: BookRepository;
  }
}

/** The tables as decorators every route sees (fastify-plugin: not encapsulated); the database closes with the app. */
export const databasePlugin = fp<{ database: Database }>(
  async (app: FastifyInstance, { database }) => {
    app.decorate("users", new UserRepository(database.db));
    app.decorate("books", new BookRepository(database.db));
    app.addHook("onClose", () => database.close());
  },
  { name: "database" },
);
