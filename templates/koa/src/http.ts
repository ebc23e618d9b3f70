import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context, Middleware, Next } from "koa";
import getRawBody from "raw-body";
import { BODY_LIMIT_BYTES, HttpError, jsonObject, message, parseId, requestId } from "./contract.js";

/**
 * The rest of a path's methods, registered after its own: OPTIONS is 204 and any other method 405,
 * both with `allow` (GET routes answer HEAD on their own). No allowedMethods(): it answers TRACE 501.
 */
export function otherMethods(allow: string): Middleware {
  return (ctx) => {
    ctx.set("Allow", allow);
    if (ctx.method === "OPTIONS") {
      ctx.status = 204;
      return;
    }
    ctx.status = 405;
    ctx.body = { error: message("methodNotAllowed") };
  };
}

/** Checks :id before anything else (the body included); the route reads it as ctx.state.id. */
export const idParam: Middleware = (ctx, next) => {
  ctx.state.id = parseId(String(ctx.params.id));
  return next();
};

interface BodyError extends Error {
  type?: string;
}

/**
 * Reads a body of any type up to 1 MiB (raw-body, what Koa's body parsers read with: 413 past it,
 * declared or chunked), then holds it to the contract: JSON (415 otherwise) holding an object (400
 * otherwise). The route reads it as ctx.state.body.
 */
export const jsonBody: Middleware = async (ctx, next) => {
  let raw: Buffer | undefined;
  try {
    raw = await getRawBody(ctx.req, { limit: BODY_LIMIT_BYTES, length: ctx.get("content-length") || undefined });
  } catch (err) {
    if ((err as BodyError).type === "entity.too.large") {
      ctx.set("Connection", "close");
      throw new HttpError(413, message("bodyTooLarge"));
    }
    throw new HttpError(400, message("bodyNotObject"));
  }
  ctx.state.body = jsonObject(ctx.get("content-type") || undefined, raw);
  return next();
};

/** X-Request-Id on every answer: the client's own when sane, else a new one (pino-http logs it as req.id). */
export const genReqId = (req: IncomingMessage, res: ServerResponse): string => {
  const id = requestId(req.headers["x-request-id"]);
  res.setHeader("X-Request-Id", id);
  return id;
};

/** Every error, and a request no route answered, leaves as the contract's JSON; only a 500 is logged. */
export async function jsonErrors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (caught) {
    if (caught instanceof HttpError) {
      ctx.status = caught.status;
      ctx.body = { error: caught.message };
    } else {
      ctx.req.log.error({ err: caught }, "request failed");
      ctx.status = 500;
      ctx.body = { error: message("internal") };
    }
    return;
  }
  if (ctx.status === 404 && ctx.body == null) {
    ctx.status = 404;
    ctx.body = { error: message("notFound") };
  }
}
