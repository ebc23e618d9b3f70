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
 * The precompiled templates are most of the package's size, and text that
 * compresses well: each piece ships brotli-compressed (base64), unpacked only
 * when a run renders it.
 */
function templatesModule() {
  const pack = (source) =>
    brotliCompressSync(Buffer.from(source), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).toString("base64");
  const { layers, partials, strings } = precompiledTemplates();
  const packedLayers = Object.fromEntries(Object.entries(layers).map(([dir, source]) => [dir, pack(source)]));
  return `export default ${JSON.stringify({ layers: packedLayers, partials: pack(partials), strings: pack(strings) })};`;
}

const virtual = {
  "virtual:catalog": () => `export default ${JSON.stringify(loadCatalog())};`,
  "virtual:leftovers": () => `export default ${fse.readFileSync(path.join(root, "data", "leftovers.json"), "utf8")};`,
  "virtual:templates": templatesModule,
};

await fse.emptyDir(out);
await build({
  entryPoints: { cli: path.join(root, "src/bundle-entry.ts") },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: out,
  minify: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  banner: { js: "#!/usr/bin/env node\nimport{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  define: { "process.env.CAB_BUNDLED": '"1"' },
  plugins: [
    {
      name: "virtual-modules",
      setup(b) {
        b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: "virtual" }));
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
