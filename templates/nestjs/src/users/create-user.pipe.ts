import { BadRequestException, Injectable, type PipeTransform } from "@nestjs/common";
import { validateNewUser } from "./validation.js";

export interface CreateUserDto {
  name: string;
}

/** Validates the POST /users body; answers 400 saying what is wrong. Extra fields are ignored. */
@Injectable()
export class CreateUserPipe implements PipeTransform<unknown, CreateUserDto> {
  transform(body: unknown): CreateUserDto {
    const result = validateNewUser(body);
    if (!result.ok) throw new BadRequestException(result.error);
    return { name: result.name };
  }
}
