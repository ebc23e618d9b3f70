import { All, Controller, Get, HttpStatus, Inject, Logger, Options, Res } from "@nestjs/common";
import { ALLOW } from "./contract.js";
import { DATABASE } from "./database/database.module.js";
import type { Database } from "./db/client.js";
import { MethodNotAllowed, methodNotAllowedBody, OptionsAllow } from "./http.js";

@Controller("health")
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  // A Symbol token: the one injection here that needs @Inject.
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** Ok once the database answered a query; 503 while it does not. */
  @Get()
  async check(@Res({ passthrough: true }) res: { status(code: number): void }): Promise<{ status: string }> {
    try {
      await this.database.ping();
      return { status: "ok" };
    } catch (err) {
      this.logger.warn(`health check: the database did not answer: ${String(err)}`);
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: "unavailable" };
    }
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
