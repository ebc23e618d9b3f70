import { applyDecorators, Header, HttpCode, HttpStatus } from "@nestjs/common";

/**
 * For an @All() handler declared after a path's real handlers: Nest alone
 * answers another method with 404; this makes it a 405 naming what the path serves.
 */
export const MethodNotAllowed = (allow: string) =>
  applyDecorators(HttpCode(HttpStatus.METHOD_NOT_ALLOWED), Header("Allow", allow));

export const methodNotAllowedBody = (req: { method: string }) => ({ error: `method ${req.method} not allowed` });
