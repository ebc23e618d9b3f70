import type { RequestHandler } from "express";

/** A known path asked with a method it does not serve: 405, and what it does serve. */
export const methodNotAllowed =
  (allow: string): RequestHandler =>
  (req, res) => {
    res
      .status(405)
      .set("Allow", allow)
      .json({ error: `method ${req.method} not allowed` });
  };
