import { json } from "@sveltejs/kit";
import { userRepository } from "$lib/server/database";
import { jsonError } from "$lib/server/http";
import { parseId } from "$lib/server/users";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ params }) => {
  const id = parseId(params.id);
  if (id === undefined) return jsonError(400, "id must be a positive integer");
  const user = id === null ? undefined : await (await userRepository()).get(id);
  if (!user) return jsonError(404, `user ${params.id} not found`);
  return json(user);
};
