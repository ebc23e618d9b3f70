import Router from "@koa/router";
import { ALLOW, notFound } from "../contract.js";
import type { UserRepository } from "../db/repository.js";
import { idParam, jsonBody, otherMethods } from "../http.js";
import { newUser, validate } from "../validation.js";

export function usersRouter(users: UserRepository): Router {
  const router = new Router({ strict: true, sensitive: true });

  router.get("/users", async (ctx) => {
    ctx.body = await users.list();
  });
  router.post("/users", jsonBody, async (ctx) => {
    const { name } = validate(newUser, ctx.state.body as Record<string, unknown>);
    const user = await users.add(name);
    ctx.status = 201;
    ctx.set("Location", `/users/${user.id}`);
    ctx.body = user;
  });
  router.all("/users", otherMethods(ALLOW.collection));

  router.get("/users/:id", idParam, async (ctx) => {
    const { id, text } = ctx.state.id as { id: number | null; text: string };
    const user = await users.get(id);
    if (!user) throw notFound("user", text);
    ctx.body = user;
  });
  router.all("/users/:id", otherMethods(ALLOW.userItem));

  return router;
}
