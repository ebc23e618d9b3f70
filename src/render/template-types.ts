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
