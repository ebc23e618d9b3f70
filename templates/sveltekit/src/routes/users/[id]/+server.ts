import { json } from "@sveltejs/kit";
import { userRepository } from "$lib/server/database";
import { ALLOW, jsonError, message, methodNotAllowed, options, parseId } from "$lib/server/http";
import type { RequestHandler } from "./$types";

export const trailingSlash = "ignore";

export const GET: RequestHandler = async ({ params }) => {
  const id = parseId(params.id);
  if (!id) return jsonError(400, message("idNotPositive"));
  const user = await (await userRepository()).get(id.id);
  if (!user) return jsonError(404, message("entityNotFound", { resource: "user", id: id.text }));
  return json(user);
};

export const OPTIONS: RequestHandler = options(ALLOW.userItem);
export const fallback: RequestHandler = methodNotAllowed(ALLOW.userItem);
