import type { TemplateSource } from "./template-types.js";

export type { TemplateFile, TemplateSource } from "./template-types.js";

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
