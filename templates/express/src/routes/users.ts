import { Router } from "express";
import { ALLOW, notFound } from "../contract.js";
import type { UserRepository } from "../db/repository.js";
import { idParam, jsonBody, otherMethods } from "../http.js";
import { newUser, validate } from "../validation.js";

export function usersRouter(users: UserRepository): Router {
  const router = Router({ strict: true, caseSensitive: true });

  router.get("/users", async (_req, res) => {
    res.json(await users.list());
  });
  router.post("/users", ...jsonBody, async (req, res) => {
    const { name } = validate(newUser, req.body);
    const user = await users.add(name);
    res.status(201).location(`/users/${user.id}`).json(user);
  });
  otherMethods(router, "/users", ALLOW.collection);

  router.get("/users/:id", idParam, async (_req, res) => {
    const { id, text } = res.locals.id;
    const user = await users.get(id);
    if (!user) throw notFound("user", text);
    res.json(user);
  });
  otherMethods(router, "/users/:id", ALLOW.userItem);

  return router;
}
