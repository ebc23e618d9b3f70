export interface User {
  id: number;
  name: string;
}

export const MAX_NAME_LENGTH = 100;

/** The users, kept in memory: each app starts with Alice. */
export class UserStore {
  #users: User[] = [{ id: 1, name: "Alice" }];
  #nextId = 2;

  list(): User[] {
    return [...this.#users];
  }

  get(id: number): User | undefined {
    return this.#users.find((user) => user.id === id);
  }

  add(name: string): User {
    const user = { id: this.#nextId++, name };
    this.#users.push(user);
    return user;
  }
}

/** The id from a path segment, or undefined unless it is a positive integer. */
export function parseId(raw: string): number | undefined {
  if (!/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 ? id : undefined;
}

/** What is wrong with a POST /users body, or undefined if it is a valid new user. */
export function newUserError(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "body must be a JSON object";
  const { name } = body as { name?: unknown };
  if (name === undefined) return "name is required";
  if (typeof name !== "string") return "name must be a string";
  if (name.trim() === "") return "name must not be empty";
  if ([...name].length > MAX_NAME_LENGTH) return `name must be at most ${MAX_NAME_LENGTH} characters`;
  return undefined;
}
