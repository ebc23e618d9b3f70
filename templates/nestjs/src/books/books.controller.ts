import { All, Controller, Get, Inject, Req } from "@nestjs/common";
import { MethodNotAllowed, methodNotAllowedBody } from "../method-not-allowed.js";
import { type Book, BooksService } from "./books.service.js";

@Controller("books")
export class BooksController {
  constructor(@Inject(BooksService) private readonly booksService: BooksService) {}

  @Get()
  findAll(): Promise<Book[]> {
    return this.booksService.findAll();
  }

  @All()
  @MethodNotAllowed("GET")
  otherMethods(@Req() req: { method: string }) {
    return methodNotAllowedBody(req);
  }
}
