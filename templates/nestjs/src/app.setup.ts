import type { IncomingMessage, ServerResponse } from "node:http";
import type { NestExpressApplication } from "@nestjs/platform-express";

/**
 * The JSON body parser, set up here instead of by Nest (create the app with
 * `bodyParser: false`): 100 kB at most (413 past it), and an empty body is
 * rejected like any other body that is not a JSON object (Express reads it as {}).
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.disable("x-powered-by");
  return app.useBodyParser("json", {
    limit: "100kb",
    verify: (_req: IncomingMessage, _res: ServerResponse, buf: Buffer) => {
      if (buf.length === 0) throw Object.assign(new SyntaxError("empty body"), { status: 400 });
    },
  });
}
