import { json } from "@sveltejs/kit";
import { userRepository } from "$lib/server/database";
import { ALLOW, jsonError, methodNotAllowed, options, readJson, validateNewUser } from "$lib/server/http";
import type { RequestHandler } from "./$types";

// "/users/" is not "/users": SvelteKit's redirect is switched off here, and src/hooks.server.ts answers it 404.
export const trailingSlash = "ignore";

export const GET: RequestHandler = async () => json(await (await userRepository()).list());

export const POST: RequestHandler = async ({ request }) => {
  const body = await readJson(request);
  if (!body.ok) return jsonError(body.status, body.error);
  const result = validateNewUser(body.value);
  if (!result.ok) return jsonError(400, result.error);
  const user = await (await userRepository()).add(result.name);
  return json(user, { status: 201, headers: { location: `/users/${user.id}` } });
};

export const OPTIONS: RequestHandler = options(ALLOW.collection);
export const fallback: RequestHandler = methodNotAllowed(ALLOW.collection);
