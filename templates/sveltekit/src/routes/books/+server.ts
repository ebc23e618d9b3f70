import { json } from "@sveltejs/kit";
import { listBooks } from "$lib/server/books";
import { methodNotAllowed } from "$lib/server/http";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = () => json(listBooks());

export const fallback: RequestHandler = methodNotAllowed;
