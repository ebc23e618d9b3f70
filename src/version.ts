import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("../package.json") as { name: string; version: string };
export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
