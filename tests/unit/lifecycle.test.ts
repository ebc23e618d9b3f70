import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import type { Catalog } from "../../src/catalog/types.js";
import { parseArgs } from "../../src/cli/args.js";
import { addResource, removeResource } from "../../src/lifecycle/resources.js";
import { undo } from "../../src/lifecycle/undo.js";
import { update } from "../../src/lifecycle/update.js";
import { mergeThreeWay } from "../../src/merge/three-way.js";
import { regenerate } from "../../src/regenerate/regenerate.js";
import { cli, generatedProject, manifestOf, silentIo, snapshot, tmp } from "./helpers.js";

const real = loadCatalog();
/** The catalog with the node starter generating resources: the spine under test, whatever templates it has. */
const catalog: Catalog = {
  ...real,
  frameworks: real.frameworks.map((f) => (f.id === "node" && f.starter && !f.starter.resources ? { ...f, starter: { ...f.starter, resources: { migrationOffset: 2, migrationDigits: 4 } } } : f)),
};
const io = silentIo;
const generated = (framework: string) => generatedProject(framework, "cb-life-");
/** The project's own files: the state folder (backups, operation records) is not part of it. */
const project = (dir: string) => Object.fromEntries(Object.entries(snapshot(dir)).filter(([k]) => !k.startsWith(".create-any-backend/")));

describe("add resource / remove resource", () => {
  it("adds resources as answers; a second changes nothing of the first; remove keeps its migration number", async () => {
    const dir = generated("node");
    const add = (args: string[]) => addResource(parseArgs(["add", "resource", ...args, "--yes"]), io(dir), catalog);
    const dry = await addResource(parseArgs(["add", "resource", "invoices", "--field", "customer:string", "--dry-run"]), io(dir), catalog);
    expect(dry.applied).toBe(false);
    expect(manifestOf(dir).answers.resources).toBeUndefined();
    await add(["invoices", "--field", "customer:string", "--field", "total:number?"]);
    const first = manifestOf(dir).answers.resources;
    expect(first).toEqual([{ name: "invoices", fields: [{ name: "customer", type: "string" }, { name: "total", type: "number", optional: true }], migration: 1 }]);
    expect(fs.readFileSync(path.join(dir, "openapi.yaml"), "utf8")).toContain("/invoices/{id}");
    const before = project(dir);
    const r = await add(["line_items", "--field", "quantity:integer"]);
    expect(manifestOf(dir).answers.resources[0]).toEqual(first[0]);
    expect(manifestOf(dir).answers.resources[1]).toMatchObject({ name: "line_items", migration: 2 });
    // Only the registration points and the new resource's own files change.
    const changed = r.plan.filter((e) => e.action !== "same" && e.action !== "keep").map((e) => e.path);
    for (const p of changed) expect(p === "openapi.yaml" || p.includes("line") || p.includes("Line") || !(p in before)).toBe(true);
    await removeResource(parseArgs(["remove", "resource", "invoices", "--yes"]), io(dir), catalog);
    expect(manifestOf(dir).answers.resources[0]).toMatchObject({ name: "invoices", removed: true, migration: 1 });
    expect(fs.readFileSync(path.join(dir, "openapi.yaml"), "utf8")).not.toContain("/invoices/{id}");
  });

  it("bad specs are exit 2 naming them, nothing written", () => {
    const dir = generated("express");
    const before = snapshot(dir);
    const cases: [string[], RegExp][] = [
      [["add", "resource", "orders", "--field", "total:money"], /--field: type "money" is not one of string, text, integer/],
      [["add", "resource", "Orders", "--field", "a:string"], /Orders/],
      [["add", "resource", "orders", "--field", "id:integer"], /id/],
      [["add", "resource", "orders"], /--field: is required when nothing can be asked/],
      [["add", "thing", "orders"], /add: needs what to add .*allowed: resource/],
      [["remove", "resource", "orders"], /remove resource/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, dir);
      expect(r.code, `${args.join(" ")}: ${r.said}`).toBe(2);
      expect(r.said).toMatch(message);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it("a starter that does not generate resources yet says so", () => {
    const dir = generated("express");
    const fw = real.frameworks.find((f) => f.id === "express")!;
    if (fw.starter?.resources) return; // it does now: this case no longer applies to it
    const r = cli(["add", "resource", "invoices", "--field", "a:string"], dir);
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/does not generate resources yet/);
  });
});

describe("undo", () => {
  it("restores the project byte for byte after add resource, and after a switch", async () => {
    const dir = generated("node");
    fs.appendFileSync(path.join(dir, "README.md"), "\nmine\n");
    const before = project(dir);
    await addResource(parseArgs(["add", "resource", "invoices", "--field", "customer:string", "--yes"]), io(dir), catalog);
    expect(project(dir)).not.toEqual(before);
    const dry = await undo(parseArgs(["undo", "--dry-run"]), io(dir));
    expect(dry.applied).toBe(false);
    expect(dry.restore).toContain(".create-any-backend.json");
    await undo(parseArgs(["undo", "--yes"]), io(dir));
    expect(project(dir)).toEqual(before);

    await regenerate(parseArgs(["regenerate", "--framework", "fastify", "--yes"]), io(dir), catalog);
    await undo(parseArgs(["undo", "--yes"]), io(dir));
    expect(project(dir)).toEqual(before);
  });

  it("refuses, naming them, when files it wrote were changed since; nothing changes", async () => {
    const dir = generated("express");
    const r = await regenerate(parseArgs(["regenerate", "--framework", "koa", "--yes"]), io(dir), catalog);
    const edited = r.plan.find((e) => e.action === "replace" && e.path.startsWith("src/"))!.path;
    fs.appendFileSync(path.join(dir, edited), "// mine\n");
    const before = snapshot(dir);
    await expect(undo(parseArgs(["undo", "--yes"]), io(dir))).rejects.toThrow(new RegExp(`cannot undo regenerate: changed since.*${edited.replace(/[.]/g, "\\.")}`));
    expect(snapshot(dir)).toEqual(before);
  });

  it("with nothing to undo, says so (exit 2)", () => {
    const r = cli(["undo"], generated("node"));
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/has no operation to undo/);
  });
});

describe("update", () => {
  it("on a project this release made, with an edit: a no-op that says so, the edit kept", async () => {
    const dir = generated("express");
    fs.appendFileSync(path.join(dir, "README.md"), "\nmine\n");
    const before = snapshot(dir);
    const r = await update(parseArgs(["update", "--yes"]), io(dir), catalog);
    expect(r.plan.filter((e) => !["same", "keep"].includes(e.action))).toEqual([]);
    expect(project(dir)).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => !k.startsWith(".create-any-backend/"))));
  });
});

describe("the three-way merge", () => {
  const text = fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 12 }).map((l) => l.join("\n"));
  it("keeps every line the user added when the new render changed other lines; a clash shows both sides", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.constantFrom("mine 1", "mine 2"), { minLength: 1, maxLength: 2 }), async (base, added) => {
        const ours = `${added.join("\n")}\n${base}`;
        const theirs = `${base}\nnew tail`;
        const m = await mergeThreeWay(Buffer.from(ours), Buffer.from(base), Buffer.from(theirs), { ours: "yours", theirs: "new" });
        const out = m.data.toString();
        for (const a of added) expect(out).toContain(a);
        if (!m.conflicted) expect(out).toContain("new tail");
        else expect(out).toMatch(/<<<<<<< yours[\s\S]*=======[\s\S]*>>>>>>> new/);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("a clash is written with markers naming both sides, and listed", async () => {
    const m = await mergeThreeWay(Buffer.from("x\nmine\ny\n"), Buffer.from("x\nold\ny\n"), Buffer.from("x\ntheirs\ny\n"), { ours: "yours (on disk)", theirs: "create-any-backend" });
    expect(m.conflicted).toBe(true);
    expect(m.data.toString()).toBe("x\n<<<<<<< yours (on disk)\nmine\n=======\ntheirs\n>>>>>>> create-any-backend\ny\n");
  });
});

describe("schema", () => {
  const printed = () => {
    const r = cli(["schema"], tmp());
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Record<string, unknown> & { properties: Record<string, unknown> };
  };
  const validator = () => new Ajv2020({ strict: false, allErrors: true }).compile(printed());

  it("prints a JSON Schema of the answers that names every answer and the field types", () => {
    const schema = printed();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties).sort()).toEqual(["database", "framework", "git", "install", "kind", "language", "name", "packageManager", "priority", "resources"].sort());
    expect(JSON.stringify(schema.properties.resources)).toContain("datetime");
  });

  it("validates every starter's manifest answers, with resources added too, and refuses what the CLI refuses", async () => {
    const valid = validator();
    for (const id of real.frameworks.filter((f) => f.starter).map((f) => f.id)) {
      const out = tmp("cb-schema-");
      const r = cli(["app", "--framework", id, "--database", "postgres", "--priority", "mvp", "--yes", "--no-install", "--no-git"], out);
      expect(r.code, `${id}: ${r.said}`).toBe(0);
      const { answers } = manifestOf(path.join(out, "app"));
      expect(valid(answers), `${id}: ${JSON.stringify(valid.errors)}`).toBe(true);
    }
    const dir = generated("node");
    await addResource(parseArgs(["add", "resource", "invoices", "--field", "customer:string", "--field", "due:datetime?", "--yes"]), io(dir), catalog);
    await removeResource(parseArgs(["remove", "resource", "invoices", "--yes"]), io(dir), catalog);
    expect(manifestOf(dir).answers.resources).toHaveLength(1);
    expect(valid(manifestOf(dir).answers), JSON.stringify(valid.errors)).toBe(true);
    for (const bad of [{ database: "mysql" }, { priority: ["fast"] }, { name: "" }, { nope: 1 }, { resources: [{ name: "x", fields: [{ name: "a", type: "blob" }] }] }])
      expect(valid(bad), JSON.stringify(bad)).toBe(false);
  }, 120_000);
});

describe("the render depends on the answers and the release alone", () => {
  it("every starter, generated again from its manifest's answers under another PATH, time zone and user agent, is the same byte for byte", () => {
    const ids = real.frameworks.filter((f) => f.starter).map((f) => f.id);
    for (const id of ids) {
      const first = tmp("cb-same-");
      const a = cli(["app", "--framework", id, "--yes", "--no-install", "--no-git"], first, { TZ: "Pacific/Kiritimati" });
      expect(a.code, `${id}: ${a.said}`).toBe(0);
      const config = path.join(first, "answers.json");
      fs.writeFileSync(config, JSON.stringify(manifestOf(path.join(first, "app")).answers));
      const second = tmp("cb-same-");
      const b = cli(["app", "--config", config, "--yes", "--no-install", "--no-git"], second, {
        TZ: "America/Adak",
        PATH: path.dirname(process.execPath),
        npm_config_user_agent: "pnpm/9.0.0 npm/? node/v20.0.0 linux x64",
        LANG: "tr_TR.UTF-8",
      });
      expect(b.code, `${id}: ${b.said}`).toBe(0);
      expect(snapshot(path.join(second, "app")), id).toEqual(snapshot(path.join(first, "app")));
    }
  }, 120_000);
});

describe("regenerate merges what the user edited", () => {
  it("express → fastify: a README the user edited keeps their lines and gets the new framework's, with no markers", async () => {
    const dir = generated("express");
    const readme = path.join(dir, "README.md");
    // The team's own section at the end, as a team adds one.
    const lines = fs.readFileSync(readme, "utf8").split("\n");
    lines.push("## Our team's notes", "", "Our team's notes: deploy on Fridays only.", "");
    fs.writeFileSync(readme, lines.join("\n"));
    const r = await regenerate(parseArgs(["regenerate", "--framework", "fastify", "--yes"]), io(dir), catalog);
    const merged = fs.readFileSync(readme, "utf8");
    expect(merged).toContain("Our team's notes: deploy on Fridays only.");
    expect(merged).toContain("Fastify");
    expect(merged).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    expect(r.plan.find((e) => e.path === "README.md")).toMatchObject({ action: "merge", conflicted: false });
    // And undo takes it back to the user's version, byte for byte.
    await undo(parseArgs(["undo", "--yes"]), io(dir));
    expect(fs.readFileSync(readme, "utf8")).toBe(lines.join("\n"));
  });
});
