import { All, Controller, Get, Req } from "@nestjs/common";
import { MethodNotAllowed, methodNotAllowedBody } from "./method-not-allowed.js";

@Controller("health")
export class HealthController {
  @Get()
  check(): { status: string } {
    return { status: "ok" };
  }

  @All()
  @MethodNotAllowed("GET")
  otherMethods(@Req() req: { method: string }) {
    return methodNotAllowedBody(req);
  }
}
