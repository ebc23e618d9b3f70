import { Router } from "express";
import type { UserRepository } from "../db/repository.js";
import { methodNotAllowed } from "../http.js";
import { parseId, validateNewUser } from "../users.js";

export function usersRouter(users: UserRepository): Router {
  const router = Router();

  router.get("/", async (_req, res) => {
    res.json(await users.list());
  });

  router.post("/", async (req, res) => {
    if (!req.is("application/json")) {
      res.status(415).json({ error: "body must be JSON (Content-Type: application/json)" });
      return;
    }
    const result = validateNewUser(req.body);
    if (!result.ok) {
      res.status(400).json({ error: result.error });
      return;
    }
    res.status(201).json(await users.add(result.name));
  });
  router.all("/", methodNotAllowed("GET, POST"));

  router.get("/:id", async (req, res) => {
    const id = parseId(req.params.id);
    if (id === undefined) {
      res.status(400).json({ error: "id must be a positive integer" });
      return;
    }
    const user = id === null ? undefined : await users.get(id);
    if (!user) {
      res.status(404).json({ error: `user ${req.params.id} not found` });
      return;
    }
    res.json(user);
  });
  router.all("/:id", methodNotAllowed("GET"));

  return router;
}
