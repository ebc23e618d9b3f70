import { json, route } from "../../lib/http";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: () => json({ status: "ok" }),
});
