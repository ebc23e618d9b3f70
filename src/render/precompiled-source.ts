import { brotliDecompressSync } from "node:zlib";
import Handlebars from "handlebars/runtime";
import { failed } from "../errors.js";
import { registerHelpers } from "./helpers.js";
import type { TemplateFile, TemplateSource } from "./template-types.js";

// Handlebars declares TemplateSpecification globally.
type Spec = TemplateSpecification;
type PackedFile = [rel: string, executable: boolean, body: { spec: Spec } | { raw: string }];
type At = [offset: number, length: number];
/** A piece of templates.bin and the partials its templates call. */
interface Piece {
  at: At;
  calls: string[];
}
interface Index {
  layers: Record<string, Piece>;
  partials: Record<string, Piece>;
  strings: At;
}

/**
 * The templates the package build precompiled (starter.json's one-line
 * templates included): only Handlebars' small runtime is loaded, nothing is
 * compiled from template text on a user's machine, and only the layers a run
 * renders, and the partials they call, are evaluated.
 */
export function precompiledSource(file: Buffer): TemplateSource {
  const headLength = file.readUInt32BE(0);
  const index = JSON.parse(file.subarray(4, 4 + headLength).toString("utf8")) as Index;
  const body = 4 + headLength;
  // Each piece is the source of one JS expression (precompiled templates are functions, so not JSON).
  const unpack = <T>([offset, length]: At): T =>
    new Function(`return ${brotliDecompressSync(file.subarray(body + offset, body + offset + length)).toString("utf8")}`)() as T;
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  // Partials are registered when a layer that calls them (directly or through another partial) is unpacked.
  const registered = new Set<string>();
  const registerPartials = (names: string[]): void => {
    for (const name of names) {
      const piece = index.partials[name];
      if (registered.has(name) || !piece) continue;
      registered.add(name);
      hbs.registerPartial(name, hbs.template(unpack<Spec>(piece.at)));
      registerPartials(piece.calls);
    }
  };
  const strings = unpack<Record<string, Spec>>(index.strings);
  const guard = (render: (context: object) => string, file: string) => (context: object) => {
    try {
      return render(context);
    } catch (err) {
      throw failed(`template ${file}: ${(err as Error).message}`, err);
    }
  };
  return {
    layer(dir) {
      const piece = index.layers[dir];
      if (!piece) return [];
      registerPartials(piece.calls);
      return unpack<PackedFile[]>(piece.at).map(([rel, executable, body]): TemplateFile =>
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
