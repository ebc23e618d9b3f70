import http from "node:http";

/** What the contract compares of a response: status, media type, Allow (as a sorted set), body, and a few headers. */
export interface Reply {
  status: number;
  type: string;
  allow: string[];
  location: string;
  requestId: string;
  body: unknown;
  text: string;
}

export interface Send {
  body?: string | Buffer;
  /** Default "application/json" when there is a body; null sends no Content-Type. */
  contentType?: string | null;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
  headers?: Record<string, string>;
}

/** node:http, not fetch: fetch refuses TRACE and rewrites some headers the contract needs to send as given. */
export function call(base: string, method: string, path: string, send: Send = {}): Promise<Reply> {
  const url = new URL(base);
  const { body, chunked = false } = send;
  const contentType = send.contentType === undefined ? (body === undefined ? null : "application/json") : send.contentType;
  const headers: Record<string, string> = { ...send.headers };
  if (contentType !== null) headers["content-type"] = contentType;
  if (body !== undefined && !chunked) headers["content-length"] = String(Buffer.byteLength(body));
  // Said explicitly: node:http frames a body chunked by itself only for POST, PUT and PATCH, and would send a
  // GET's, HEAD's, DELETE's or OPTIONS's raw after the headers, where any server rightly reads it as the next request.
  if (body !== undefined && chunked) headers["transfer-encoding"] = "chunked";
  return new Promise((resolve, reject) => {
    // A hard deadline of its own: a socket destroyed by a reset can no longer time out.
    const deadline = setTimeout(() => {
      req.destroy();
      reject(new Error(`${method} ${path}: no answer within 20 s`));
    }, 20_000);
    const settle = <T>(fn: (v: T) => void) => (v: T) => {
      clearTimeout(deadline);
      fn(v);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const req = http.request({ host: url.hostname, port: url.port, path, method, headers, timeout: 15_000, agent: false }, (res) => {
      answer = res;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown;
        try {
          parsed = text === "" ? undefined : JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const allow = String(res.headers.allow ?? "").split(",").map((m) => m.trim().toUpperCase()).filter(Boolean).sort();
        reply = {
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase(),
          allow,
          location: String(res.headers.location ?? ""),
          requestId: String(res.headers["x-request-id"] ?? ""),
          body: parsed,
          text,
        };
        decide();
      });
      res.on("close", () => {
        if (!reply) failure ??= new Error(`${method} ${path}: the answer was cut off`);
        decide();
      });
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
    // A server may answer (413) and close before it has read a large body. Closing well means ending its
    // side first (FIN) and only then dropping what still arrives: the reset that follows is expected and the
    // answer counts. A reset with no FIN before it is a bare close, which loses the answer whenever the reset
    // wins the race with it: a failure whichever won, decided once the socket is closed, so the race cannot hide it.
    let answer: http.IncomingMessage | undefined;
    let reply: Reply | undefined;
    let ended = false;
    let closed = false;
    let failure: Error | undefined;
    // Settled once the socket is closed and the answer, if one began, is read to its end.
    const decide = () => {
      if (!closed) return;
      if (failure) reject(failure);
      else if (reply) resolve(reply);
      else if (!answer) reject(new Error(`${method} ${path}: the connection closed before any answer`));
    };
    req.on("socket", (socket) => {
      socket.on("end", () => (ended = true));
      socket.on("close", () => {
        closed = true;
        decide();
      });
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      const reset = err.code === "EPIPE" || err.code === "ECONNRESET";
      if (reset && ended) return;
      failure ??= reset
        ? new Error(`${method} ${path}: ${err.code} ${reply ? "after the answer" : "before any answer"}, with no graceful close (FIN) first: a client still sending the body may lose the answer`)
        : new Error(`${method} ${path}: ${err.code ?? err.message}`);
    });
    if (body !== undefined) {
      if (chunked) {
        // Several chunks, so the size is known only as it arrives.
        const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
        for (let i = 0; i < buf.length; i += 64 * 1024) req.write(buf.subarray(i, i + 64 * 1024));
      } else req.write(body);
    }
    req.end();
  });
}

/** The part of a reply the starters must agree on, for comparing them with each other. */
export function comparable(r: Reply): { status: number; type: string; allow: string[]; body: unknown } {
  return { status: r.status, type: r.type, allow: r.allow, body: r.body };
}
