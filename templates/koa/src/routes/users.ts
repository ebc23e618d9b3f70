import Router from "@koa/router";
import { UserStore, parseId, validateNewUser } from "../users.js";

export function usersRouter(users: UserStore): Router {
  const router = new Router({ prefix: "/users" });

  router.get("/", (ctx) => {
    ctx.body = users.list();
  });

  router.get("/:id", (ctx) => {
    const id = parseId(ctx.params.id ?? "");
    if (id === undefined) return ctx.throw(400, "id must be a positive integer");
    const user = users.get(id);
    if (!user) return ctx.throw(404, `user ${id} not found`);
    ctx.body = user;
  });

  router.post("/", (ctx) => {
    const result = validateNewUser(ctx.request.body);
    if (!result.ok) return ctx.throw(400, result.error);
    ctx.status = 201;
    ctx.body = users.add(result.name);
  });

  return router;
}
