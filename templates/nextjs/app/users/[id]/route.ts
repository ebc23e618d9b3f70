import { error, json, methodNotAllowed } from "../../../lib/http";
import { findUser, parseId } from "../../../lib/users";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id: raw } = await params;
  const id = parseId(raw);
  if (id === undefined) return error(400, "id must be a positive integer");
  const user = findUser(id);
  if (!user) return error(404, `user ${id} not found`);
  return json(user);
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
