/** JSON responses shared by every route handler. */

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export function error(status: number, message: string): Response {
  return json({ error: message }, status);
}

export function notFound(): Response {
  return error(404, "not found");
}

export function methodNotAllowed(): Response {
  return error(405, "method not allowed");
}

/**
 * Reads the body as JSON. Returns undefined when it is empty or malformed,
 * so the caller can answer 400 instead of letting Next.js answer 500.
 */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
