import { FLAGS } from "./flags.js";

/** Visible width: ANSI colour codes take no room. */
export const visibleWidth = (s: string) => [...s.replace(/\x1b\[[0-9;]*m/g, "")].length;

/** Words of `text` in lines of at most `width` characters, every line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && visibleWidth(line) + 1 + visibleWidth(word) > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

export function helpText(version: string, columns = 100): string {
  const width = Math.max(60, Math.min(columns, 120));
  const flagLines = FLAGS.map((f) => {
    const names = [f.short && `-${f.short}`, `--${f.name}${f.value ? ` ${f.value}` : ""}`].filter(Boolean).join(", ");
    const label = f.negatable ? `${names}, --no-${f.name}` : names;
    return `  ${label.padEnd(36)} ${wrap(f.help, width, 39)}`;
  });
  return [
    `create-any-backend ${version}: scaffold a runnable, tested backend starter, with the framework chosen for your needs.`,
    "",
    "Usage:",
    "  create-any-backend [dir] [options]              create a starter (asks what is missing on a terminal)",
    "  create-any-backend recommend [options]          rank frameworks for your needs; write nothing",
    "  create-any-backend list [--json]                the 20 frameworks, their ratings, which ones generate",
    "  create-any-backend regenerate [dir] --framework <id> | --database <id>",
    "                                              switch a generated project to another framework or database,",
    "                                              keeping your edits and your data",
    "",
    "Options:",
    ...flagLines,
    "",
    "Examples:",
    "  npm create any-backend@latest my-api          (npm: put flags after --, e.g. -- --framework gin)",
    "  pnpm create any-backend my-api   |   yarn create any-backend my-api   |   bun create any-backend my-api",
    "  npx create-any-backend recommend --priority mvp,realtime --language python",
    "  npx create-any-backend svc --framework fastify --yes --no-install",
    "  npx create-any-backend svc --config backend.json --yes --json",
    "",
    "Exit codes: 0 success, 1 failure while working (install, write), 2 bad usage or input.",
  ].join("\n");
}
