import express, { type ErrorRequestHandler, type RequestHandler, type Router } from "express";
import { BODY_LIMIT_BYTES, HttpError, jsonObject, message, parseId, requestId } from "./contract.js";

/**
 * The rest of a path's methods: OPTIONS is 204 and any other method 405, both with `allow`
 * (GET routes answer HEAD on their own). Register it after the path's own routes.
 */
export function otherMethods(router: Router, path: string, allow: string): void {
  router.options(path, (_req, res) => {
    res.set("Allow", allow).status(204).end();
  });
  router.all(path, (_req, res) => {
    res.set("Allow", allow).status(405);
    res.json({ error: message("methodNotAllowed") });
  });
}

/** Checks :id before anything else (the body included); the route reads it as res.locals.id. */
export const idParam: RequestHandler = (req, res, next) => {
  res.locals.id = parseId(String(req.params.id));
  next();
};

/**
 * Reads a body of any type up to 1 MiB (413 past it, declared or chunked), then holds it to the contract:
 * JSON (415 otherwise) holding an object (400 otherwise); the route reads it as req.body.
 */
export const jsonBody: RequestHandler[] = [
  express.raw({ type: () => true, limit: BODY_LIMIT_BYTES }),
  (req, _res, next) => {
    req.body = jsonObject(req.get("content-type"), Buffer.isBuffer(req.body) ? req.body : undefined);
    next();
  },
];

/** X-Request-Id on every answer: the client's own when sane, else a new one (pino-http logs it as req.id). */
export const genReqId = (req: express.Request, res: express.Response): string => {
  const id = requestId(req.headers["x-request-id"]);
  res.setHeader("X-Request-Id", id);
  return id;
};

/** Errors from body-parser carry an HTTP status and a type; ours are HttpErrors. */
interface BodyError extends Error {
  status?: number;
  type?: string;
}

/** Every error leaves as the contract's JSON: {"error": "..."}; only a 500 is logged, without details sent. */
export const jsonErrors: ErrorRequestHandler = (err: BodyError, req, res, _next) => {
  if (err instanceof HttpError) {
    res.status(err.status).json({ error: err.message });
  } else if (err.type === "entity.too.large") {
    // The rest of a body we refused is not worth reading.
    res.set("Connection", "close").status(413);
    res.json({ error: message("bodyTooLarge") });
  } else if (err.status === 415) {
    res.status(415).json({ error: message("unsupportedMediaType") });
  } else if (err instanceof URIError) {
    // A path parameter that is not valid percent-encoding: not an id either.
    res.status(400).json({ error: message("idNotPositive") });
  } else if (err.status !== undefined && err.status >= 400 && err.status < 500) {
    // An aborted or otherwise unreadable body.
    res.status(400).json({ error: message("bodyNotObject") });
  } else {
    req.log.error({ err }, "request failed");
    res.status(500).json({ error: message("internal") });
  }
};
