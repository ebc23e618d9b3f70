import express, { type Express, Router } from "express";
import { pinoHttp } from "pino-http";
import { ALLOW, message } from "./contract.js";
import type { Database } from "./db/client.js";
import { BookRepository, UserRepository } from "./db/repository.js";
import { genReqId, jsonErrors, otherMethods } from "./http.js";
import { logger } from "./log.js";
import { usersRouter } from "./routes/users.js";

/** Creates the Express app on a database. */
export function createApp(database: Database, opts: { logger?: boolean } = {}): Express {
  const app = express();
  app.disable("x-powered-by");
  // /users/ is not /users, nor /Users.
  app.set("strict routing", true);
  app.set("case sensitive routing", true);
  // One JSON line per request (pino), credentials redacted; silent in tests.
  app.use(pinoHttp({ logger, genReqId, autoLogging: opts.logger ?? true }));

  const root = Router({ strict: true, caseSensitive: true });
  root.get("/health", async (_req, res) => {
    try {
      await database.ping();
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });
  otherMethods(root, "/health", ALLOW.readOnly);
  const books = new BookRepository(database.db);
  root.get("/books", async (_req, res) => {
    res.json(await books.list());
  });
  otherMethods(root, "/books", ALLOW.readOnly);
  app.use(root);
  // The one place each resource's router is registered.
  app.use(usersRouter(new UserRepository(database.db)));

  app.use((_req, res) => {
    res.status(404).json({ error: message("notFound") });
  });
  app.use(jsonErrors);
  return app;
}
