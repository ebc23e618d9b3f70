// Builds what npm publishes, into build/: the CLI bundled into a few files with
// no runtime dependencies, the templates precompiled, the catalog validated
// once here instead of on every run. Runs after `tsc` (it loads the catalog
// through dist/). `npm pack` runs it (prepack).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { build } from "esbuild";
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

/** One template file as JS source: `.hbs` precompiled, any other file as its text. */
function fileEntry(dir, rel) {
  const abs = path.join(templatesDir, dir, rel);
  const executable = (fse.statSync(abs).mode & 0o111) !== 0;
  const text = fse.readFileSync(abs, "utf8");
  if (!Buffer.from(text, "utf8").equals(fse.readFileSync(abs))) throw new Error(`templates/${dir}/${rel} is not UTF-8 text`);
  const body = rel.endsWith(".hbs") ? `{spec:${Handlebars.precompile(text, COMPILE_OPTIONS)}}` : `{raw:${JSON.stringify(text)}}`;
  return `[${JSON.stringify(rel)},${executable},${body}]`;
}

/**
 * Every layer, every partial and every starter.json one-liner, precompiled,
 * each as the source of one JS expression, kept apart so that a run compiles
 * only the layers it renders.
 */
function precompiledTemplates() {
  const layers = Object.fromEntries(
    layerFolders().map((dir) => {
      // A framework's _database/ overlays are layers of their own; starter.json is catalog data.
      const files = listFiles(path.join(templatesDir, dir)).filter((rel) => !rel.startsWith("_database/") && rel !== "starter.json");
      return [dir, `[${files.map((rel) => fileEntry(dir, rel)).join(",")}]`];
    }),
  );
  const partialsDir = path.join(templatesDir, "_shared", "partials");
  const partials = listFiles(partialsDir).map(
    (rel) => `${JSON.stringify(rel.replace(/\.hbs$/, ""))}:${Handlebars.precompile(fse.readFileSync(path.join(partialsDir, rel), "utf8"), COMPILE_OPTIONS)}`,
  );
  const oneLiners = new Set(
    loadCatalog().frameworks.flatMap((f) =>
      f.starter ? [...Object.values(f.starter.commands), ...Object.values(f.starter.databases ?? {}).map((d) => d.url)] : [],
    ),
  );
  const strings = [...oneLiners].map((t) => `${JSON.stringify(t)}:${Handlebars.precompile(t, COMPILE_OPTIONS)}`);
  return { layers, partials: `{${partials.join(",")}}`, strings: `{${strings.join(",")}}` };
}

/**
 * build/templates.bin: the precompiled templates are most of the package's
 * size, and text that compresses well. Each piece (a layer, the partials, the
 * one-liners) is brotli-compressed on its own, so a run unpacks only what it
 * renders, and the file is read as bytes, never parsed as one big script.
 * Layout: a 4-byte big-endian length, that many bytes of JSON index
 * ({ layers: { dir: [offset, length] }, partials: [...], strings: [...] },
 * offsets counted from the end of the index), then the pieces.
 */
function templatesFile() {
  const pack = (source) => brotliCompressSync(Buffer.from(source), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_LGWIN]: 16 } });
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
  const index = { layers: Object.fromEntries(Object.entries(layers).map(([dir, source]) => [dir, add(source)])), partials: add(partials), strings: add(strings) };
  const head = Buffer.from(JSON.stringify(index));
  const size = Buffer.alloc(4);
  size.writeUInt32BE(head.length);
  return Buffer.concat([size, head, ...pieces]);
}

const virtual = {
  "virtual:leftovers": () => `export default ${fse.readFileSync(path.join(root, "data", "leftovers.json"), "utf8")};`,
};

await fse.emptyDir(out);
await fse.writeFile(path.join(out, "templates.bin"), templatesFile());
await fse.writeJson(path.join(out, "catalog.json"), loadCatalog());
await build({
  entryPoints: { cli: path.join(root, "src/bundle-entry.ts") },
  bundle: true,
  // The CLI's own code is one file; only prompts, execa and the precompiled templates are chunks, loaded by the runs that use them.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: out,
  minify: process.env.CAB_MINIFY !== "0",
  legalComments: "linked",
  banner: { js: "#!/usr/bin/env node\nimport{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  define: { "process.env.CAB_BUNDLED": '"1"' },
  plugins: [
    {
      name: "virtual-modules",
      setup(b) {
        b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: "virtual" }));
        // Templates from files (and Handlebars' compiler) are for a clone; the package uses its precompiled ones.
        b.onResolve({ filter: /\/fs-source\.js$/ }, () => ({ path: "./fs-source-is-not-in-the-package.js", external: true }));
        b.onLoad({ filter: /.*/, namespace: "virtual" }, (args) => ({ contents: virtual[args.path](), loader: "js" }));
      },
    },
  ],
  logLevel: "warning",
});
await fse.chmod(path.join(out, "cli.js"), 0o755);
const files = (await fse.readdir(out, { recursive: true })).filter((f) => fse.statSync(path.join(out, f)).isFile());
const bytes = files.reduce((n, f) => n + fse.statSync(path.join(out, f)).size, 0);
console.log(`build/: ${files.length} files, ${(bytes / 1024).toFixed(0)} kB`);
