import type { IncomingMessage } from "node:http";
import { Module } from "@nestjs/common";
import { APP_FILTER } from "@nestjs/core";
import { LoggerModule } from "nestjs-pino";
import { BooksModule } from "./books/books.module.js";
import { REDACT } from "./contract.js";
import { DatabaseModule } from "./database/database.module.js";
import { HealthController } from "./health.controller.js";
import { JsonExceptionFilter } from "./json-exception.filter.js";
import { UsersModule } from "./users/users.module.js";

@Module({
  imports: [
    // One JSON line per request (pino-http), with its request id (set by app.setup.ts) and the
    // credential headers redacted; Nest's own logs go through it too (see server.ts).
    LoggerModule.forRoot({
      pinoHttp: {
        redact: REDACT,
        genReqId: (req: IncomingMessage) => String(req.headers["x-request-id"]),
        customProps: (req: IncomingMessage & { id?: unknown }) => ({ requestId: req.id }),
      },
    }),
    DatabaseModule,
    UsersModule,
    BooksModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_FILTER, useClass: JsonExceptionFilter }],
})
export class AppModule {}
