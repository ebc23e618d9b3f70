import type { Middleware } from "koa";

/** A known path asked with a method it does not serve: 405, and what it does serve. */
export const methodNotAllowed =
  (allow: string): Middleware =>
  (ctx) => {
    ctx.status = 405;
    ctx.set("Allow", allow);
    ctx.body = { error: `method ${ctx.method} not allowed` };
  };
