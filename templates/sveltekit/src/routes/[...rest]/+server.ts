// Any path no other route matches (including "/") answers a JSON 404, whatever the
// method, instead of SvelteKit's HTML error page.
import { jsonError } from "$lib/server/http";
import type { RequestHandler } from "./$types";

export const fallback: RequestHandler = () => jsonError(404, "not found");
