import { expect } from "vitest";

/** Asserts a JSON response and returns its parsed body. */
export async function expectJson(response: Response, status: number): Promise<unknown> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return response.json();
}

export function post(path: string, body: string): Request {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

export function params<T>(value: T): { params: Promise<T> } {
  return { params: Promise.resolve(value) };
}
