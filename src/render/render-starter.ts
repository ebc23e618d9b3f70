import type { TemplateContext } from "./context.js";
import { FileTree } from "./file-tree.js";
import { DATABASE_OVERLAY, isTemplateMeta, outputPath } from "./paths.js";
import type { TemplateSource } from "./template-source.js";

export { FileTree };

/** The folders under templates/ a starter is built from, lowest first (templates/README.md). */
export function layerDirs(frameworkId: string, layers: string[], database?: string): string[] {
  return [
    "_shared/base",
    ...layers.map((l) => `_shared/${l}`),
    frameworkId,
    ...(database ? [`${frameworkId}/${DATABASE_OVERLAY}/${database}`] : []),
  ];
}

/** Renders a starter into memory: every layer in order, later layers winning on the same output path. */
export function renderStarter(context: TemplateContext, layers: string[], source: TemplateSource): FileTree {
  const tree = new FileTree();
  for (const dir of layerDirs(context.framework.id, layers, context.database?.id)) {
    for (const file of source.layer(dir)) {
      if (isTemplateMeta(file.rel)) continue;
      const out = outputPath(file.rel, context.name);
      const content = file.render ? Buffer.from(file.render(context)) : file.raw!;
      // A template that renders to nothing is a file this starter does not get (.yarnrc.yml without Yarn 2+).
      if (file.render && content.toString("utf8").trim() === "") {
        tree.delete(out);
        continue;
      }
      tree.set(out, content);
      // Scripts such as bin/rails or manage.py stay executable.
      if (file.executable) tree.executable.add(out);
      else tree.executable.delete(out);
    }
  }
  return tree.with();
}
