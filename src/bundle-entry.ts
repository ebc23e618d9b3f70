// The published CLI's entry point (the package build bundles from here): it
// hands the embedded catalog and precompiled templates to the same code a
// clone runs from bin/, then runs it.
import catalog from "virtual:catalog";
import leftovers from "virtual:leftovers";
import { bundled } from "./bundled.js";
import { main } from "./cli/main.js";
import { useTemplateSource } from "./render/template-source.js";

bundled.catalog = catalog;
bundled.leftovers = leftovers;
useTemplateSource(() => import("./render/precompiled-source.js").then((m) => m.precompiledSource()));
process.exitCode = await main(process.argv.slice(2));
