import { orderCargoLock } from "./cargo-lock.js";
import { ESCAPE_HELPERS } from "./escape.js";

/** The part of a Handlebars instance (full or runtime-only) that helpers are registered on. */
interface HelperHost {
  // Handlebars passes helpers loosely typed arguments.
  registerHelper(name: string, fn: (this: any, ...args: any[]) => unknown): void;
}

/** Every helper a template may use: the per-language escapes, `eq`, `replace` and `cargoLockOrder`. */
export function registerHelpers(hbs: HelperHost): void {
  for (const [name, fn] of Object.entries(ESCAPE_HELPERS)) {
    hbs.registerHelper(name, (value: unknown) => {
      if (typeof value !== "string" && name !== "json") throw new Error(`helper ${name} needs a string, got ${typeof value}`);
      return (fn as (v: unknown) => string)(value);
    });
  }
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  // For the few values a template derives from another (compose.yaml's DATABASE_URL points at the db service).
  hbs.registerHelper("replace", (s: unknown, from: unknown, to: unknown) => {
    if (typeof s !== "string" || typeof from !== "string" || typeof to !== "string") throw new Error("helper replace needs three strings");
    return s.split(from).join(to);
  });
  // A block around a whole Cargo.lock: its package tables in cargo's order, wherever the project's own one is written.
  hbs.registerHelper("cargoLockOrder", function (this: unknown, options: { fn: (context: unknown) => string }) {
    return orderCargoLock(options.fn(this));
  });
}

/** Compile options for every template: strict (a missing variable is an error), no HTML escaping (we write code). */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
