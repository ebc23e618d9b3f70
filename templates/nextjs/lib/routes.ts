/** The methods Next.js passes to a route handler; server.ts answers any other (TRACE, ...) itself. */
export const ROUTED_METHODS: readonly string[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The API's paths and the methods each serves. tests/api.test.ts checks them against the route handlers. */
export const ROUTES: ReadonlyArray<{ path: RegExp; allow: string }> = [
  { path: /^\/health$/, allow: "GET" },
  { path: /^\/users$/, allow: "GET, POST" },
  { path: /^\/users\/[^/]+$/, allow: "GET" },
  { path: /^\/books$/, allow: "GET" },
];

export interface Refusal {
  status: 404 | 405;
  allow?: string;
  body: { error: string };
}

/**
 * The answer to a method Next.js cannot route (it fails with a plain-text 500 on TRACE and
 * the like): 405 with an Allow header on a known path, 404 elsewhere.
 */
export function refuseUnroutable(method: string, pathname: string): Refusal {
  const route = ROUTES.find(({ path }) => path.test(pathname));
  if (!route) return { status: 404, body: { error: "not found" } };
  return { status: 405, allow: route.allow, body: { error: `method ${method} not allowed` } };
}
