import { userRepository } from "../../../lib/database";
import { ALLOW, json, jsonError, message, parseId, route } from "../../../lib/http";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route<{ id: string }>(ALLOW.userItem, {
  GET: async (_request, { id: raw }) => {
    const id = parseId(raw);
    if (!id) return jsonError(400, message("idNotPositive"));
    const user = await (await userRepository()).get(id.id);
    if (!user) return jsonError(404, message("entityNotFound", { resource: "user", id: id.text }));
    return json(user);
  },
});
