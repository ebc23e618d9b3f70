import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pinoHttp } from "pino-http";
import type { Database } from "./db/client.js";
import { BookRepository, UserRepository } from "./db/repository.js";
import { parseId, validateNewUser } from "./users.js";

const MAX_BODY_BYTES = 100 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(json),
  });
  res.end(json);
}

/** The request body as JSON: 415 unless it says it is JSON, 413 past the size limit, 400 if it does not parse. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new HttpError(415, "body must be JSON (Content-Type: application/json)");
  }
  if (Number(req.headers["content-length"]) > MAX_BODY_BYTES) throw new HttpError(413, "body is too large");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "body is too large");
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "body must be a JSON object");
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

/** A path and the handler of each method it serves; any other method is a 405 naming these. */
interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
}

function routes(database: Database): Route[] {
  const users = new UserRepository(database.db);
  const books = new BookRepository(database.db);
  return [
    {
      pattern: /^\/health$/,
      methods: { GET: async (_req, res) => send(res, 200, { status: "ok" }) },
    },
    {
      pattern: /^\/users$/,
      methods: {
        GET: async (_req, res) => send(res, 200, await users.list()),
        POST: async (req, res) => {
          const result = validateNewUser(await readJson(req));
          if (!result.ok) return send(res, 400, { error: result.error });
          send(res, 201, await users.add(result.name));
        },
      },
    },
    {
      pattern: /^\/users\/([^/]+)$/,
      methods: {
        GET: async (_req, res, [raw = ""]) => {
          const id = parseId(raw);
          if (id === undefined) return send(res, 400, { error: "id must be a positive integer" });
          const user = id === null ? undefined : await users.get(id);
          if (!user) return send(res, 404, { error: `user ${raw} not found` });
          send(res, 200, user);
        },
      },
    },
    {
      pattern: /^\/books$/,
      methods: { GET: async (_req, res) => send(res, 200, await books.list()) },
    },
  ];
}

/** Creates the HTTP server on a database; call listen() on it. */
export function createApp(database: Database, opts: { logger?: boolean } = {}): Server {
  const table = routes(database);
  // One JSON line per request (pino); silent in tests.
  const log = pinoHttp({ enabled: opts.logger ?? true });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    for (const { pattern, methods } of table) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      // HEAD is GET without the body (node:http leaves the body out).
      const handler = methods[req.method === "HEAD" ? "GET" : (req.method ?? "")];
      if (handler) return handler(req, res, match.slice(1));
      const allow = Object.keys(methods).join(", ");
      return send(res, 405, { error: `method ${req.method} not allowed` }, { Allow: allow });
    }
    send(res, 404, { error: "not found" });
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
      send(res, 500, { error: "internal server error" });
    });
  });
}
