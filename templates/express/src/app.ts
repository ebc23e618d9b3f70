import express, { type ErrorRequestHandler, type Express } from "express";
import { pinoHttp } from "pino-http";
import type { Database } from "./db/client.js";
import { BookRepository, UserRepository } from "./db/repository.js";
import { methodNotAllowed } from "./http.js";
import { usersRouter } from "./routes/users.js";

/** Errors from express.json() and friends carry an HTTP status and a type. */
interface HttpError extends Error {
  status?: number;
  type?: string;
}

const jsonErrors: ErrorRequestHandler = (err: HttpError, req, res, _next) => {
  if (err.type === "entity.parse.failed" || err.type === "entity.verify.failed") {
    res.status(400).json({ error: "body must be a JSON object" });
    return;
  }
  if (err.type === "entity.too.large") {
    res.status(413).json({ error: "body is too large" });
    return;
  }
  const status = err.status ?? 500;
  if (status >= 500) req.log.error({ err }, "request failed");
  res.status(status).json({ error: status < 500 ? err.message : "internal server error" });
};

/** Creates the Express app on a database. */
export function createApp(database: Database, opts: { logger?: boolean } = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  // One JSON line per request (pino); silent in tests.
  app.use(pinoHttp({ enabled: opts.logger ?? true }));
  app.use(
    express.json({
      limit: "100kb",
      // express.json() reads an empty body as {}: reject it like any other body that is not an object.
      verify: (_req, _res, buf) => {
        if (buf.length === 0) throw new SyntaxError("empty body");
      },
    }),
  );

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.all("/health", methodNotAllowed("GET"));
  app.use("/users", usersRouter(new UserRepository(database.db)));
  const books = new BookRepository(database.db);
  app.get("/books", async (_req, res) => {
    res.json(await books.list());
  });
  app.all("/books", methodNotAllowed("GET"));

  app.use((_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  app.use(jsonErrors);
  return app;
}
