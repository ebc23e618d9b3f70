import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError, message, parseId } from "./contract.js";

/**
 * The rest of a path's methods: OPTIONS is 204 and any other method 405, both with `allow`
 * (Fastify alone answers 404; its GET routes answer HEAD on their own).
 */
export function otherMethods(app: FastifyInstance, url: string, allow: string): void {
  const served = allow.split(", ");
  // Answered in onRequest, before Fastify reads a body: a method the path does not serve is a 405 whatever it sent.
  app.route({
    method: "OPTIONS",
    url,
    onRequest: async (_request, reply) => reply.code(204).header("allow", allow).send(),
    handler: async () => undefined,
  });
  app.route({
    method: app.supportedMethods.filter((m) => !served.includes(m)),
    url,
    onRequest: async (_request, reply) => {
      reply.code(405).header("allow", allow);
      return reply.send({ error: message("methodNotAllowed") });
    },
    handler: async () => undefined,
  });
}

/** An onRequest hook: :id is checked before anything else (the body included); routes read request.pathId. */
export async function checkId(request: FastifyRequest<{ Params: { id: string } }>, _reply: FastifyReply) {
  // Fastify's router matches /users/ to /users/:id with an empty id: that path is no route.
  if (request.params.id === "") throw new HttpError(404, message("notFound"));
  request.pathId = parseId(request.params.id);
}

declare module "fastify" {
  interface FastifyRequest {
    pathId: { id: number | null; text: string };
  }
}
