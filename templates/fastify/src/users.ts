export interface User {
  id: number;
  name: string;
}

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
