import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Logger } from "@nestjs/common";
import { HttpAdapterHost } from "@nestjs/core";

// Nest answers a request that no route matched with NotFoundException("Cannot GET /path").
const NO_ROUTE = /^Cannot [A-Z]+ \//;

function messageOf(exception: HttpException): string {
  // Express's JSON body parser fails with a SyntaxError, which Nest wraps in a BadRequestException.
  if (exception.cause instanceof SyntaxError) return "body must be a JSON object";
  if (exception.getStatus() === 413) return "body is too large";
  const response = exception.getResponse();
  const message = typeof response === "string" ? response : (response as { message?: unknown }).message;
  const text = Array.isArray(message) ? message.join("; ") : typeof message === "string" ? message : exception.message;
  return exception.getStatus() === 404 && NO_ROUTE.test(text) ? "not found" : text;
}

/** Every error leaves as JSON {"error": "..."} instead of Nest's {"statusCode", "message", "error"}. */
@Catch()
export class JsonExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(JsonExceptionFilter.name);

  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const response = host.switchToHttp().getResponse<unknown>();
    if (exception instanceof HttpException) {
      httpAdapter.reply(response, { error: messageOf(exception) }, exception.getStatus());
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    httpAdapter.reply(response, { error: "internal server error" }, 500);
  }
}
