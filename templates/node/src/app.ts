import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { books } from "./books.js";
import { UserStore, parseId, validateNewUser } from "./users.js";

const MAX_BODY_BYTES = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
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

async function route(req: IncomingMessage, res: ServerResponse, users: UserStore): Promise<void> {
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";

  if (method === "GET" && pathname === "/health") {
    return send(res, 200, { status: "ok" });
  }
  if (method === "GET" && pathname === "/users") {
    return send(res, 200, users.list());
  }
  if (method === "POST" && pathname === "/users") {
    const result = validateNewUser(await readJson(req));
    if (!result.ok) return send(res, 400, { error: result.error });
    return send(res, 201, users.add(result.name));
  }
  const userPath = /^\/users\/([^/]+)$/.exec(pathname);
  if (method === "GET" && userPath) {
    const id = parseId(userPath[1]!);
    if (id === undefined) return send(res, 400, { error: "id must be a positive integer" });
    const user = users.get(id);
    if (!user) return send(res, 404, { error: `user ${id} not found` });
    return send(res, 200, user);
  }
  if (method === "GET" && pathname === "/books") {
    return send(res, 200, books);
  }
  send(res, 404, { error: "not found" });
}

/** Creates the HTTP server with its own in-memory users; call listen() on it. */
export function createApp(users = new UserStore()): Server {
  return createServer((req, res) => {
    route(req, res, users).catch((err: unknown) => {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      console.error(err);
      send(res, 500, { error: "internal server error" });
    });
  });
}
