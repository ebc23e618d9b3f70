import { Router } from "express";
import { UserStore, parseId, validateNewUser } from "../users.js";

export function usersRouter(users: UserStore): Router {
  const router = Router();

  router.get("/", (_req, res) => {
    res.json(users.list());
  });

  router.get("/:id", (req, res) => {
    const id = parseId(req.params.id);
    if (id === undefined) {
      res.status(400).json({ error: "id must be a positive integer" });
      return;
    }
    const user = users.get(id);
    if (!user) {
      res.status(404).json({ error: `user ${id} not found` });
      return;
    }
    res.json(user);
  });

  router.post("/", (req, res) => {
    const result = validateNewUser(req.body);
    if (!result.ok) {
      res.status(400).json({ error: result.error });
      return;
    }
    res.status(201).json(users.add(result.name));
  });

  return router;
}
