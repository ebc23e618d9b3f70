import { BadRequestException, Injectable, type PipeTransform } from "@nestjs/common";
import { parseId } from "./validation.js";

/**
 * Turns the :id path segment into a number, or answers 400 unless it is a
 * positive integer; null for one too large to be any row's id.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number | null> {
  transform(value: string): number | null {
    const id = parseId(value);
    if (id === undefined) throw new BadRequestException("id must be a positive integer");
    return id;
  }
}
