import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import Koa from "koa";
import { pinoHttp } from "pino-http";
import type { Database } from "./db/client.js";
import { BookRepository, UserRepository } from "./db/repository.js";
import { jsonErrors } from "./errors.js";
import { methodNotAllowed } from "./http.js";
import { booksRouter } from "./routes/books.js";
import { usersRouter } from "./routes/users.js";

/** Creates the Koa app on a database. */
export function createApp(database: Database, opts: { logger?: boolean } = {}): Koa {
  const app = new Koa();
  // One JSON line per request (pino); silent in tests.
  const log = pinoHttp({ enabled: opts.logger ?? true });
  app.use((ctx, next) => {
    log(ctx.req, ctx.res);
    return next();
  });
  app.use(jsonErrors);
  app.use(
    bodyParser({
      enableTypes: ["json"],
      jsonLimit: "100kb",
      // Not strict: an empty body, null or a bare string reaches the route, which says what is wrong.
      jsonStrict: false,
      onError: (err, ctx) => {
        // co-body marks malformed JSON 400 and a body over the limit 413; other read errors keep their own.
        const status = (err as { status?: number }).status ?? 400;
        if (status === 413) ctx.throw(413, "body is too large");
        ctx.throw(status, status === 400 ? "body must be a JSON object" : err.message);
      },
    }),
  );

  // Each path answers its methods, then 405 for any other (TRACE included): no allowedMethods(), which says 501.
  const root = new Router()
    .get("/health", (ctx) => {
      ctx.body = { status: "ok" };
    })
    .all("/health", methodNotAllowed("GET"));
  for (const router of [
    root,
    usersRouter(new UserRepository(database.db)),
    booksRouter(new BookRepository(database.db)),
  ]) {
    app.use(router.routes());
  }
  return app;
}
