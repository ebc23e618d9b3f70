import { userRepository } from "../../lib/database";
import { error, json, readJson, route } from "../../lib/http";
import { validateNewUser } from "../../lib/users";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: async () => json(await (await userRepository()).list()),

  POST: async (request) => {
    const body = await readJson(request);
    if (!body.ok) return error(body.status, body.error);
    const result = validateNewUser(body.value);
    if (!result.ok) return error(400, result.error);
    return json(await (await userRepository()).add(result.name), 201);
  },
});
