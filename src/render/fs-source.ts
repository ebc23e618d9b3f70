import fs from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { failed } from "../errors.js";
import { TEMPLATES_DIR } from "../paths.js";
import { COMPILE_OPTIONS, registerHelpers } from "./helpers.js";
import type { TemplateFile, TemplateSource } from "./template-types.js";

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

/** A private Handlebars instance with our helpers and the shared partials (registered by path: `{{> readme/api}}`). */
export function createHandlebars(templatesDir = TEMPLATES_DIR): typeof Handlebars {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const partialsDir = path.join(templatesDir, "_shared", "partials");
  if (fs.existsSync(partialsDir))
    for (const file of listFiles(partialsDir)) hbs.registerPartial(file.replace(/\.hbs$/, ""), fs.readFileSync(path.join(partialsDir, file), "utf8"));
  return hbs;
}

/** Compiles with our options; a template that does not compile, or misses a variable, fails naming the file. */
export function compile(hbs: typeof Handlebars, source: string, file: string): (context: object) => string {
  const template = hbs.compile(source, COMPILE_OPTIONS);
  return (context) => {
    try {
      return template(context);
    } catch (err) {
      throw failed(`template ${file}: ${(err as Error).message}`, err);
    }
  };
}

/** Templates read from a templates/ folder and compiled when used: a clone, and the tests. */
export function fsTemplateSource(templatesDir = TEMPLATES_DIR): TemplateSource {
  const hbs = createHandlebars(templatesDir);
  return {
    layer(dir) {
      const root = path.join(templatesDir, dir);
      if (!fs.existsSync(root)) return [];
      return listFiles(root).map((rel): TemplateFile => {
        const file = path.join(root, rel);
        const executable = (fs.statSync(file).mode & 0o111) !== 0;
        if (!rel.endsWith(".hbs")) return { rel, executable, raw: fs.readFileSync(file) };
        return { rel, executable, render: compile(hbs, fs.readFileSync(file, "utf8"), `${dir}/${rel}`) };
      });
    },
    renderString: (template, context) => compile(hbs, template, "starter.json")(context),
  };
}
