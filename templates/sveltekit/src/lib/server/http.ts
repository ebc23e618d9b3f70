import { json } from "@sveltejs/kit";

/** A JSON error body: {"error": message}. */
export function jsonError(status: number, message: string): Response {
  return json({ error: message }, { status });
}

/** For the `fallback` export of an endpoint: any method it does not handle. */
export function methodNotAllowed(): Response {
  return jsonError(405, "method not allowed");
}

/**
 * Reads the body as JSON. Returns undefined when it is empty or malformed,
 * so the caller can answer 400 instead of SvelteKit answering 500.
 */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
