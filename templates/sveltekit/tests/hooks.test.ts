import type { RequestEvent } from "@sveltejs/kit";
import { describe, expect, it, vi } from "vitest";
import { handle, handleError } from "../src/hooks.server";
import { event, expectJson } from "./helpers";

describe("unexpected errors", () => {
  it("answer a JSON 500 instead of the HTML error page", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const requestEvent = event<RequestEvent>("/users");
    const response = await handle({
      event: requestEvent,
      resolve: async (e) => {
        // What SvelteKit does when an endpoint throws: call handleError, then render a page.
        await handleError({ error: new Error("boom"), event: e, status: 500, message: "Internal Error" });
        return new Response("<h1>Internal Error</h1>", {
          status: 500,
          headers: { "content-type": "text/html" },
        });
      },
    });
    expect(await expectJson(response, 500)).toEqual({ error: "internal server error" });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("leave normal responses alone", async () => {
    const response = await handle({
      event: event<RequestEvent>("/health"),
      resolve: async () => Response.json({ status: "ok" }),
    });
    expect(await expectJson(response, 200)).toEqual({ status: "ok" });
  });
});
