import { bookRepository } from "../../lib/database";
import { json, route } from "../../lib/http";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: async () => json(await (await bookRepository()).list()),
});
