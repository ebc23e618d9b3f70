// Builds what npm publishes, into build/: the CLI bundled into one file (and
// prompts and execa into one each, loaded on first use) with no runtime
// dependencies, the templates precompiled, the catalog validated once here
// instead of on every run. Runs after `tsc` (it loads the catalog
// through dist/). `npm pack` runs it (prepack).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { build, transformSync } from "esbuild";
import fse from "fs-extra";
import Handlebars from "handlebars";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "build");
const templatesDir = path.join(root, "templates");
const { loadCatalog } = await import(path.join(root, "dist/catalog/load.js"));
const { listFiles } = await import(path.join(root, "dist/render/fs-source.js"));
const { COMPILE_OPTIONS } = await import(path.join(root, "dist/render/helpers.js"));

const dirsIn = (rel) =>
  fse.existsSync(path.join(templatesDir, rel))
    ? fse.readdirSync(path.join(templatesDir, rel), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
    : [];

/** The layer folders a starter can be built from (templates/README.md): shared layers, frameworks, their database overlays. */
function layerFolders() {
  const frameworks = dirsIn("").filter((d) => !d.startsWith("_"));
  return [
    ...dirsIn("_shared").filter((d) => d !== "partials").map((d) => `_shared/${d}`),
    ...frameworks,
    ...frameworks.flatMap((f) => dirsIn(`${f}/_database`).map((db) => `${f}/_database/${db}`)),
  ];
}

/** The partials a template calls by name (`{{> node/server}}`, `{{#> x}}`); a computed partial name cannot be known here, so it fails the build. */
function partialsCalled(text, where) {
  const names = new Set();
  const visit = (node) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node.type === "PartialStatement" || node.type === "PartialBlockStatement") {
      if (node.name.type === "PathExpression" && node.name.original.startsWith("@")) return; // {{> @partial-block}}: the caller's block
      if (node.name.type !== "PathExpression") throw new Error(`${where}: a partial's name must be written out, for the package build to know what it needs`);
      names.add(node.name.original);
    }
    for (const [key, value] of Object.entries(node)) if (key !== "loc") visit(value);
  };
  visit(Handlebars.parse(text));
  return names;
}

/** One template file as JS source (`.hbs` precompiled, any other file as its text), and the partials it calls. */
function fileEntry(dir, rel) {
  const abs = path.join(templatesDir, dir, rel);
  const executable = (fse.statSync(abs).mode & 0o111) !== 0;
  const text = fse.readFileSync(abs, "utf8");
  if (!Buffer.from(text, "utf8").equals(fse.readFileSync(abs))) throw new Error(`templates/${dir}/${rel} is not UTF-8 text`);
  if (!rel.endsWith(".hbs")) return { source: `[${JSON.stringify(rel)},${executable},{raw:${JSON.stringify(text)}}]`, partials: new Set() };
  const spec = Handlebars.precompile(text, COMPILE_OPTIONS);
  return { source: `[${JSON.stringify(rel)},${executable},{spec:${spec}}]`, partials: partialsCalled(text, `templates/${dir}/${rel}`) };
}

/**
 * Every layer, every partial and every starter.json one-liner, precompiled,
 * each as the source of one JS expression, kept apart so that a run compiles
 * only the layers it renders and the partials those call; with each layer and
 * partial, the names of the partials it calls.
 */
function precompiledTemplates() {
  const partialsDir = path.join(templatesDir, "_shared", "partials");
  const partials = Object.fromEntries(
    listFiles(partialsDir).map((rel) => {
      const text = fse.readFileSync(path.join(partialsDir, rel), "utf8");
      const calls = [...partialsCalled(text, `templates/_shared/partials/${rel}`)];
      return [rel.replace(/\.hbs$/, ""), { source: Handlebars.precompile(text, COMPILE_OPTIONS), calls }];
    }),
  );
  const layers = Object.fromEntries(
    layerFolders().map((dir) => {
      // A framework's _database/ overlays are layers of their own; starter.json is catalog data.
      const files = listFiles(path.join(templatesDir, dir))
        .filter((rel) => !rel.startsWith("_database/") && rel !== "starter.json")
        .map((rel) => fileEntry(dir, rel));
      const calls = [...new Set(files.flatMap((f) => [...f.partials]))].sort();
      return [dir, { source: `[${files.map((f) => f.source).join(",")}]`, calls }];
    }),
  );
  for (const [where, { calls }] of [...Object.entries(layers), ...Object.entries(partials)])
    for (const name of calls) if (!partials[name]) throw new Error(`${where} calls the partial ${name}, which templates/_shared/partials/ does not have`);
  const oneLiners = new Set(
    loadCatalog().frameworks.flatMap((f) =>
      f.starter ? [...Object.values(f.starter.commands), ...Object.values(f.starter.databases ?? {}).map((d) => d.url)] : [],
    ),
  );
  for (const t of oneLiners) if (partialsCalled(t, "starter.json").size > 0) throw new Error(`starter.json: "${t}" calls a partial; one-liners cannot`);
  const strings = [...oneLiners].map((t) => `${JSON.stringify(t)}:${Handlebars.precompile(t, COMPILE_OPTIONS)}`);
  return { layers, partials, strings: `{${strings.join(",")}}` };
}

/**
 * build/templates.bin: the precompiled templates are most of the package's
 * size, and text that compresses well. Each piece (a layer, a partial, the
 * one-liners) is brotli-compressed on its own, so a run unpacks only what it
 * renders, and the file is read as bytes, never parsed as one big script.
 * Layout: a 4-byte big-endian length, that many bytes of JSON index
 * ({ layers: { dir: { at: [offset, length], calls: [partial, ...] } },
 * partials: { name: { at, calls } }, strings: [offset, length] }, offsets
 * counted from the end of the index), then the pieces.
 */
function templatesFile() {
  // Minified before it is packed: every run compiles the pieces it renders, and shorter code compiles faster
  // (the express layers: 68 kB to 47 kB of JS, about half the time in new Function).
  const minified = (source) =>
    process.env.CAB_MINIFY === "0" ? source : transformSync(`export default (${source})`, { minify: true, loader: "js" }).code.replace(/^export default\s*/, "").replace(/;\s*$/, "");
  const pack = (source) => brotliCompressSync(Buffer.from(minified(source)), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_LGWIN]: 16 } });
  const { layers, partials, strings } = precompiledTemplates();
  const pieces = [];
  let offset = 0;
  const add = (source) => {
    const buf = pack(source);
    pieces.push(buf);
    const at = [offset, buf.length];
    offset += buf.length;
    return at;
  };
  const entries = (map) => Object.fromEntries(Object.entries(map).map(([key, { source, calls }]) => [key, { at: add(source), calls }]));
  const index = { layers: entries(layers), partials: entries(partials), strings: add(strings) };
  const head = Buffer.from(JSON.stringify(index));
  const size = Buffer.alloc(4);
  size.writeUInt32BE(head.length);
  return Buffer.concat([size, head, ...pieces]);
}

// Modules only a clone runs, each with what its importer takes from it, stubbed in the package: the templates
// compiled from files (with Handlebars' compiler) and the catalog reader. The package ships its templates
// precompiled and its catalog validated.
const CLONE_ONLY = { "render/fs-source.js": "fsTemplateSource", "catalog/read.js": "readCatalog" };

const virtual = {
  ...Object.fromEntries(
    Object.entries(CLONE_ONLY).map(([file, name]) => [
      `clone-only:${file}`,
      () => `export function ${name}() { throw new Error("src/${file} is not in the package: it ships its templates precompiled and its catalog validated"); }`,
    ]),
  ),
  "virtual:leftovers": () => `export default ${fse.readFileSync(path.join(root, "data", "leftovers.json"), "utf8")};`,
};

await fse.emptyDir(out);
await fse.writeFile(path.join(out, "templates.bin"), templatesFile());
await fse.writeJson(path.join(out, "catalog.json"), loadCatalog());
const common = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: process.env.CAB_MINIFY !== "0",
  legalComments: "linked",
  write: false,
  logLevel: "warning",
};
// Libraries only some runs need, each bundled into a file of its own that the CLI imports on first use:
// prompts (a terminal's questions), execa (install, git) and zod's JSON Schema writer (the schema command).
/** A chunk's file name: the package path with its slashes as dashes. */
const chunkName = (name) => name.replaceAll("/", "-");
const LAZY_LIBRARIES = {
  prompts: `export { default } from "prompts";`,
  execa: `export * from "execa";`,
  "zod/v4/core": `export { toJSONSchema } from "zod/v4/core";`,
};
// All of the CLI's own code, zod and Handlebars' runtime are one CommonJS file: Node starts a CommonJS entry
// without its ES module loader, and every module file costs a run a read, a compile and a link, more than
// parsing code a command does not run (measured: docs/ARCHITECTURE.md, "The published package").
const cli = await build({
  ...common,
  entryPoints: { cli: path.join(root, "src/bundle-entry.ts") },
  outdir: out,
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  define: { "process.env.CAB_BUNDLED": '"1"', "import.meta.url": "__importMetaUrl" },
  // "use strict" first, or the banner would push esbuild's own directive down to a plain string.
  banner: { js: `"use strict";\nconst __importMetaUrl = require("node:url").pathToFileURL(__filename).href;` },
  plugins: [
    {
      name: "virtual-modules",
      setup(b) {
        b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: "virtual" }));
        b.onResolve({ filter: /\.js$/ }, (args) => {
          const file = path.relative(path.join(root, "src"), path.resolve(args.resolveDir, args.path)).split(path.sep).join("/");
          return file in CLONE_ONLY ? { path: `clone-only:${file}`, namespace: "virtual" } : undefined;
        });
        b.onLoad({ filter: /.*/, namespace: "virtual" }, (args) => ({ contents: virtual[args.path](), loader: "js" }));
        b.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY_LIBRARIES).join("|")})$`) }, (args) =>
          // Only a dynamic import() goes to the chunk: zod/mini's own static imports of its core stay in the CLI.
          args.kind === "dynamic-import" || args.path !== "zod/v4/core" ? { path: `./chunks/${chunkName(args.path)}.js`, external: true } : undefined,
        );
      },
    },
  ],
});
const libraries = await Promise.all(
  Object.entries(LAZY_LIBRARIES).map(([name, contents]) =>
    build({ ...common, stdin: { contents, resolveDir: root, loader: "js" }, outfile: path.join(out, "chunks", `${chunkName(name)}.js`) }),
  ),
);
// Bundled CommonJS inside an ES module file (prompts, execa's helpers) calls require() for Node's own modules
// through esbuild's shim; only a file that defines that shim gets a require.
for (const file of [cli, ...libraries].flatMap((r) => r.outputFiles)) {
  const head = [
    ...(file.path === path.join(out, "cli.cjs") ? ["#!/usr/bin/env node"] : []),
    ...(file.path.endsWith(".js") && file.text.includes("typeof require") ? ["import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);"] : []),
  ];
  await fse.outputFile(file.path, head.length > 0 ? `${head.join("\n")}\n${file.text}` : file.contents);
}
await fse.chmod(path.join(out, "cli.cjs"), 0o755);
const files = (await fse.readdir(out, { recursive: true })).filter((f) => fse.statSync(path.join(out, f)).isFile());
const bytes = files.reduce((n, f) => n + fse.statSync(path.join(out, f)).size, 0);
console.log(`build/: ${files.length} files, ${(bytes / 1024).toFixed(0)} kB`);
