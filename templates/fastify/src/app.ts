import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify";
import type { Database } from "./db/client.js";
import { errorHandler } from "./errors.js";
import { methodNotAllowed } from "./http.js";
import { databasePlugin } from "./plugins/database.js";
import { booksRoutes } from "./routes/books.js";
import { usersRoutes } from "./routes/users.js";

/** Builds the Fastify app on a database; `logger: true` gives JSON request logs (pino). */
export function buildApp(database: Database, options: FastifyServerOptions = {}): FastifyInstance {
  const app = Fastify({
    ...options,
    bodyLimit: 100 * 1024,
    // An id of hundreds of digits reaches the route (and is a 404); only longer path segments stop at the router.
    routerOptions: { maxParamLength: 1000 },
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      if (error.code === "FST_ERR_MAX_PARAM_LENGTH") reply.code(414).send({ error: "path is too long" });
      else reply.code(400).send({ error: "malformed URL" });
    },
    // Validate as written: without this, Ajv would turn {"name": 42} into the name "42".
    ajv: { customOptions: { coerceTypes: false } },
  });
  // JSON only: a text/plain body is a 415 like any other type without a parser.
  app.removeContentTypeParser("text/plain");

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "not found" }));

  app.register(databasePlugin, { database });
  app.get("/health", async () => ({ status: "ok" }));
  methodNotAllowed(app, "/health", ["GET"]);
  app.register(usersRoutes, { prefix: "/users" });
  app.register(booksRoutes, { prefix: "/books" });
  return app;
}
