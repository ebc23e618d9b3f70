import type { IncomingMessage, ServerResponse } from "node:http";
import { Injectable, type NestMiddleware, UnsupportedMediaTypeException } from "@nestjs/common";

/** 415 for a body that does not say it is JSON: the JSON parser leaves such a body unread. */
@Injectable()
export class RequireJsonMiddleware implements NestMiddleware {
  use(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      throw new UnsupportedMediaTypeException("body must be JSON (Content-Type: application/json)");
    }
    next();
  }
}
