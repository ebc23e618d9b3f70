import fs from "node:fs";
import { createApp } from "./app.js";
import { openDatabase } from "./db/client.js";

// Local settings from .env, when there is one (real environment variables win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const port = Number(process.env.PORT || 3000);
const database = openDatabase();
await database.migrate();

const server = createApp(database).listen(port, "0.0.0.0", () => {
  console.log(JSON.stringify({ level: "info", msg: `listening on http://0.0.0.0:${port}` }));
});
// Slow or idle clients cannot hold a connection forever.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight, then close the database; give up after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await database.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  });
}
