// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** Set by handleError when a request threw; see src/hooks.server.ts. */
      unexpectedError?: boolean;
      /** This request's X-Request-Id, set by handle. */
      requestId?: string;
    }
  }
}

export {};
