import { bodyParser } from "@koa/bodyparser";
import Router from "@koa/router";
import Koa from "koa";
import { jsonErrors } from "./errors.js";
import { booksRouter } from "./routes/books.js";
import { usersRouter } from "./routes/users.js";
import { UserStore } from "./users.js";

/** Creates the Koa app with its own in-memory users. */
export function createApp(users = new UserStore()): Koa {
  const app = new Koa();
  app.use(jsonErrors);
  app.use(
    bodyParser({
      enableTypes: ["json"],
      // Not strict: an empty body, null or a bare string reaches the route, which says what is wrong.
      jsonStrict: false,
      onError: (err, ctx) => {
        // co-body marks malformed JSON 400; other read errors (too large, ...) keep their status.
        const status = (err as { status?: number }).status ?? 400;
        ctx.throw(status, status === 400 ? "body must be a JSON object" : err.message);
      },
    }),
  );

  const root = new Router().get("/health", (ctx) => {
    ctx.body = { status: "ok" };
  });
  for (const router of [root, usersRouter(users), booksRouter]) {
    app.use(router.routes());
    // a known path with another method: 405 (thrown, so it is JSON too)
    app.use(router.allowedMethods({ throw: true }));
  }
  return app;
}
