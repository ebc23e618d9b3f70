import { Body, Controller, Get, NotFoundException, Param, Post } from "@nestjs/common";
import { CreateUserPipe, type CreateUserDto } from "./create-user.pipe.js";
import { ParseIdPipe } from "./parse-id.pipe.js";
import { UsersService, type User } from "./users.service.js";

@Controller("users")
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get()
  findAll(): User[] {
    return this.usersService.findAll();
  }

  @Get(":id")
  findOne(@Param("id", ParseIdPipe) id: number): User {
    const user = this.usersService.findOne(id);
    if (!user) throw new NotFoundException(`user ${id} not found`);
    return user;
  }

  @Post() // answers 201 Created
  create(@Body(CreateUserPipe) dto: CreateUserDto): User {
    return this.usersService.create(dto.name);
  }
}
