import type { FastifyPluginAsync } from "fastify";
import { ALLOW, notFound } from "../contract.js";
import { checkId, otherMethods } from "../http.js";
import { newUser } from "../validation.js";

export const usersRoutes: FastifyPluginAsync = async (app) => {
  app.get("/users", async () => app.users.list());
  app.post<{ Body: { name: string } }>("/users", { schema: { body: newUser } }, async (request, reply) => {
    const user = await app.users.add(request.body.name);
    return reply.code(201).header("location", `/users/${user.id}`).send(user);
  });
  otherMethods(app, "/users", ALLOW.collection);

  app.get<{ Params: { id: string } }>("/users/:id", { onRequest: checkId }, async (request) => {
    const { id, text } = request.pathId;
    const user = await app.users.get(id);
    if (!user) throw notFound("user", text);
    return user;
  });
  otherMethods(app, "/users/:id", ALLOW.userItem);
};
