import { FLAGS } from "./flags.js";

export function helpText(version: string): string {
  const flagLines = FLAGS.map((f) => {
    const names = [f.short && `-${f.short}`, `--${f.name}${f.value ? ` ${f.value}` : ""}`].filter(Boolean).join(", ");
    const label = f.negatable ? `${names}, --no-${f.name}` : names;
    return `  ${label.padEnd(34)} ${f.help}`;
  });
  return [
    `create-backend ${version}: scaffold a runnable, tested backend starter, with the framework chosen for your needs.`,
    "",
    "Usage:",
    "  create-backend [dir] [options]              create a starter (asks what is missing on a terminal)",
    "  create-backend recommend [options]          rank frameworks for your needs; write nothing",
    "  create-backend list [--json]                the 20 frameworks, their ratings, which ones generate",
    "  create-backend regenerate [dir] --framework <id>",
    "                                              switch a generated project to another framework, keeping your edits",
    "",
    "Options:",
    ...flagLines,
    "",
    "Examples:",
    "  npx create-backend my-api",
    "  npx create-backend recommend --priority mvp,realtime --language python",
    "  npx create-backend svc --framework fastify --yes --no-install",
    "  npx create-backend svc --config backend.json --yes --json",
    "",
    "Exit codes: 0 success, 1 failure while working (install, write), 2 bad usage or input.",
  ].join("\n");
}
