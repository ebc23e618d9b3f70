import { Router } from "express";
import { books } from "../books.js";

export const booksRouter = Router().get("/", (_req, res) => {
  res.json(books);
});
