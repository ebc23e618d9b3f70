import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { errorHandler } from "./errors.js";
import { booksRoutes } from "./routes/books.js";
import { usersRoutes } from "./routes/users.js";
import { UserStore } from "./users.js";

/** Builds the Fastify app with its own in-memory users. */
export function buildApp(options: FastifyServerOptions = {}, users = new UserStore()): FastifyInstance {
  const app = Fastify({
    ...options,
    // Validate as written: without this, Ajv would turn {"name": 42} into the name "42".
    ajv: { customOptions: { coerceTypes: false } },
  });

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "not found" }));

  app.get("/health", async () => ({ status: "ok" }));
  app.register(usersRoutes, { prefix: "/users", users });
  app.register(booksRoutes, { prefix: "/books" });
  return app;
}
