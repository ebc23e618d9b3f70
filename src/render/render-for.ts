import type { Catalog } from "../catalog/types.js";
import { resolveDatabase, type GeneratingFramework } from "../decide/resolve.js";
import type { Answers } from "../schema/options.js";
import type { Recommendation } from "../schema/requirements.js";
import { buildContext, type TemplateContext } from "./context.js";
import { createEngine } from "./engine.js";
import type { FileTree } from "./file-tree.js";
import { renderStarter } from "./plan.js";

/** Renders a framework's starter for these answers; the reasons come from its place in the recommendation. */
export async function renderFor(
  framework: GeneratingFramework,
  answers: Answers & { name: string },
  recommendation: Recommendation,
  catalog: Catalog,
  templatesDir?: string,
): Promise<{ tree: FileTree; context: TemplateContext }> {
  const ranked = recommendation.recommendations.find((r) => r.framework === framework.id);
  const commandEngine = createEngine();
  const database = resolveDatabase(framework, answers.database);
  const context = buildContext({
    name: answers.name,
    framework,
    packageManager: answers.packageManager ?? "npm",
    database,
    reasons: ranked?.reasons ?? [],
    tradeoffs: ranked?.tradeoffs ?? [],
    sources: catalog.sources,
    renderCommand: (t, ctx) => commandEngine.render(t, ctx, "starter.json commands"),
  });
  const layers = [...framework.starter.layers, ...(database ? framework.starter.databases![database]!.layers : [])];
  return { tree: await renderStarter(context, layers, templatesDir), context };
}
