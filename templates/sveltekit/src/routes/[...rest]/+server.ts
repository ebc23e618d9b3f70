// Any path no other route matches (including "/") answers a JSON 404, whatever the
// method, instead of SvelteKit's HTML error page.
import { jsonError, message } from "$lib/server/http";
import type { RequestHandler } from "./$types";

export const trailingSlash = "ignore";

export const fallback: RequestHandler = () => jsonError(404, message("notFound"));
