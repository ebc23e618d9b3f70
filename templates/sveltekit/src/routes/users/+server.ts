import { json } from "@sveltejs/kit";
import { userRepository } from "$lib/server/database";
import { jsonError, readJson } from "$lib/server/http";
import { validateNewUser } from "$lib/server/users";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async () => json(await (await userRepository()).list());

export const POST: RequestHandler = async ({ request }) => {
  const body = await readJson(request);
  if (!body.ok) return jsonError(body.status, body.error);
  const result = validateNewUser(body.value);
  if (!result.ok) return jsonError(400, result.error);
  return json(await (await userRepository()).add(result.name), { status: 201 });
};
