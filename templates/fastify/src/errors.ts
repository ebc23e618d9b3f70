import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

type ValidationIssue = NonNullable<FastifyError["validation"]>[number];

/** The API's message for the first JSON Schema violation of a request body. */
function validationMessage(issue: ValidationIssue): string {
  if (issue.instancePath === "") {
    if (issue.keyword === "required") return `${String(issue.params.missingProperty)} is required`;
    return "body must be a JSON object";
  }
  const field = issue.instancePath.slice(1);
  switch (issue.keyword) {
    case "type":
      return `${field} must be a ${String(issue.params.type)}`;
    case "minLength":
    case "pattern":
      return `${field} must not be empty`;
    case "maxLength":
      return `${field} must be at most ${String(issue.params.limit)} characters`;
    default:
      return `${field} ${issue.message ?? "is invalid"}`;
  }
}

/** Every error leaves as JSON: {"error": "..."}. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation?.[0]) {
    return reply.code(400).send({ error: validationMessage(error.validation[0]) });
  }
  // The body parser rejects a body before validation runs: empty or malformed, too large, or not JSON.
  switch (error.code) {
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return reply.code(400).send({ error: "body must be a JSON object" });
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return reply.code(413).send({ error: "body is too large" });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return reply.code(415).send({ error: "body must be JSON (Content-Type: application/json)" });
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) request.log.error(error);
  return reply.code(status).send({ error: status < 500 ? error.message : "internal server error" });
}
