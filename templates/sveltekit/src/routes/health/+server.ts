import { json } from "@sveltejs/kit";
import { database } from "$lib/server/database";
import { ALLOW, methodNotAllowed, options } from "$lib/server/http";
import { logger } from "$lib/server/log";
import type { RequestHandler } from "./$types";

export const trailingSlash = "ignore";

/** Ok once the database answered a query; 503 while it does not. */
export const GET: RequestHandler = async () => {
  try {
    await (await database()).ping();
    return json({ status: "ok" });
  } catch (err) {
    logger.warn({ err }, "health check: the database did not answer");
    return json({ status: "unavailable" }, { status: 503 });
  }
};

export const OPTIONS: RequestHandler = options(ALLOW.readOnly);
export const fallback: RequestHandler = methodNotAllowed(ALLOW.readOnly);
