import { Injectable } from "@nestjs/common";

export interface User {
  id: number;
  name: string;
}

/** The users, kept in memory: each app starts with Alice. */
@Injectable()
export class UsersService {
  private readonly users: User[] = [{ id: 1, name: "Alice" }];
  private nextId = 2;

  findAll(): User[] {
    return [...this.users];
  }

  findOne(id: number): User | undefined {
    return this.users.find((user) => user.id === id);
  }

  create(name: string): User {
    const user = { id: this.nextId++, name };
    this.users.push(user);
    return user;
  }
}
