import { createServer } from "node:http";
import { loadEnvConfig } from "@next/env";
import next from "next";
import { pinoHttp } from "pino-http";
import { closeDatabase, database } from "./lib/database";
import { logger } from "./lib/log";
import { ROUTED_METHODS, refuseUnroutable } from "./lib/routes";

// Next.js's own server cannot answer TRACE and the like in JSON, nor close the database
// after the last request: this one wraps it (https://nextjs.org/docs/app/guides/custom-server).
async function main(): Promise<void> {
  const dev = process.env.NODE_ENV !== "production";
  // .env, .env.local, .env.production... the way Next.js reads them (real environment
  // variables win), before the port and the database are read.
  loadEnvConfig(process.cwd(), dev);
  const port = Number(process.env.PORT || 3000);
  const server = createServer();
  const app = next({ dev, hostname: "0.0.0.0", port, httpServer: server });
  const handle = app.getRequestHandler();
  const logRequest = pinoHttp({ logger });

  // The database is migrated before the first request.
  await app.prepare();
  await database();

  server.on("request", (req, res) => {
    logRequest(req, res);
    const method = req.method ?? "";
    if (ROUTED_METHODS.includes(method)) {
      void handle(req, res);
      return;
    }
    const { status, allow, body } = refuseUnroutable(method, new URL(req.url ?? "/", "http://localhost").pathname);
    res.writeHead(status, { "content-type": "application/json", ...(allow && { allow }) });
    res.end(JSON.stringify(body));
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
