import type { FastifyPluginAsync } from "fastify";
import { methodNotAllowed } from "../http.js";
import { MAX_NAME_LENGTH, parseId } from "../users.js";

const newUserBody = {
  type: "object",
  required: ["name"],
  properties: {
    // pattern \S: at least one character that is not whitespace (no-break spaces are whitespace too)
    name: { type: "string", minLength: 1, maxLength: MAX_NAME_LENGTH, pattern: "\\S" },
  },
} as const;

export const usersRoutes: FastifyPluginAsync = async (app) => {
  app.get("/", async () => app.users.list());
  app.post<{ Body: { name: string } }>("/", { schema: { body: newUserBody } }, async (request, reply) => {
    return reply.code(201).send(await app.users.add(request.body.name));
  });
  methodNotAllowed(app, "/", ["GET", "POST"]);

  app.get<{ Params: { id: string } }>("/:id", async (request, reply) => {
    const id = parseId(request.params.id);
    if (id === undefined) return reply.code(400).send({ error: "id must be a positive integer" });
    const user = id === null ? undefined : await app.users.get(id);
    if (!user) return reply.code(404).send({ error: `user ${request.params.id} not found` });
    return user;
  });
  methodNotAllowed(app, "/:id", ["GET"]);
};
