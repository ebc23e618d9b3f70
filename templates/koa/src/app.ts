import Router from "@koa/router";
import Koa from "koa";
import { pinoHttp } from "pino-http";
import { ALLOW } from "./contract.js";
import type { Database } from "./db/client.js";
import { BookRepository, UserRepository } from "./db/repository.js";
import { genReqId, jsonErrors, otherMethods } from "./http.js";
import { logger } from "./log.js";
import { booksRouter } from "./routes/books.js";
import { usersRouter } from "./routes/users.js";

/** Creates the Koa app on a database. */
export function createApp(database: Database, opts: { logger?: boolean } = {}): Koa {
  const app = new Koa();
  // One JSON line per request (pino), credentials redacted; none in tests.
  const log = pinoHttp({ logger, genReqId, autoLogging: opts.logger ?? true });
  app.use((ctx, next) => {
    log(ctx.req, ctx.res);
    return next();
  });
  app.use(jsonErrors);

  const root = new Router({ strict: true, sensitive: true })
    .get("/health", async (ctx) => {
      try {
        await database.ping();
        ctx.body = { status: "ok" };
      } catch {
        ctx.status = 503;
        ctx.body = { status: "unavailable" };
      }
    })
    .all("/health", otherMethods(ALLOW.readOnly));
  // The one place each resource's router is registered.
  for (const router of [
    root,
    usersRouter(new UserRepository(database.db)),
    booksRouter(new BookRepository(database.db)),
  ]) {
    app.use(router.routes());
  }
  return app;
}
