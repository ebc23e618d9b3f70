import { CreateBackendError } from "../errors.js";
import type { Io } from "../io.js";
import type { Options } from "../schema/options.js";

export async function regenerate(_options: Options, _io: Io): Promise<unknown> {
  throw new CreateBackendError("failed", "regenerate is not implemented yet");
}
