import type { TemplateContext } from "./context.js";
import { FileTree } from "./file-tree.js";
import { DATABASE_OVERLAY, isTemplateMeta, outputPath, type ResourceFolder } from "./paths.js";
import type { ResourceContext } from "./resource-context.js";
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

/** Path tokens of a per-resource file: the resource's names, and the migration step's id. */
function resourceTokens(r: ResourceContext, migration?: { id: string }): Record<string, string> {
  return {
    plural: r.plural.snake, Plural: r.plural.pascal, pluralCamel: r.plural.camel, pluralKebab: r.plural.kebab,
    singular: r.singular.snake, Singular: r.singular.pascal, singularCamel: r.singular.camel, singularKebab: r.singular.kebab,
    ...(migration && { migration: migration.id }),
  };
}

type Instance = { rel: string; context: object; tokens: Record<string, string> };

/** Where one template file renders: once, or once per resource or migration step for the per-resource folders. */
function instances(rel: string, context: TemplateContext): Instance[] {
  const [head, ...rest] = rel.split("/");
  const inner = rest.join("/");
  switch (head as ResourceFolder) {
    case "_resource":
      return context.resources.map((resource) => ({ rel: inner, context: { ...context, resource }, tokens: resourceTokens(resource) }));
    case "_migration":
    case "_drop": {
      const kind = head === "_migration" ? "create" : "drop";
      return context.migrations
        .filter((m) => m.kind === kind)
        .map((migration) => ({ rel: inner, context: { ...context, resource: migration.resource, migration }, tokens: resourceTokens(migration.resource, migration) }));
    }
    default:
      return isTemplateMeta(rel) ? [] : [{ rel, context, tokens: {} }];
  }
}

/** Renders a starter into memory: every layer in order, later layers winning on the same output path. */
export function renderStarter(context: TemplateContext, layers: string[], source: TemplateSource): FileTree {
  const tree = new FileTree();
  for (const dir of layerDirs(context.framework.id, layers, context.database?.id)) {
    for (const file of source.layer(dir)) for (const at of instances(file.rel, context)) {
      const out = outputPath(at.rel, context.name, at.tokens);
      const content = file.render ? Buffer.from(file.render(at.context)) : file.raw!;
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
