import fs from "node:fs";
import type { Handle, HandleServerError, ServerInit } from "@sveltejs/kit";
import { building } from "$app/environment";
import { closeDatabase, database } from "$lib/server/database";
import { jsonError, message, requestId } from "$lib/server/http";
import { logger } from "$lib/server/log";
import { refuseUndecodable } from "../unroutable.js";

/** Runs once when the server starts, before it serves (not while `vite build` analyses the app). */
export const init: ServerInit = async () => {
  if (building) return;
  // Local settings from .env for the server code, which reads process.env (Vite reads .env
  // only for $env and import.meta.env); real environment variables win.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  try {
    await database();
  } catch (err) {
    // A DATABASE_URL for the other database, or one that cannot be migrated: the server does not start.
    logger.fatal({ err }, "cannot open the database");
    process.exit(1);
  }
  // Emitted once the server has stopped taking requests and answered those in flight
  // (adapter-node's own server, and server.js, on SIGTERM or SIGINT).
  process.once("sveltekit:shutdown", () => {
    void closeDatabase();
  });
};

/** An unexpected exception: logged here, answered in JSON by handle. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) {
    logger.error({ err: error, requestId: event.locals.requestId }, "request failed");
    event.locals.unexpectedError = true;
  }
  return { message };
};

/**
 * Every request gets a request id (its own X-Request-Id when sane) on its answer and its log line; a
 * path with a trailing slash is no route's (the endpoints switch SvelteKit's redirect off), one whose
 * percent-encoding does not decode is answered here (SvelteKit's router would throw on it); an
 * unexpected exception is a JSON 500 instead of SvelteKit's HTML error page. The log line names no
 * header, so no credential reaches the logs.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const startedAt = performance.now();
  const { method } = event.request;
  const id = requestId(event.request.headers.get("x-request-id"));
  event.locals.requestId = id;
  let response: Response;
  const undecodable = refuseUndecodable(method, event.url.pathname);
  if (event.url.pathname.length > 1 && event.url.pathname.endsWith("/")) {
    response = jsonError(404, message("notFound"));
  } else if (undecodable) {
    const allow = undecodable.allow ? { allow: undecodable.allow } : undefined;
    response = undecodable.body
      ? jsonError(undecodable.status, undecodable.body.error, allow)
      : new Response(null, { status: undecodable.status, headers: allow });
  } else {
    response = await resolve(event);
    if (event.locals.unexpectedError) response = jsonError(500, message("internal"));
  }
  try {
    response.headers.set("x-request-id", id);
  } catch {
    // A response with immutable headers (one fetch made): copy it.
    response = new Response(response.body, response);
    response.headers.set("x-request-id", id);
  }
  logger.info(
    {
      requestId: id,
      req: { method, url: event.url.pathname },
      res: { statusCode: response.status },
      responseTime: Math.round(performance.now() - startedAt),
    },
    "request completed",
  );
  return response;
};
