// Modules the package build (scripts/build-package.mjs) generates for the bundle.
declare module "virtual:catalog" {
  const catalog: import("./catalog/types.js").Catalog;
  export default catalog;
}
declare module "virtual:leftovers" {
  const leftovers: { names: string[] };
  export default leftovers;
}
declare module "virtual:templates" {
  /**
   * Each piece brotli-compressed, base64, holding the source of one JS expression: a layer's
   * [rel, executable, { spec } | { raw }][]; the partials' and starter.json one-liners' { name: spec }.
   */
  const packed: { layers: Record<string, string>; partials: string; strings: string };
  export default packed;
}
