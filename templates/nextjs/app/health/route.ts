import { database } from "../../lib/database";
import { ALLOW, json, route } from "../../lib/http";
import { logger } from "../../lib/log";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(ALLOW.readOnly, {
  /** Ok once the database answered a query; 503 while it does not. */
  GET: async () => {
    try {
      await (await database()).ping();
      return json({ status: "ok" });
    } catch (err) {
      logger.warn({ err }, "health check: the database did not answer");
      return json({ status: "unavailable" }, 503);
    }
  },
});
