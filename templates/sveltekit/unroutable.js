/**
 * The API's paths and the methods each serves (SvelteKit's Allow, HEAD with GET), for the
 * methods server.js answers itself. tests/api.test.ts checks them against the endpoints.
 * @type {ReadonlyArray<{ path: RegExp; allow: string }>}
 */
export const ROUTES = [
  { path: /^\/health$/, allow: "GET, HEAD" },
  { path: /^\/users$/, allow: "GET, POST, HEAD" },
  { path: /^\/users\/[^/]+$/, allow: "GET, HEAD" },
  { path: /^\/books$/, allow: "GET, HEAD" },
];

/**
 * fetch's Request, on which SvelteKit builds, refuses these methods, so adapter-node answers
 * them with a plain-text 400 before any hook runs.
 */
export const UNROUTABLE_METHODS = ["TRACE", "TRACK"];

/**
 * The answer to such a method: 405 with an Allow header on a known path, 404 elsewhere.
 * @param {string} method
 * @param {string} pathname
 * @returns {{ status: 404 | 405; allow?: string; body: { error: string } }}
 */
export function refuseUnroutable(method, pathname) {
  const route = ROUTES.find(({ path }) => path.test(pathname));
  if (!route) return { status: 404, body: { error: "not found" } };
  return { status: 405, allow: route.allow, body: { error: `method ${method} not allowed` } };
}
