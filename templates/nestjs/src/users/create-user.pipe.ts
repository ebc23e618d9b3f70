import { BadRequestException, Injectable, type PipeTransform } from "@nestjs/common";

export const MAX_NAME_LENGTH = 100;

export interface CreateUserDto {
  name: string;
}

/** Validates the POST /users body; answers 400 saying what is wrong. Extra fields are ignored. */
@Injectable()
export class CreateUserPipe implements PipeTransform<unknown, CreateUserDto> {
  transform(body: unknown): CreateUserDto {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new BadRequestException("body must be a JSON object");
    }
    const { name } = body as { name?: unknown };
    if (name === undefined) throw new BadRequestException("name is required");
    if (typeof name !== "string") throw new BadRequestException("name must be a string");
    if (name.trim() === "") throw new BadRequestException("name must not be empty");
    if ([...name].length > MAX_NAME_LENGTH) {
      throw new BadRequestException(`name must be at most ${MAX_NAME_LENGTH} characters`);
    }
    return { name };
  }
}
