import { expect } from "vitest";

/** Asserts a JSON response and returns its parsed body. */
export async function expectJson(response: Response, status: number): Promise<unknown> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return response.json();
}

/**
 * The part of SvelteKit's RequestEvent these endpoints read. Cast to whatever
 * event type the handler expects (each route has its own in ./$types).
 */
export function event<T>(path: string, init: RequestInit = {}, params: Record<string, string> = {}): T {
  const url = new URL(path, "http://localhost");
  const request = new Request(url, init);
  return { request, url, params, locals: {} } as unknown as T;
}

export function postJson<T>(path: string, body: string): T {
  return event<T>(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}
