import type { IncomingMessage, ServerResponse } from "node:http";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { BODY_LIMIT_BYTES, HttpError, message, requestId } from "./contract.js";

/**
 * Express settings Nest leaves to the app (create it with `bodyParser: false`): every answer carries
 * the request id; "/users/" is not "/users" (Express would route it there: a 404, through the exception
 * filter); and every body is read as raw bytes up to
 * 1 MiB (413 past it, declared or chunked), so that @JsonBody() checks its type before it is parsed.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.disable("x-powered-by");
  app.use((req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    const id = requestId(req.headers["x-request-id"]);
    req.headers["x-request-id"] = id;
    res.setHeader("X-Request-Id", id);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    next(path.length > 1 && path.endsWith("/") ? new HttpError(404, message("notFound")) : undefined);
  });
  return app.useBodyParser("raw", { type: () => true, limit: BODY_LIMIT_BYTES });
}
