import fs from "node:fs";
import type { Handle, HandleServerError, ServerInit } from "@sveltejs/kit";
import { building } from "$app/environment";
import { closeDatabase, database } from "$lib/server/database";
import { jsonError } from "$lib/server/http";
import { logger } from "$lib/server/log";

/** Runs once when the server starts, before it serves (not while `vite build` analyses the app). */
export const init: ServerInit = async () => {
  if (building) return;
  // Local settings from .env for the server code, which reads process.env (Vite reads .env
  // only for $env and import.meta.env); real environment variables win.
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  await database();
  // Emitted once the server has stopped taking requests and answered those in flight
  // (adapter-node's own server, and server.js, on SIGTERM or SIGINT).
  process.once("sveltekit:shutdown", () => {
    void closeDatabase();
  });
};

/** An unexpected exception: logged here, answered in JSON by handle. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) {
    logger.error({ err: error }, "request failed");
    event.locals.unexpectedError = true;
  }
  return { message };
};

/**
 * Every answer in JSON: a 500 for an unexpected exception (instead of SvelteKit's HTML
 * error page), and a 405 for a method an endpoint does not export (SvelteKit's own has the
 * Allow header but a text body). One log line per request.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const startedAt = performance.now();
  const { method } = event.request;
  let response = await resolve(event);
  if (event.locals.unexpectedError) {
    response = jsonError(500, "internal server error");
  } else if (response.status === 405 && !response.headers.get("content-type")?.startsWith("application/json")) {
    response = jsonError(405, `method ${method} not allowed`, { allow: response.headers.get("allow") ?? "" });
  }
  logger.info(
    {
      req: { method, url: event.url.pathname },
      res: { statusCode: response.status },
      responseTime: Math.round(performance.now() - startedAt),
    },
    "request completed",
  );
  return response;
};
