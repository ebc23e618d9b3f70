import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { AppModule } from "./app.module.js";
import { configureApp } from "./app.setup.js";

const port = Number(process.env.PORT || 3000);

const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false }));
app.enableShutdownHooks();
await app.listen(port, "0.0.0.0");
console.log(`Listening on http://0.0.0.0:${port}`);
