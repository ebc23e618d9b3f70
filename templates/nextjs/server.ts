import { createServer } from "node:http";
import { loadEnvConfig } from "@next/env";
import next from "next";
import { pinoHttp } from "pino-http";
import { closeDatabase, database } from "./lib/database";
import { requestId } from "./lib/http";
import { logger } from "./lib/log";
import { refuse } from "./lib/routes";

// Next.js's own server cannot answer TRACE and the like (its Request refuses them: a plain-text 500),
// nor close the database after the last request: this one wraps it, Next.js's documented custom server.
async function main(): Promise<void> {
  const dev = process.env.NODE_ENV !== "production";
  // .env, .env.local, .env.production... the way Next.js reads them (real environment
  // variables win), before the port and the database are read.
  loadEnvConfig(process.cwd(), dev);
  const port = Number(process.env.PORT || 3000);
  const server = createServer();
  const app = next({ dev, hostname: "0.0.0.0", port, httpServer: server });
  const handle = app.getRequestHandler();
  // One line per request: method, path, status, time and request id; no header, so no credential.
  const logRequest = pinoHttp({
    logger,
    genReqId: (req) => String(req.headers["x-request-id"]),
    customProps: (req) => ({ requestId: req.id }),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });

  // The database is migrated before the first request.
  // A DATABASE_URL for the other database is refused here, before anything is created.
  await database();
  await app.prepare();

  server.on("request", (req, res) => {
    // The route handlers read the id from the request; every answer carries it.
    const id = requestId(typeof req.headers["x-request-id"] === "string" ? req.headers["x-request-id"] : null);
    req.headers["x-request-id"] = id;
    res.setHeader("x-request-id", id);
    logRequest(req, res);
    const refusal = refuse(req.method ?? "", new URL(req.url ?? "/", "http://localhost").pathname);
    if (!refusal) {
      void handle(req, res);
      return;
    }
    res.writeHead(refusal.status, {
      ...(refusal.body && { "content-type": "application/json" }),
      ...(refusal.allow && { allow: refusal.allow }),
    });
    res.end(refusal.body && JSON.stringify(refusal.body));
  });
  // Slow or idle clients cannot hold a connection forever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.listen(port, "0.0.0.0", () => logger.info(`listening on http://0.0.0.0:${port}`));

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      // Finish the requests in flight, then close Next.js and the database; give up after 10 s.
      setTimeout(() => process.exit(1), 10_000).unref();
      server.close(async () => {
        await app.close();
        await closeDatabase();
        process.exit(0);
      });
      server.closeIdleConnections();
    });
  }
}

main().catch((err: unknown) => {
  logger.fatal({ err }, "the server could not start");
  process.exit(1);
});
