import Router from "@koa/router";
import type { UserRepository } from "../db/repository.js";
import { methodNotAllowed } from "../http.js";
import { parseId, validateNewUser } from "../users.js";

export function usersRouter(users: UserRepository): Router {
  const router = new Router({ prefix: "/users" });

  router.get("/", async (ctx) => {
    ctx.body = await users.list();
  });

  router.post("/", async (ctx) => {
    if (!ctx.is("application/json")) return ctx.throw(415, "body must be JSON (Content-Type: application/json)");
    const result = validateNewUser(ctx.request.body);
    if (!result.ok) return ctx.throw(400, result.error);
    ctx.status = 201;
    ctx.body = await users.add(result.name);
  });
  router.all("/", methodNotAllowed("GET, POST"));

  router.get("/:id", async (ctx) => {
    const raw = ctx.params.id ?? "";
    const id = parseId(raw);
    if (id === undefined) return ctx.throw(400, "id must be a positive integer");
    const user = id === null ? undefined : await users.get(id);
    if (!user) return ctx.throw(404, `user ${raw} not found`);
    ctx.body = user;
  });
  router.all("/:id", methodNotAllowed("GET"));

  return router;
}
