import express, { type ErrorRequestHandler, type Express } from "express";
import { booksRouter } from "./routes/books.js";
import { usersRouter } from "./routes/users.js";
import { UserStore } from "./users.js";

/** Errors from express.json() and friends carry an HTTP status and a type. */
interface HttpError extends Error {
  status?: number;
  type?: string;
}

const jsonErrors: ErrorRequestHandler = (err: HttpError, _req, res, _next) => {
  if (err.type === "entity.parse.failed" || err.type === "entity.verify.failed") {
    res.status(400).json({ error: "body must be a JSON object" });
    return;
  }
  const status = err.status ?? 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status < 500 ? err.message : "internal server error" });
};

/** Creates the Express app with its own in-memory users. */
export function createApp(users = new UserStore()): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(
    express.json({
      // express.json() reads an empty body as {}: reject it like any other body that is not an object.
      verify: (_req, _res, buf) => {
        if (buf.length === 0) throw new SyntaxError("empty body");
      },
    }),
  );

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use("/users", usersRouter(users));
  app.use("/books", booksRouter);

  app.use((_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  app.use(jsonErrors);
  return app;
}
