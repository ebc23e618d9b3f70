import pkg from "../package.json" with { type: "json" };

export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
