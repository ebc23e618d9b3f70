import { BadRequestException, Injectable, type PipeTransform } from "@nestjs/common";

/** Turns the :id path segment into a number, or answers 400 unless it is a positive integer. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^\d+$/.test(value) ? Number(value) : 0;
    if (id <= 0) throw new BadRequestException("id must be a positive integer");
    return id;
  }
}
