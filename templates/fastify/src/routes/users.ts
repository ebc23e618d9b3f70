import type { FastifyPluginAsync } from "fastify";
import type { UserStore } from "../users.js";

export const MAX_NAME_LENGTH = 100;

const userParams = {
  type: "object",
  properties: {
    // digits, at least one of them not zero: a positive integer
    id: { type: "string", pattern: "^[0-9]*[1-9][0-9]*$" },
  },
} as const;

const newUserBody = {
  type: "object",
  required: ["name"],
  properties: {
    // pattern \S: at least one character that is not whitespace
    name: { type: "string", minLength: 1, maxLength: MAX_NAME_LENGTH, pattern: "\\S" },
  },
} as const;

export const usersRoutes: FastifyPluginAsync<{ users: UserStore }> = async (app, { users }) => {
  app.get("/", async () => users.list());

  app.get<{ Params: { id: string } }>("/:id", { schema: { params: userParams } }, async (request, reply) => {
    const id = Number(request.params.id);
    const user = users.get(id);
    if (!user) return reply.code(404).send({ error: `user ${id} not found` });
    return user;
  });

  app.post<{ Body: { name: string } }>("/", { schema: { body: newUserBody } }, async (request, reply) => {
    return reply.code(201).send(users.add(request.body.name));
  });
};
