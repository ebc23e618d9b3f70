// Modules the package build (scripts/build-package.mjs) generates for the bundle.
declare module "virtual:leftovers" {
  const leftovers: { names: string[] };
  export default leftovers;
}
