/**
 * Where templates come from. In a clone they are read from templates/ and
 * compiled on use; the published package ships them precompiled (the build
 * registers that source at its entry point). Rendering does not know which.
 */
export interface TemplateFile {
  /** Path inside its layer folder, as in templates/ (`dot-gitignore`, `src/app.ts.hbs`). */
  rel: string;
  executable: boolean;
  /** A `.hbs` file renders; any other file is copied as it is. */
  render?: (context: object) => string;
  raw?: Buffer;
}

export interface TemplateSource {
  /** The files of one folder under templates/ (`_shared/base`, `express`, `express/_database/sqlite`); [] if none. */
  layer(dir: string): TemplateFile[];
  /** Renders a one-line template (starter.json commands and urls). */
  renderString(template: string, context: object): string;
}

let loader: (() => Promise<TemplateSource>) | undefined;
let loaded: Promise<TemplateSource> | undefined;

/** The entry point of a build may supply its own source (precompiled templates). */
export function useTemplateSource(load: () => Promise<TemplateSource>): void {
  loader = load;
  loaded = undefined;
}

export function templateSource(): Promise<TemplateSource> {
  loaded ??= loader ? loader() : import("./fs-source.js").then((m) => m.fsTemplateSource());
  return loaded;
}
