import {
  type ArgumentMetadata,
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
  Header,
  HttpCode,
  HttpStatus,
  Injectable,
  type PipeTransform,
} from "@nestjs/common";
import type { z } from "zod";
import { jsonObject, message, parseId } from "./contract.js";
import { validate } from "./validation.js";

/**
 * For an @All() handler declared after a path's real handlers: Nest alone answers another method
 * with 404; this makes it a 405 naming what the path serves.
 */
export const MethodNotAllowed = (allow: string) =>
  applyDecorators(HttpCode(HttpStatus.METHOD_NOT_ALLOWED), Header("Allow", allow));

export const methodNotAllowedBody = () => ({ error: message("methodNotAllowed") });

/** For an @Options() handler: 204, no body, what the path serves (a CORS preflight gets no 405). */
export const OptionsAllow = (allow: string) => applyDecorators(HttpCode(HttpStatus.NO_CONTENT), Header("Allow", allow));

/**
 * The request body as a JSON object: the raw bytes the body parser read (413 past the limit, see
 * app.setup.ts), 415 unless they are declared as JSON, 400 unless they are UTF-8 JSON holding an object.
 */
export const JsonBody = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; body?: unknown }>();
  return jsonObject(req.headers["content-type"], req.body instanceof Uint8Array ? req.body : undefined);
});

/** The Nest-documented schema pipe, with zod: the body's value, or a 400 with its first field's message. */
@Injectable()
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<Record<string, unknown>, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: Record<string, unknown>, _metadata: ArgumentMetadata): z.output<T> {
    return validate(this.schema, value);
  }
}

/** A path id: 400 unless it is a positive integer; `id` null for one too large to be any row's. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, { id: number | null; text: string }> {
  transform(value: string): { id: number | null; text: string } {
    return parseId(value);
  }
}
