import type { FastifyInstance } from "fastify";

/**
 * Answers every other method on `url` with 405 and an Allow header naming the
 * ones it serves (Fastify alone answers 404). HEAD comes with GET.
 */
export function methodNotAllowed(app: FastifyInstance, url: string, allow: string[]): void {
  app.route({
    method: app.supportedMethods.filter((m) => !allow.includes(m) && !(m === "HEAD" && allow.includes("GET"))),
    url,
    handler: async (request, reply) =>
      reply
        .code(405)
        .header("allow", allow.join(", "))
        .send({ error: `method ${request.method} not allowed` }),
  });
}
