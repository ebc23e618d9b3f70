import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FLAGS } from "../../src/cli/flags.js";
import { REPO } from "./helpers.js";

/** The README's flag table and the flags the parser knows are the same list. */
describe("README flag table", () => {
  const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("| flag | meaning |"));
  const rows = table.slice(0, table.indexOf("\n\n")).split("\n").slice(2);
  const documented = new Set(rows.flatMap((row) => [...row.split("|")[1]!.matchAll(/`(--?[a-z-]+)/g)].map((m) => m[1]!)));

  it("documents every flag, its short form and its --no- form", () => {
    const known = FLAGS.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : []), ...(f.negatable ? [`--no-${f.name}`] : [])]);
    expect([...documented].sort()).toEqual([...new Set(known)].sort());
  });
});
