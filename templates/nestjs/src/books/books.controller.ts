import { All, Controller, Get, Options } from "@nestjs/common";
import { ALLOW } from "../contract.js";
import { MethodNotAllowed, methodNotAllowedBody, OptionsAllow } from "../http.js";
import { type Book, BooksService } from "./books.service.js";

@Controller("books")
export class BooksController {
  constructor(private readonly booksService: BooksService) {}

  @Get()
  findAll(): Promise<Book[]> {
    return this.booksService.findAll();
  }

  @Options()
  @OptionsAllow(ALLOW.readOnly)
  options(): void {}

  @All()
  @MethodNotAllowed(ALLOW.readOnly)
  otherMethods() {
    return methodNotAllowedBody();
  }
}
