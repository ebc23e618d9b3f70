import type { Catalog } from "../catalog/types.js";
import { resolveDatabase, type GeneratingFramework } from "../decide/resolve.js";
import type { Answers } from "../schema/options.js";
import type { Recommendation } from "../schema/requirements.js";
import { buildContext, type TemplateContext } from "./context.js";
import type { FileTree } from "./file-tree.js";
import { renderStarter } from "./render-starter.js";
import { templateSource, type TemplateSource } from "./template-source.js";

/** Renders a framework's starter for these answers; the reasons come from its place in the recommendation. */
export async function renderFor(
  framework: GeneratingFramework,
  answers: Answers & { name: string },
  recommendation: Recommendation,
  catalog: Catalog,
  source?: TemplateSource,
): Promise<{ tree: FileTree; context: TemplateContext }> {
  const templates = source ?? (await templateSource());
  const ranked = recommendation.recommendations.find((r) => r.framework === framework.id);
  const database = resolveDatabase(framework, answers.database);
  const context = buildContext({
    name: answers.name,
    framework,
    packageManager: answers.packageManager ?? "npm",
    database,
    reasons: ranked?.reasons ?? [],
    tradeoffs: ranked?.tradeoffs ?? [],
    sources: catalog.sources,
    renderCommand: (t, ctx) => templates.renderString(t, ctx),
  });
  const layers = [...framework.starter.layers, ...(database ? framework.starter.databases![database]!.layers : [])];
  return { tree: renderStarter(context, layers, templates), context };
}
