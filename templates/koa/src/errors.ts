import type { Context, Next } from "koa";

interface HttpError extends Error {
  status?: number;
  expose?: boolean;
}

/** Every error, and a request no route answered, leaves as JSON: {"error": "..."}. */
export async function jsonErrors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (caught) {
    const err = caught as HttpError;
    const status = err.status ?? 500;
    ctx.status = status;
    ctx.body = { error: err.expose ? err.message : "internal server error" };
    if (status >= 500) ctx.req.log.error({ err }, "request failed");
    return;
  }
  if (ctx.status === 404 && ctx.body == null) {
    ctx.status = 404;
    ctx.body = { error: "not found" };
  }
}
