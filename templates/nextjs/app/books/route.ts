import { bookRepository } from "../../lib/database";
import { ALLOW, json, route } from "../../lib/http";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(ALLOW.readOnly, {
  GET: async () => json(await (await bookRepository()).list()),
});
