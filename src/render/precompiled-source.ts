import { brotliDecompressSync } from "node:zlib";
import Handlebars from "handlebars/runtime";
import packed from "virtual:templates";
import { failed } from "../errors.js";
import { registerHelpers } from "./helpers.js";
import type { TemplateFile, TemplateSource } from "./template-source.js";

// Handlebars declares TemplateSpecification globally.
type Spec = TemplateSpecification;
type PackedFile = [rel: string, executable: boolean, body: { spec: Spec } | { raw: string }];
/** One piece the package build packed: the source of one JS expression (precompiled templates are functions, so not JSON). */
const unpack = <T>(piece: string): T =>
  new Function(`return ${brotliDecompressSync(Buffer.from(piece, "base64")).toString("utf8")}`)() as T;

/**
 * The templates the package build precompiled (starter.json's one-line
 * templates included): only Handlebars' small runtime is loaded, nothing is
 * compiled from template text on a user's machine, and only the layers a run
 * renders are evaluated.
 */
export function precompiledSource(): TemplateSource {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  for (const [name, spec] of Object.entries(unpack<Record<string, Spec>>(packed.partials))) hbs.registerPartial(name, hbs.template(spec));
  const strings = unpack<Record<string, Spec>>(packed.strings);
  const guard = (render: (context: object) => string, file: string) => (context: object) => {
    try {
      return render(context);
    } catch (err) {
      throw failed(`template ${file}: ${(err as Error).message}`, err);
    }
  };
  return {
    layer(dir) {
      const piece = packed.layers[dir];
      if (!piece) return [];
      return unpack<PackedFile[]>(piece).map(([rel, executable, body]): TemplateFile =>
        "spec" in body
          ? { rel, executable, render: guard(hbs.template(body.spec), `${dir}/${rel}`) }
          : { rel, executable, raw: Buffer.from(body.raw, "utf8") },
      );
    },
    renderString(template, context) {
      const spec = strings[template];
      if (!spec) throw failed(`template ${JSON.stringify(template)} was not precompiled`);
      return guard(hbs.template(spec), "starter.json")(context);
    },
  };
}
