import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from "@nestjs/common";
import { RequireJsonMiddleware } from "./require-json.middleware.js";
import { UsersController } from "./users.controller.js";
import { UsersService } from "./users.service.js";

@Module({
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequireJsonMiddleware).forRoutes({ path: "users", method: RequestMethod.POST });
  }
}
