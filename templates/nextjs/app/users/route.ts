import { userRepository } from "../../lib/database";
import { ALLOW, json, jsonError, readJson, route, validateNewUser } from "../../lib/http";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(ALLOW.collection, {
  GET: async () => json(await (await userRepository()).list()),

  POST: async (request) => {
    const body = await readJson(request);
    if (!body.ok) return jsonError(body.status, body.error);
    const result = validateNewUser(body.value);
    if (!result.ok) return jsonError(400, result.error);
    const user = await (await userRepository()).add(result.name);
    return json(user, 201, { location: `/users/${user.id}` });
  },
});
