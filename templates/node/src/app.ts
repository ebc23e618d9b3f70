import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pinoHttp } from "pino-http";
import getRawBody from "raw-body";
import { ALLOW, BODY_LIMIT_BYTES, HttpError, jsonObject, message, notFound, parseId, requestId } from "./contract.js";
import type { Database } from "./db/client.js";
import { BookRepository, UserRepository } from "./db/repository.js";
import { logger } from "./log.js";
import { newUser, validate } from "./validation.js";

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(json),
  });
  res.end(json);
}

/**
 * The request body as a JSON object: read to 1 MiB by raw-body (413 past it, declared or chunked),
 * then 415 unless it says it is JSON, 400 unless it holds an object.
 */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw: Buffer;
  try {
    raw = await getRawBody(req, { limit: BODY_LIMIT_BYTES, length: req.headers["content-length"] });
  } catch (err) {
    if ((err as { type?: string }).type === "entity.too.large") throw new HttpError(413, message("bodyTooLarge"));
    throw new HttpError(400, message("bodyNotObject"));
  }
  return jsonObject(req.headers["content-type"], raw);
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

/** A path, the handler of each method it serves and its Allow set (405 and OPTIONS name it). */
interface Route {
  pattern: RegExp;
  allow: string;
  methods: Partial<Record<string, Handler>>;
}

function routes(database: Database): Route[] {
  const users = new UserRepository(database.db);
  const books = new BookRepository(database.db);
  // The one place each resource's routes are registered.
  return [
    {
      pattern: /^\/health$/,
      allow: ALLOW.readOnly,
      methods: {
        GET: async (_req, res) => {
          try {
            await database.ping();
            send(res, 200, { status: "ok" });
          } catch {
            send(res, 503, { status: "unavailable" });
          }
        },
      },
    },
    {
      pattern: /^\/users$/,
      allow: ALLOW.collection,
      methods: {
        GET: async (_req, res) => send(res, 200, await users.list()),
        POST: async (req, res) => {
          const { name } = validate(newUser, await readJson(req));
          const user = await users.add(name);
          send(res, 201, user, { Location: `/users/${user.id}` });
        },
      },
    },
    {
      pattern: /^\/users\/([^/]+)$/,
      allow: ALLOW.userItem,
      methods: {
        GET: async (_req, res, [raw = ""]) => {
          const { id, text } = parseId(raw);
          const user = await users.get(id);
          if (!user) throw notFound("user", text);
          send(res, 200, user);
        },
      },
    },
    {
      pattern: /^\/books$/,
      allow: ALLOW.readOnly,
      methods: { GET: async (_req, res) => send(res, 200, await books.list()) },
    },
  ];
}

/** Creates the HTTP server on a database; call listen() on it. */
export function createApp(database: Database, opts: { logger?: boolean } = {}): Server {
  const table = routes(database);
  // One JSON line per request (pino), credentials redacted, with the request id; none in tests.
  const log = pinoHttp({
    logger,
    autoLogging: opts.logger ?? true,
    genReqId: (req, res) => {
      const id = requestId(req.headers["x-request-id"]);
      res.setHeader("X-Request-Id", id);
      return id;
    },
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The raw path, not decoded: a percent-encoded slash is no separator, and an id must be plain digits.
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    for (const { pattern, allow, methods } of table) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      if (req.method === "OPTIONS") {
        res.writeHead(204, { Allow: allow }).end();
        return;
      }
      // HEAD is GET without the body (node:http leaves the body out).
      const handler = methods[req.method === "HEAD" ? "GET" : (req.method ?? "")];
      if (handler) return handler(req, res, match.slice(1));
      return send(res, 405, { error: message("methodNotAllowed") }, { Allow: allow });
    }
    send(res, 404, { error: message("notFound") });
  }

  return createServer((req, res) => {
    log(req, res);
    route(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        // The rest of a body we refused is not worth reading: close the connection after answering.
        if (err.status === 413) res.setHeader("Connection", "close");
        return send(res, err.status, { error: err.message });
      }
      req.log.error({ err }, "request failed");
      if (res.headersSent) return void res.destroy();
      send(res, 500, { error: message("internal") });
    });
  });
}
