import { json } from "@sveltejs/kit";
import { methodNotAllowed } from "$lib/server/http";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = () => json({ status: "ok" });

export const fallback: RequestHandler = methodNotAllowed;
