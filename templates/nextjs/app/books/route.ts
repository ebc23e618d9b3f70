import { listBooks } from "../../lib/books";
import { json, methodNotAllowed } from "../../lib/http";

export function GET(): Response {
  return json(listBooks());
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
