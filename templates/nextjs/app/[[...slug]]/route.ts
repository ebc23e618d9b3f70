// Any path no other route matches (including "/") answers a JSON 404 instead of the
// Next.js HTML not-found page.
import { notFoundRoute } from "../../lib/http";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = notFoundRoute();
