import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify";
import type { z } from "zod";
import { ALLOW, BODY_LIMIT_BYTES, HttpError, jsonObject, message, requestId } from "./contract.js";
import type { Database } from "./db/client.js";
import { errorHandler } from "./errors.js";
import { otherMethods } from "./http.js";
import { databasePlugin } from "./plugins/database.js";
import { booksRoutes } from "./routes/books.js";
import { usersRoutes } from "./routes/users.js";
import { validate } from "./validation.js";

/** Builds the Fastify app on a database; pass `loggerInstance` for request logs (src/log.ts). */
export function buildApp(database: Database, options: FastifyServerOptions = {}): FastifyInstance {
  const app = Fastify({
    ...options,
    bodyLimit: BODY_LIMIT_BYTES,
    // The client's X-Request-Id when sane, else a new one; answered on every response (onRequest below).
    requestIdHeader: false,
    genReqId: (req) => requestId(req.headers["x-request-id"]),
    // An id of hundreds of digits reaches the route (and is a 400); only longer path segments stop at the router.
    routerOptions: { maxParamLength: 1000 },
    // A path segment too long or not valid percent-encoding: not an id either.
    frameworkErrors: (error, request, reply: FastifyReply) => {
      request.log.info({ code: error.code }, "refused by the router");
      reply.code(400).send({ error: message("idNotPositive") });
    },
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  // One parser for every body: Fastify reads it to the limit (413), then it must be JSON (415) holding an object (400).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (request, body, done) => {
    try {
      done(null, jsonObject(request.headers["content-type"], body as Buffer));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  // Route schemas are zod schemas: the first problem of the first field is the 400's message.
  app.setValidatorCompiler(({ schema }) => (data) => {
    // No body at all, so no Content-Type either.
    if (data === undefined) return { error: new HttpError(415, message("unsupportedMediaType")) };
    try {
      return { value: validate(schema as z.ZodType, data as Record<string, unknown>) };
    } catch (err) {
      return { error: err as Error };
    }
  });

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: message("notFound") }));

  app.register(databasePlugin, { database });
  app.get("/health", async (_request, reply) => {
    try {
      await database.ping();
      return { status: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable" });
    }
  });
  otherMethods(app, "/health", ALLOW.readOnly);
  // The one place each resource's routes are registered.
  app.register(usersRoutes);
  app.register(booksRoutes);
  return app;
}
