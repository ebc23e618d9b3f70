import fs from "node:fs";
import type { Server } from "node:http";
import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { Logger } from "nestjs-pino";
import { AppModule } from "./app.module.js";
import { configureApp } from "./app.setup.js";

// Local settings from .env, when there is one (real environment variables win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const port = Number(process.env.PORT || 3000);

// Creating the app opens the database and migrates it (DatabaseModule).
const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
app.useLogger(app.get(Logger));
configureApp(app);
// SIGTERM closes the app: the HTTP server finishes the requests in flight, then the database closes.
app.enableShutdownHooks();

// Slow or idle clients cannot hold a connection forever.
const server = app.getHttpServer() as Server;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;

await app.listen(port, "0.0.0.0");
