import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileTree } from "../../src/render/file-tree.js";
import { writeTree } from "../../src/write/staging.js";
import { snapshot, tmp } from "./helpers.js";

const tree = () =>
  new FileTree([
    ["README.md", Buffer.from("# new\n")],
    ["src/app.ts", Buffer.from("export {};\n")],
    ["src/deep/x.ts", Buffer.from("x\n")],
  ]);
const boom = (at: number) => (_file: string, i: number) => {
  if (i === at) throw new Error("injected failure");
};

describe("writing a starter", () => {
  it("moves a fully written staging folder into place", async () => {
    const parent = tmp();
    const target = path.join(parent, "svc");
    await writeTree(target, tree(), { force: false });
    expect(fs.readFileSync(path.join(target, "src/deep/x.ts"), "utf8")).toBe("x\n");
    expect(fs.readdirSync(parent)).toEqual(["svc"]);
  });

  it("a failure half way leaves no target and no staging folder", async () => {
    const parent = tmp();
    await expect(writeTree(path.join(parent, "svc"), tree(), { force: false, fault: boom(1) })).rejects.toThrow(/injected failure/);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it("a failure half way into an existing empty folder leaves it empty", async () => {
    const parent = tmp();
    fs.mkdirSync(path.join(parent, "svc"));
    const before = snapshot(parent);
    await expect(writeTree(path.join(parent, "svc"), tree(), { force: false, fault: boom(2) })).rejects.toThrow(/was undone/);
    expect(snapshot(parent)).toEqual(before);
  });

  it("writes into an existing empty folder: the folder itself stays", async () => {
    const parent = tmp();
    const target = path.join(parent, "svc");
    fs.mkdirSync(target);
    const ino = fs.statSync(target).ino;
    await writeTree(target, tree(), { force: false });
    expect(fs.statSync(target).ino).toBe(ino);
    expect(fs.readdirSync(parent)).toEqual(["svc"]);
    expect(fs.readFileSync(path.join(target, "src/deep/x.ts"), "utf8")).toBe("x\n");
  });

  it("refuses a tree path that would leave the target (exit 2), writing nothing", async () => {
    const parent = tmp();
    for (const bad of ["../escape.txt", "/tmp/abs.txt", ".git/config"]) {
      const t = tree().with([[bad, Buffer.from("x")]]);
      await expect(writeTree(path.join(parent, "svc"), t, { force: false })).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(JSON.stringify(bad)) });
    }
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it("--force backs up every file it replaces and keeps the others", async () => {
    const target = tmp();
    fs.writeFileSync(path.join(target, "README.md"), "# mine\n");
    fs.writeFileSync(path.join(target, "notes.txt"), "keep me\n");
    const r = await writeTree(target, tree(), { force: true, now: new Date("2026-01-02T03:04:05Z") });
    expect(r.backedUp).toEqual(["README.md"]);
    expect(fs.readFileSync(path.join(r.backupDir!, "README.md"), "utf8")).toBe("# mine\n");
    expect(fs.readFileSync(path.join(target, "README.md"), "utf8")).toBe("# new\n");
    expect(fs.readFileSync(path.join(target, "notes.txt"), "utf8")).toBe("keep me\n");
  });

  it("--force with a failure half way restores every file as it was, and leaves no backup or folder behind", async () => {
    const target = tmp();
    fs.writeFileSync(path.join(target, "README.md"), "# mine\n");
    fs.mkdirSync(path.join(target, "src"));
    fs.writeFileSync(path.join(target, "src", "app.ts"), "mine too\n");
    const before = snapshot(target);
    for (const at of [0, 1, 2, 3]) {
      await expect(writeTree(target, tree(), { force: true, fault: boom(at) })).rejects.toThrow(/failed and was undone; the folder is as it was: injected failure/);
      expect(snapshot(target)).toEqual(before);
    }
  });

  it("--force skips a file that already holds the new bytes: no backup needed", async () => {
    const target = tmp();
    fs.writeFileSync(path.join(target, "README.md"), "# new\n");
    const r = await writeTree(target, tree(), { force: true });
    expect(r.backedUp).toEqual([]);
    expect(r.backupDir).toBeUndefined();
    // Only the record of what was done (for undo); no backup folder.
    expect(fs.existsSync(path.join(target, ".create-any-backend", "backup"))).toBe(false);
    expect(fs.readdirSync(path.join(target, ".create-any-backend", "operations"))).toHaveLength(1);
  });
});
