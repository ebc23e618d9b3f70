// The published CLI's entry point (the package build bundles from here): it
// hands the catalog and the precompiled templates that ship beside it to the
// same code a clone runs from bin/, then runs it. Both are read only by the
// commands that need them.
import fs from "node:fs";
import leftovers from "virtual:leftovers";
import { bundled } from "./bundled.js";
import type { Catalog } from "./catalog/types.js";
import { main } from "./cli/main.js";
import { useTemplateSource } from "./render/template-source.js";

let catalog: Catalog | undefined;
bundled.catalog = () => (catalog ??= JSON.parse(fs.readFileSync(new URL("./catalog.json", import.meta.url), "utf8")) as Catalog);
bundled.leftovers = leftovers;
useTemplateSource(() =>
  import("./render/precompiled-source.js").then((m) => m.precompiledSource(fs.readFileSync(new URL("./templates.bin", import.meta.url)))),
);
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
