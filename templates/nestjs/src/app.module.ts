import { Module } from "@nestjs/common";
import { APP_FILTER } from "@nestjs/core";
import { BooksModule } from "./books/books.module.js";
import { HealthController } from "./health.controller.js";
import { JsonExceptionFilter } from "./json-exception.filter.js";
import { UsersModule } from "./users/users.module.js";

@Module({
  imports: [UsersModule, BooksModule],
  controllers: [HealthController],
  providers: [{ provide: APP_FILTER, useClass: JsonExceptionFilter }],
})
export class AppModule {}
