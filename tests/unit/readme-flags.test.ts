import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { FLAGS, flagTable } from "../../src/cli/flags.js";
import { helpText } from "../../src/cli/help.js";
import { DATABASE_IDS, KINDS, PRIORITY_IDS } from "../../src/schema/ids.js";
import { Answers, Options } from "../../src/schema/options.js";
import { REPO } from "./helpers.js";

describe("flags come from the schema", () => {
  it("the README's flag table is the one the schema gives (npm run readme:flags writes it)", () => {
    const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
    const start = readme.indexOf("| flag | meaning |");
    expect(readme.slice(start, readme.indexOf("\n\n", start))).toBe(flagTable());
  });

  it("every flag sets a field of Options or Answers, and takes its type and allowed values from it", () => {
    const byName = Object.fromEntries(FLAGS.map((f) => [f.name, f]));
    expect(byName.kind).toMatchObject({ type: "string", value: KINDS.join("|"), path: ["answers", "kind"] });
    expect(byName.database).toMatchObject({ type: "string", value: DATABASE_IDS.join("|") });
    expect(byName.priority).toMatchObject({ type: "list", allowed: PRIORITY_IDS });
    expect(byName.install).toMatchObject({ type: "boolean", negatable: true });
    expect(byName["dry-run"]).toMatchObject({ type: "boolean", path: ["dryRun"] });
    expect(byName.field).toMatchObject({ type: "list", path: ["resource", "fields"] });
    for (const f of FLAGS) {
      const [head, sub] = f.path;
      const shape = (head === "answers" ? Answers.shape : head === "resource" ? null : Options.shape) as Record<string, unknown> | null;
      if (shape) expect(shape, f.name).toHaveProperty(head === "answers" ? sub! : head!);
    }
    // Every answer but the resources (written by `add resource`) is a flag.
    expect(FLAGS.filter((f) => f.path[0] === "answers").map((f) => f.path[1]).sort()).toEqual(Object.keys(Answers.shape).filter((k) => k !== "resources").sort());
  });

  it("the parser puts each flag's value where its field is, and --help lists each flag of the command", () => {
    const o = parseArgs(["app", "--package-manager", "pnpm", "--no-git", "--priority", "mvp,api", "--dry-run", "--conflict", "beside"]);
    expect(o).toMatchObject({ dir: "app", answers: { packageManager: "pnpm", git: false, priority: ["mvp", "api"] }, dryRun: true, conflict: "beside", yes: false });
    const add = parseArgs(["add", "resource", "orders", "--field", "total:number", "--singular", "order"]);
    expect(add.resource).toEqual({ name: "orders", fields: ["total:number"], singular: "order", dropTable: false });
    const options = (command: "create" | "remove") => {
      const help = helpText("9.9.9", 200, command);
      return help.slice(help.indexOf("Options:"), help.indexOf("Examples:"));
    };
    for (const f of FLAGS.filter((f) => !f.for || f.for.includes("create"))) expect(options("create"), f.name).toContain(`--${f.name}`);
    expect(options("create")).not.toContain("--drop-table");
    expect(options("remove")).toContain("--drop-table");
  });
});
