import fs from "node:fs";
import path from "node:path";
import nodePlop from "node-plop";
import { failed } from "../errors.js";
import { TEMPLATES_DIR } from "../paths.js";
import type { TemplateContext } from "./context.js";
import { createEngine, listFiles, type Engine } from "./engine.js";
import { FileTree } from "./file-tree.js";
import { DATABASE_OVERLAY, isTemplateMeta, outputPath } from "./paths.js";

export { FileTree };

/** The folders a framework's starter is built from, lowest first (templates/README.md). */
export function layerDirs(frameworkId: string, layers: string[], templatesDir = TEMPLATES_DIR, database?: string): string[] {
  return [
    path.join(templatesDir, "_shared", "base"),
    ...layers.map((l) => path.join(templatesDir, "_shared", l)),
    path.join(templatesDir, frameworkId),
    ...(database ? [path.join(templatesDir, frameworkId, DATABASE_OVERLAY, database)] : []),
  ];
}

function renderLayer(dir: string, context: TemplateContext, engine: Engine, tree: FileTree): number {
  const files = listFiles(dir).filter((rel) => !isTemplateMeta(rel));
  for (const rel of files) {
    const source = path.join(dir, rel);
    const raw = fs.readFileSync(source);
    const content = rel.endsWith(".hbs") ? Buffer.from(engine.render(raw.toString("utf8"), context, rel)) : raw;
    const out = outputPath(rel, context.name);
    tree.set(out, content);
    // Scripts such as bin/rails or manage.py stay executable.
    if (fs.statSync(source).mode & 0o111) tree.executable.add(out);
    else tree.executable.delete(out);
  }
  return files.length;
}

/**
 * Renders a starter through a node-plop generator whose actions are one
 * "render-layer" per template folder, into memory. node-plop collects action
 * failures instead of throwing; we turn the first into an error.
 */
export async function renderStarter(
  context: TemplateContext,
  layers: string[],
  templatesDir = TEMPLATES_DIR,
): Promise<FileTree> {
  const database = context.database?.id;
  const tree = new FileTree();
  const engine = createEngine(path.join(templatesDir, "_shared", "partials"));
  const plop = await nodePlop(undefined, { force: false, destBasePath: undefined });
  plop.setActionType("render-layer", (_answers, config) => {
    const n = renderLayer(String(config.dir), context, engine, tree);
    return `${n} files from ${path.relative(templatesDir, String(config.dir))}`;
  });
  plop.setGenerator("starter", {
    description: "a backend starter",
    prompts: [],
    actions: layerDirs(context.framework.id, layers, templatesDir, database)
      .filter((dir) => fs.existsSync(dir))
      .map((dir) => ({ type: "render-layer", dir, abortOnFail: true })),
  });
  const { failures } = await plop.getGenerator("starter").runActions({});
  const failure = failures.find((f) => f.error);
  if (failure) throw failed(`rendering ${context.framework.id} failed: ${failure.error}`);
  return tree.with();
}
