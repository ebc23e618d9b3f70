import { Injectable } from "@nestjs/common";

export interface Book {
  title: string;
  author: string;
}

@Injectable()
export class BooksService {
  private readonly books: readonly Book[] = [
    { title: "Dune", author: "Frank Herbert" },
    { title: "Neuromancer", author: "William Gibson" },
  ];

  findAll(): readonly Book[] {
    return this.books;
  }
}
