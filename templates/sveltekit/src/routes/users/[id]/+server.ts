import { json } from "@sveltejs/kit";
import { jsonError, methodNotAllowed } from "$lib/server/http";
import { findUser, parseId } from "$lib/server/users";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = ({ params }) => {
  const id = parseId(params.id);
  if (id === undefined) return jsonError(400, "id must be a positive integer");
  const user = findUser(id);
  if (!user) return jsonError(404, `user ${id} not found`);
  return json(user);
};

export const fallback: RequestHandler = methodNotAllowed;
