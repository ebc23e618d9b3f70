import { userRepository } from "../../../lib/database";
import { error, json, route } from "../../../lib/http";
import { parseId } from "../../../lib/users";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route<{ id: string }>({
  GET: async (_request, { id: raw }) => {
    const id = parseId(raw);
    if (id === undefined) return error(400, "id must be a positive integer");
    const user = id === null ? undefined : await (await userRepository()).get(id);
    if (!user) return error(404, `user ${raw} not found`);
    return json(user);
  },
});
