import { All, Body, Controller, Get, Inject, NotFoundException, Param, Post, Req } from "@nestjs/common";
import { MethodNotAllowed, methodNotAllowedBody } from "../method-not-allowed.js";
import { type CreateUserDto, CreateUserPipe } from "./create-user.pipe.js";
import { ParseIdPipe } from "./parse-id.pipe.js";
import { type User, UsersService } from "./users.service.js";

@Controller("users")
export class UsersController {
  constructor(@Inject(UsersService) private readonly usersService: UsersService) {}

  @Get()
  findAll(): Promise<User[]> {
    return this.usersService.findAll();
  }

  @Post() // answers 201 Created
  create(@Body(CreateUserPipe) dto: CreateUserDto): Promise<User> {
    return this.usersService.create(dto.name);
  }

  @All()
  @MethodNotAllowed("GET, POST")
  otherMethods(@Req() req: { method: string }) {
    return methodNotAllowedBody(req);
  }

  @Get(":id")
  async findOne(@Param("id", ParseIdPipe) id: number | null, @Param("id") raw: string): Promise<User> {
    const user = id === null ? undefined : await this.usersService.findOne(id);
    if (!user) throw new NotFoundException(`user ${raw} not found`);
    return user;
  }

  @All(":id")
  @MethodNotAllowed("GET")
  otherMethodsOnOne(@Req() req: { method: string }) {
    return methodNotAllowedBody(req);
  }
}
