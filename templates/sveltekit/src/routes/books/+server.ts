import { json } from "@sveltejs/kit";
import { bookRepository } from "$lib/server/database";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async () => json(await (await bookRepository()).list());
