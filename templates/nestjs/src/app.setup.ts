import type { IncomingMessage, ServerResponse } from "node:http";
import type { NestExpressApplication } from "@nestjs/platform-express";

/**
 * The JSON body parser, set up here instead of by Nest (create the app with
 * `bodyParser: false`): Express reads an empty body as {}, and this API
 * rejects it like any other body that is not a JSON object.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  return app.useBodyParser("json", {
    verify: (_req: IncomingMessage, _res: ServerResponse, buf: Buffer) => {
      if (buf.length === 0) throw Object.assign(new SyntaxError("empty body"), { status: 400 });
    },
  });
}
