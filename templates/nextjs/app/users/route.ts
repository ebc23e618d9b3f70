import { error, json, methodNotAllowed, readJson } from "../../lib/http";
import { addUser, listUsers, validateNewUser } from "../../lib/users";

export function GET(): Response {
  return json(listUsers());
}

export async function POST(request: Request): Promise<Response> {
  const result = validateNewUser(await readJson(request));
  if (!result.ok) return error(400, result.error);
  return json(addUser(result.name), 201);
}

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
