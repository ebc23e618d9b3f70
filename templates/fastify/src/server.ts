import fs from "node:fs";
import { buildApp } from "./app.js";
import { type Database, openDatabase } from "./db/client.js";
import { destination, logger } from "./log.js";

// Local settings from .env, when there is one (real environment variables win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const port = Number(process.env.PORT || 3000);
let database: Database;
try {
  database = openDatabase();
  await database.migrate();
} catch (err) {
  // A DATABASE_URL for the other database, say: its message names the way out.
  logger.fatal((err as Error).message);
  destination.flushSync();
  process.exit(1);
}

// Slow or idle clients cannot hold a connection forever.
const app = buildApp(database, { loggerInstance: logger, requestTimeout: 30_000, keepAliveTimeout: 5_000 });
app.server.headersTimeout = 10_000;

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight (the onClose hook then closes the database); give up after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => {
        destination.flushSync();
        process.exit(0);
      },
      (err: unknown) => {
        app.log.error(err);
        destination.flushSync();
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ port, host: "0.0.0.0" });
} catch (err) {
  app.log.error(err);
  destination.flushSync();
  process.exit(1);
}
