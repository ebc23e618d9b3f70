import { json, methodNotAllowed } from "../../lib/http";

export function GET(): Response {
  return json({ status: "ok" });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
