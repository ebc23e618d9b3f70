import fs from "node:fs";
import { buildApp } from "./app.js";
import { openDatabase } from "./db/client.js";

// Local settings from .env, when there is one (real environment variables win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const port = Number(process.env.PORT || 3000);
const database = openDatabase();
await database.migrate();

// Slow or idle clients cannot hold a connection forever.
const app = buildApp(database, { logger: true, requestTimeout: 30_000, keepAliveTimeout: 5_000 });
app.server.headersTimeout = 10_000;

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight (the onClose hook then closes the database); give up after 10 s.
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error(err);
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ port, host: "0.0.0.0" });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
