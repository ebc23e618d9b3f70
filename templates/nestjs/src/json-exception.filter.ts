import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from "@nestjs/common";
import { HttpAdapterHost } from "@nestjs/core";
import { HttpError, type MessageKey, message } from "./contract.js";

/** The contract's message for a status Nest or the body parser answered on its own. */
const BY_STATUS: Record<number, MessageKey> = {
  400: "bodyNotObject",
  404: "notFound",
  405: "methodNotAllowed",
  413: "bodyTooLarge",
  415: "unsupportedMediaType",
};

/** Every error leaves as JSON {"error": "..."} with the contract's message. */
@Catch()
export class JsonExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(JsonExceptionFilter.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const response = host.switchToHttp().getResponse<unknown>();
    if (exception instanceof HttpError) {
      httpAdapter.reply(response, { error: exception.message }, exception.status);
      return;
    }
    // Nest's own (no route: 404), and the body parser's errors, which Nest wraps (413 and 400).
    const status = exception instanceof HttpException ? exception.getStatus() : undefined;
    const key = status === undefined ? undefined : BY_STATUS[status];
    if (status !== undefined && key !== undefined) {
      httpAdapter.reply(response, { error: message(key) }, status);
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    httpAdapter.reply(response, { error: message("internal") }, 500);
  }
}
