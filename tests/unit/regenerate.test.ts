import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { computePlan } from "../../src/regenerate/switch-plan.js";
import { regenerate } from "../../src/regenerate/regenerate.js";
import { parseArgs } from "../../src/cli/args.js";
import { sha256 } from "../../src/write/manifest.js";
import { undo } from "../../src/lifecycle/undo.js";
import { cli, generatedProject, manifestOf, silentIo, snapshot, tmp } from "./helpers.js";

const catalog = loadCatalog();
const io = silentIo;
const generated = (framework: string) => generatedProject(framework, "cb-regen-");
const buf = (s: string) => Buffer.from(s);

describe("the switch plan (pure)", () => {
  const old = { "a.txt": sha256("a"), "b.txt": sha256("b"), "c.txt": sha256("c"), "gone.txt": sha256("g") };
  const disk = {
    hashes: new Map([["a.txt", sha256("a")], ["b.txt", sha256("b edited")], ["c.txt", sha256("c")], ["mine.txt", sha256("m")], ["new.txt", sha256("user's")]]),
    userFiles: ["mine.txt", "new.txt"],
  };
  const next = new Map([["a.txt", buf("A")], ["b.txt", buf("B")], ["new.txt", buf("N")], ["fresh.txt", buf("F")]]);
  const plan = computePlan(old, disk, next);
  const action = (p: string) => plan.find((e) => e.path === p);

  it("replaces an unchanged generated file the new starter also has", () => expect(action("a.txt")?.action).toBe("replace"));
  it("writes beside a changed generated file the new starter needs", () => expect(action("b.txt")).toEqual({ path: "b.txt", action: "conflict", writeTo: "b.txt.new" }));
  it("removes an unchanged generated file the new starter does not have", () => expect(action("c.txt")?.action).toBe("remove"));
  it("keeps a user file the new starter does not need", () => expect(action("mine.txt")?.action).toBe("keep"));
  it("writes beside a user-added file whose path the new starter needs", () => expect(action("new.txt")?.action).toBe("conflict"));
  it("adds a free path", () => expect(action("fresh.txt")?.action).toBe("add"));
  it("leaves alone a generated file the user deleted", () => expect(action("gone.txt")).toBeUndefined());

  it("treats a link, a folder or a FIFO where the new starter needs a path as the user's: the new version goes beside it", () => {
    const linked = computePlan(
      { "a.txt": sha256("a"), "src/app.ts": sha256("app") },
      {
        hashes: new Map(),
        userFiles: ["src"],
        occupied: new Map([["a.txt", "a.txt"], ["src/app.ts", "src"], ["src/new.ts", "src"], ["go.mod", "go.mod"]]),
        present: new Set(["a.txt", "src", "go.mod", "go.mod.new"]),
      },
      new Map([["a.txt", buf("A")], ["src/app.ts", buf("S")], ["src/new.ts", buf("N")], ["go.mod", buf("G")]]),
    );
    expect(linked).toEqual([
      { path: "a.txt", action: "conflict", writeTo: "a.txt.new" },
      { path: "go.mod", action: "conflict", writeTo: "go.mod.new2" },
      { path: "src", action: "keep" },
      { path: "src/app.ts", action: "conflict", writeTo: "src.new/app.ts" },
      { path: "src/new.ts", action: "conflict", writeTo: "src.new/new.ts" },
    ]);
  });

  it("never plans to remove what it cannot see as a regular file", () => {
    const p = computePlan({ "old.txt": sha256("o") }, { hashes: new Map(), userFiles: [], occupied: new Map([["old.txt", "old.txt"]]) }, new Map());
    expect(p).toEqual([{ path: "old.txt", action: "keep" }]);
  });
});

describe("regenerate", () => {
  it("switches express → gin, keeping user work, listing leftovers, and records the new manifest", async () => {
    const dir = generated("express");
    fs.appendFileSync(path.join(dir, "README.md"), "\nour notes\n");
    fs.writeFileSync(path.join(dir, "TODO.md"), "ship it\n");
    fs.mkdirSync(path.join(dir, "node_modules"));
    const r = await regenerate(parseArgs(["regenerate", "--framework", "gin", "--yes"]), io(dir), catalog);
    expect(r.applied).toBe(true);
    // The README the user edited is merged: their lines and the new framework's, no markers, nothing beside.
    const readme = fs.readFileSync(path.join(dir, "README.md"), "utf8");
    expect(readme).toContain("our notes");
    expect(readme).toContain("Gin");
    expect(readme).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
    expect(fs.existsSync(path.join(dir, "README.md.new"))).toBe(false);
    expect(r.plan.find((e) => e.path === "README.md")).toEqual({ path: "README.md", action: "merge", conflicted: false });
    expect(fs.readFileSync(path.join(dir, "TODO.md"), "utf8")).toBe("ship it\n");
    expect(fs.existsSync(path.join(dir, "package.json"))).toBe(false);
    expect(fs.existsSync(path.join(dir, r.backupDir!.slice(dir.length + 1), "package.json"))).toBe(true);
    expect(r.leftovers).toEqual(["node_modules/"]);
    const m = manifestOf(dir);
    expect(m.framework).toBe("gin");
    expect(m.answers.framework).toBe("gin");
    for (const [file, hash] of Object.entries(m.files)) if (file !== "README.md") expect(sha256(fs.readFileSync(path.join(dir, file)))).toBe(hash);
  });

  it("switches twice and back (express → gin → fastify → express) with the same rules", async () => {
    const dir = generated("express");
    fs.writeFileSync(path.join(dir, "src", "extra.ts"), "export const mine = 1;\n");
    for (const to of ["gin", "fastify", "express"]) {
      await regenerate(parseArgs(["regenerate", "--framework", to, "--yes"]), io(dir), catalog);
      expect(manifestOf(dir).framework).toBe(to);
      expect(fs.readFileSync(path.join(dir, "src", "extra.ts"), "utf8")).toBe("export const mine = 1;\n");
    }
    expect(fs.existsSync(path.join(dir, "go.mod"))).toBe(false);
  });

  it("--dry-run writes nothing", async () => {
    const dir = generated("express");
    const before = snapshot(dir);
    const r = await regenerate(parseArgs(["regenerate", "--framework", "django", "--dry-run"]), io(dir), catalog);
    expect(r.plan.length).toBeGreaterThan(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it("a failure injected half way leaves the project byte-identical", async () => {
    const dir = generated("express");
    fs.appendFileSync(path.join(dir, "README.md"), "\nmine\n");
    fs.writeFileSync(path.join(dir, "keep.txt"), "k\n");
    const before = snapshot(dir);
    for (const at of [0, 3, 12, 20]) {
      await expect(
        regenerate(parseArgs(["regenerate", "--framework", "fastapi", "--yes"]), io(dir), catalog, {
          fault: (_s, i) => {
            if (i === at) throw new Error("injected");
          },
        }),
      ).rejects.toThrow(/switching failed and was undone/);
      expect(snapshot(dir)).toEqual(before); // no backup, no state folder, no emptied folder left behind
    }
  });

  it("a 0.1.0 manifest is read and renamed on apply (backed up first); a failure puts it back", async () => {
    const dir = generated("express");
    // 0.1.0 had no database answer.
    const { database: _, ...answers } = manifestOf(dir).answers;
    fs.writeFileSync(path.join(dir, ".create-backend.json"), JSON.stringify({ ...manifestOf(dir), answers }, null, 2));
    fs.rmSync(path.join(dir, ".create-any-backend.json"));
    const legacy = fs.readFileSync(path.join(dir, ".create-backend.json"));
    const before = snapshot(dir);
    await expect(
      regenerate(parseArgs(["regenerate", "--framework", "fastapi", "--yes"]), io(dir), catalog, {
        fault: (step) => {
          if (step === "remove .create-backend.json") throw new Error("injected");
        },
      }),
    ).rejects.toThrow(/switching failed and was undone/);
    expect(snapshot(dir)).toEqual(before);
    const r = await regenerate(parseArgs(["regenerate", "--framework", "fastapi", "--yes"]), io(dir), catalog);
    expect(fs.existsSync(path.join(dir, ".create-backend.json"))).toBe(false);
    expect(manifestOf(dir).framework).toBe("fastapi");
    expect(fs.readFileSync(path.join(r.backupDir!, ".create-backend.json"))).toEqual(legacy);
  });

  it("a missing or corrupt manifest is exit 2 and touches nothing", () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "x.txt"), "x");
    let before = snapshot(dir);
    let r = cli(["regenerate", "--framework", "gin", "--yes"], dir);
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/has no \.create-any-backend\.json/);
    expect(snapshot(dir)).toEqual(before);
    fs.writeFileSync(path.join(dir, ".create-any-backend.json"), "{oops");
    before = snapshot(dir);
    r = cli(["regenerate", "--framework", "gin", "--yes"], dir);
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/\.create-any-backend\.json: is not valid JSON/);
    fs.writeFileSync(path.join(dir, ".create-any-backend.json"), JSON.stringify({ generator: { name: "create-any-backend", version: "0.1.0" }, framework: "express" }));
    before = snapshot(dir);
    r = cli(["regenerate", "--framework", "gin", "--yes", "--json"], dir);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.field).toMatch(/\.create-any-backend\.json: answers/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("without --framework and nothing to ask, names the flag", () => {
    const dir = generated("express");
    const r = cli(["regenerate"], dir);
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/--framework: is required/);
  });
});

describe("regenerate never loses a byte (property)", () => {
  it("random edits, additions and deletions survive a switch; untouched old files go", async () => {
    const base = generated("express");
    const baseManifest = manifestOf(base);
    const generatedFiles = Object.keys(baseManifest.files).sort();
    const targets = ["gin", "fastapi", "fastify", "django"];
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(generatedFiles),
        fc.subarray(generatedFiles),
        fc.array(fc.constantFrom("notes.md", "src/extra.ts", "main.go", "app/main.py", "docs/plan.txt", "requirements.txt", "README.md.new"), { maxLength: 4 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.constantFrom(...targets),
        async (edit, del, add, text, to) => {
          const dir = path.join(tmp("cb-prop-"), "app");
          fs.cpSync(base, dir, { recursive: true });
          for (const f of edit) fs.appendFileSync(path.join(dir, f), `\n${text}`);
          for (const f of del) if (!edit.includes(f)) fs.rmSync(path.join(dir, f));
          for (const f of add) {
            fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
            fs.writeFileSync(path.join(dir, f), `user: ${text}`);
          }
          const userBytes = Object.fromEntries(
            [...edit, ...add].filter((f) => fs.existsSync(path.join(dir, f))).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString("base64")]),
          );
          const r = await regenerate(parseArgs(["regenerate", "--framework", to, "--yes", "--conflict", "beside"]), io(dir), catalog);
          for (const [f, bytes] of Object.entries(userBytes)) expect(fs.readFileSync(path.join(dir, f)).toString("base64"), f).toBe(bytes);
          const next = manifestOf(dir).files as Record<string, string>;
          for (const f of generatedFiles) {
            const untouched = !edit.includes(f) && !del.includes(f);
            if (untouched && next[f] === undefined) expect(fs.existsSync(path.join(dir, f)), `${f} should be gone`).toBe(false);
          }
          for (const e of r.plan.filter((x) => x.action === "conflict")) expect(fs.existsSync(path.join(dir, e.writeTo!))).toBe(true);
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });
});

describe("regenerate with merges never loses a line, and undo restores every byte (property)", () => {
  it("lines the user added to generated files are in the merged file (or between markers); deleted files stay deleted; undo restores the disk", async () => {
    const base = generated("express");
    const generatedFiles = Object.keys(manifestOf(base).files).filter((f) => f !== ".create-any-backend.json").sort();
    const snap = (dir: string) => Object.fromEntries(Object.entries(snapshot(dir)).filter(([k]) => !k.startsWith(".create-any-backend/")));
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(generatedFiles, { maxLength: 6 }),
        fc.subarray(generatedFiles, { maxLength: 3 }),
        fc.stringMatching(/^[a-z][a-z ]{0,30}$/),
        fc.constantFrom("gin", "fastify", "koa", "django"),
        async (edit, del, text, to) => {
          const dir = path.join(tmp("cb-merge-"), "app");
          fs.cpSync(base, dir, { recursive: true });
          const line = `user line: ${text}`;
          for (const f of edit) fs.appendFileSync(path.join(dir, f), `\n${line}\n`);
          const deleted = del.filter((f) => !edit.includes(f));
          for (const f of deleted) fs.rmSync(path.join(dir, f));
          const before = snap(dir);
          const r = await regenerate(parseArgs(["regenerate", "--framework", to, "--yes"]), io(dir), catalog);
          for (const f of edit) {
            const e = r.plan.find((x) => x.path === f)!;
            // Merged, kept, or (beside) untouched: the user's line is in the file at its own path.
            expect(fs.readFileSync(path.join(dir, f), "utf8"), `${f} (${e.action})`).toContain(line);
          }
          for (const f of deleted) expect(fs.existsSync(path.join(dir, f)), `${f} was deleted by the user`).toBe(false);
          await undo(parseArgs(["undo", "--yes"]), io(dir));
          expect(snap(dir)).toEqual(before);
        },
      ),
      { numRuns: 25, seed: 20261207 },
    );
  }, 120_000);
});

