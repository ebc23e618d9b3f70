import { json } from "@sveltejs/kit";
import { bookRepository } from "$lib/server/database";
import { ALLOW, methodNotAllowed, options } from "$lib/server/http";
import type { RequestHandler } from "./$types";

export const trailingSlash = "ignore";

export const GET: RequestHandler = async () => json(await (await bookRepository()).list());

export const OPTIONS: RequestHandler = options(ALLOW.readOnly);
export const fallback: RequestHandler = methodNotAllowed(ALLOW.readOnly);
