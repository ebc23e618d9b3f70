import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { HttpError, message } from "./contract.js";

/** Every error leaves as the contract's JSON: {"error": "..."}; only a 500 is logged, without details sent. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) return reply.code(error.status).send({ error: error.message });
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      // The rest of a body we refused is not worth reading.
      reply.code(413).header("connection", "close");
      return reply.send({ error: message("bodyTooLarge") });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return reply.code(415).send({ error: message("unsupportedMediaType") });
  }
  const status = error.statusCode ?? 500;
  // Anything else the client did wrong is an unreadable body (a bad Content-Length, an aborted upload).
  if (status < 500) return reply.code(400).send({ error: message("bodyNotObject") });
  request.log.error(error);
  return reply.code(500).send({ error: message("internal") });
}
