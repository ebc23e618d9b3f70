import { Inject, Injectable } from "@nestjs/common";
import { DATABASE } from "../database/database.module.js";
import type { Database } from "../db/client.js";
import { type Book, BookRepository } from "../db/repository.js";

export type { Book };

@Injectable()
export class BooksService {
  private readonly books: BookRepository;

  constructor(@Inject(DATABASE) database: Database) {
    this.books = new BookRepository(database.db);
  }

  findAll(): Promise<Book[]> {
    return this.books.list();
  }
}
