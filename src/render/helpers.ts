import { orderCargoLock } from "./cargo-lock.js";
import { ESCAPE_HELPERS } from "./escape.js";
import { contract } from "./resource-context.js";

type Messages = typeof contract.messages;

/**
 * A contract message with its static placeholders filled (`{field}`, `{max}`, `{resource}`); `{id}` stays for
 * the code to fill at run time. Unknown keys and unfilled placeholders are errors, like a missing variable.
 */
export function contractMessage(key: string, values: Record<string, unknown>): string {
  const text = (contract.messages as Record<string, string>)[key];
  if (text === undefined) throw new Error(`helper message: no message "${key}" in contract.json (${Object.keys(contract.messages).join(", ")})`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === "id") return whole;
    const v = values[name];
    if (v === undefined) throw new Error(`helper message "${key}": needs ${name}=...`);
    return String(v);
  });
}
export type MessageKey = keyof Messages;

/** The part of a Handlebars instance (full or runtime-only) that helpers are registered on. */
interface HelperHost {
  // Handlebars passes helpers loosely typed arguments.
  registerHelper(name: string, fn: (this: any, ...args: any[]) => unknown): void;
}

/** Every helper a template may use: the per-language escapes, `eq`/`or`/`and`/`not`, `add`, `pad`, `message`, `replace` and `cargoLockOrder`. */
export function registerHelpers(hbs: HelperHost): void {
  for (const [name, fn] of Object.entries(ESCAPE_HELPERS)) {
    hbs.registerHelper(name, (value: unknown) => {
      if (typeof value !== "string" && name !== "json") throw new Error(`helper ${name} needs a string, got ${typeof value}`);
      return (fn as (v: unknown) => string)(value);
    });
  }
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  // Handlebars passes its options object last; these take the values before it.
  const values = (args: unknown[]) => args.slice(0, -1);
  hbs.registerHelper("or", (...args: unknown[]) => values(args).some(Boolean));
  hbs.registerHelper("and", (...args: unknown[]) => values(args).every(Boolean));
  hbs.registerHelper("not", (a: unknown) => !a);
  hbs.registerHelper("add", (a: unknown, b: unknown) => {
    if (typeof a !== "number" || typeof b !== "number") throw new Error("helper add needs two numbers");
    return a + b;
  });
  hbs.registerHelper("pad", (n: unknown, width: unknown) => {
    if (typeof n !== "number" || typeof width !== "number") throw new Error("helper pad needs a number and a width");
    return String(n).padStart(width, "0");
  });
  // {{message "required" field="name"}}: the contract's exact wording (templates/_shared/contract.json).
  hbs.registerHelper("message", (key: unknown, options: { hash: Record<string, unknown> }) => {
    if (typeof key !== "string") throw new Error("helper message needs a message key");
    return contractMessage(key, options.hash);
  });
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
