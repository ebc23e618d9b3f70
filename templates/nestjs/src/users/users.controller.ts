import { All, Controller, Get, Options, Param, Post, Res } from "@nestjs/common";
import { ALLOW, notFound } from "../contract.js";
import {
  JsonBody,
  MethodNotAllowed,
  methodNotAllowedBody,
  OptionsAllow,
  ParseIdPipe,
  ZodValidationPipe,
} from "../http.js";
import { newUser } from "../validation.js";
import { type User, UsersService } from "./users.service.js";

@Controller("users")
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get()
  findAll(): Promise<User[]> {
    return this.usersService.findAll();
  }

  @Post() // answers 201 Created
  async create(
    @JsonBody(new ZodValidationPipe(newUser)) dto: { name: string },
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ): Promise<User> {
    const user = await this.usersService.create(dto.name);
    res.setHeader("Location", `/users/${user.id}`);
    return user;
  }

  @Options()
  @OptionsAllow(ALLOW.collection)
  options(): void {}

  @All()
  @MethodNotAllowed(ALLOW.collection)
  otherMethods() {
    return methodNotAllowedBody();
  }

  @Get(":id")
  async findOne(@Param("id", ParseIdPipe) id: { id: number | null; text: string }): Promise<User> {
    const user = await this.usersService.findOne(id.id);
    if (!user) throw notFound("user", id.text);
    return user;
  }

  @Options(":id")
  @OptionsAllow(ALLOW.userItem)
  optionsOne(): void {}

  @All(":id")
  @MethodNotAllowed(ALLOW.userItem)
  otherMethodsOnOne() {
    return methodNotAllowedBody();
  }
}
