/**
 * In-memory user store, one per server process and shared by all route
 * handlers: restarting the server resets it.
 */

export interface User {
  id: number;
  name: string;
}

const MAX_NAME_LENGTH = 100;

let users: User[] = [];
let nextId = 1;

/** Back to the initial state (one user, Alice). Also used by tests. */
export function resetUsers(): void {
  users = [{ id: 1, name: "Alice" }];
  nextId = 2;
}

resetUsers();

export function listUsers(): User[] {
  return users;
}

export function findUser(id: number): User | undefined {
  return users.find((user) => user.id === id);
}

export function addUser(name: string): User {
  const user = { id: nextId++, name };
  users.push(user);
  return user;
}

/** Parses a path id: a positive integer written in digits, or null. */
export function parseId(raw: string): number | null {
  if (!/^[0-9]+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export type Validation = { ok: true; name: string } | { ok: false; error: string };

/** Checks a POST /users body; the name is kept exactly as sent. */
export function validateNewUser(body: unknown): Validation {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, error: "body must be a JSON object" };
  }
  if (!("name" in body)) {
    return { ok: false, error: "name is required" };
  }
  const { name } = body;
  if (typeof name !== "string") return { ok: false, error: "name must be a string" };
  if (name.trim() === "") return { ok: false, error: "name must not be empty" };
  // Count characters (code points), not UTF-16 units.
  if (Array.from(name).length > MAX_NAME_LENGTH) {
    return { ok: false, error: `name must be at most ${MAX_NAME_LENGTH} characters` };
  }
  return { ok: true, name };
}
