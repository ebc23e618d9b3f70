import { Inject, Injectable } from "@nestjs/common";
import { DATABASE } from "../database/database.module.js";
import type { Database } from "../db/client.js";
import { type User, UserRepository } from "../db/repository.js";

export type { User };

/** The users, stored in the users table. */
@Injectable()
export class UsersService {
  private readonly users: UserRepository;

  constructor(@Inject(DATABASE) database: Database) {
    this.users = new UserRepository(database.db);
  }

  findAll(): Promise<User[]> {
    return this.users.list();
  }

  findOne(id: number | null): Promise<User | undefined> {
    return this.users.get(id);
  }

  create(name: string): Promise<User> {
    return this.users.add(name);
  }
}
