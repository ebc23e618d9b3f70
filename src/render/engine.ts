import fs from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { failed } from "../errors.js";
import { ESCAPE_HELPERS } from "./escape.js";

export type Engine = ReturnType<typeof createEngine>;

/**
 * A private Handlebars instance: strict (a missing variable is an error, never an
 * empty string), no HTML escaping (we write code, not HTML: the per-language
 * helpers do the escaping), with the shared partials registered by path.
 */
export function createEngine(partialsDir?: string) {
  const hbs = Handlebars.create();
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
  if (partialsDir && fs.existsSync(partialsDir)) {
    for (const file of listFiles(partialsDir)) {
      const name = file.replace(/\.hbs$/, "");
      hbs.registerPartial(name, fs.readFileSync(path.join(partialsDir, file), "utf8"));
    }
  }
  return {
    render(source: string, context: object, file: string): string {
      try {
        return hbs.compile(source, { strict: true, noEscape: true })(context);
      } catch (err) {
        throw failed(`template ${file}: ${(err as Error).message}`, err);
      }
    },
  };
}

/** Every file under dir, as sorted forward-slash relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk("");
  return out.sort();
}
