// The production server: adapter-node's handler (build/handler.js, written by `vite build`)
// behind node:http, the way adapter-node documents custom servers. It adds what `node build`
// lacks here: TRACE answered in JSON, the 1 MiB body limit, and request timeouts.
import fs from "node:fs";
import { createServer } from "node:http";
import pino from "pino";
import { refuseUnroutable, requestId, UNROUTABLE_METHODS } from "./unroutable.js";

// Local settings from .env (real environment variables win), before anything reads them.
if (fs.existsSync(".env")) process.loadEnvFile(".env");
// adapter-node reads its settings when loaded: bodies over 1 MiB get a 413 (in JSON, from readJson).
process.env.BODY_SIZE_LIMIT ??= "1M";
const { handler } = await import("./build/handler.js");

const logger = pino();
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";

const server = createServer((req, res) => {
  const method = req.method ?? "";
  if (!UNROUTABLE_METHODS.includes(method)) {
    handler(req, res);
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost").pathname;
  const { status, allow, body } = refuseUnroutable(url);
  const id = requestId(req.headers["x-request-id"]);
  res.writeHead(status, { "content-type": "application/json", "x-request-id": id, ...(allow && { allow }) });
  res.end(JSON.stringify(body));
  // The same line src/hooks.server.ts writes for every other request.
  logger.info(
    { requestId: id, req: { method, url }, res: { statusCode: status }, responseTime: 0 },
    "request completed",
  );
});
// Slow or idle clients cannot hold a connection forever.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;
server.listen(port, host, () => logger.info(`listening on http://${host}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    // Finish the requests in flight; then src/hooks.server.ts closes the database on
    // sveltekit:shutdown, as with adapter-node's own server, and the process ends. Give up after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close(() => process.emit("sveltekit:shutdown", signal));
    server.closeIdleConnections();
  });
}
