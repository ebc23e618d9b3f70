import { json } from "@sveltejs/kit";
import { jsonError, methodNotAllowed, readJson } from "$lib/server/http";
import { addUser, listUsers, validateNewUser } from "$lib/server/users";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = () => json(listUsers());

export const POST: RequestHandler = async ({ request }) => {
  const result = validateNewUser(await readJson(request));
  if (!result.ok) return jsonError(400, result.error);
  return json(addUser(result.name), { status: 201 });
};

export const fallback: RequestHandler = methodNotAllowed;
