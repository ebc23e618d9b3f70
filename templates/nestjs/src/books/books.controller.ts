import { Controller, Get } from "@nestjs/common";
import { BooksService, type Book } from "./books.service.js";

@Controller("books")
export class BooksController {
  constructor(private readonly booksService: BooksService) {}

  @Get()
  findAll(): readonly Book[] {
    return this.booksService.findAll();
  }
}
