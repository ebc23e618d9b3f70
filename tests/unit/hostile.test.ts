import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { parseArgs } from "../../src/cli/args.js";
import { CreateBackendError } from "../../src/errors.js";
import { regenerate } from "../../src/regenerate/regenerate.js";
import { FileTree } from "../../src/render/file-tree.js";
import { writeTree } from "../../src/write/staging.js";
import { chattr, immutableWorks, lsnapshot, MANIFEST, mkfifo, outsideOf, project, readManifestJson, sha256, tamper } from "./fs-fixtures.js";
import { cli, silentIo, tmp } from "./helpers.js";

/**
 * Issue 9, tried as a hostile or unlucky user would: nothing outside the
 * project is ever touched, no user byte is lost, and every failure is an exit
 * code and a message, never a crash, a hang or a stack trace.
 */

const catalog = loadCatalog();
const io = silentIo;
const regen = (dir: string, ...args: string[]) => cli(["regenerate", ...args], dir);
/** Both the world beside the project and the project itself, without following links. */
const world = (dir: string) => ({ outside: lsnapshot(outsideOf(dir)), project: lsnapshot(dir) });
/** Paths the switch to `to` adds (the old starter has none of them): a root file (go.mod first), and a file under a new folder. */
async function newPaths(dir: string, to: string) {
  const r = await regenerate(parseArgs(["regenerate", "--framework", to, "--dry-run"]), io(dir), catalog);
  const adds = r.plan.filter((e) => e.action === "add").map((e) => e.path);
  const file = adds.includes("go.mod") ? "go.mod" : adds.find((p) => !p.includes("/"))!;
  const under = adds.find((p) => p.includes("/") && !fs.existsSync(path.join(dir, p.split("/")[0]!)))!;
  expect(file && under, `${to} adds a root file and a new folder`).toBeTruthy();
  return { file, under, folder: under.split("/")[0]! };
}
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)|unexpected error/);

describe("a tampered manifest is refused before anything is read or written (exit 2)", () => {
  const hostile: [string, (dir: string) => string, RegExp][] = [
    ["a ../ key whose hash matches a file outside", () => "../../../../../../../../../..TMP/outside/victim.txt", /climbs out with '\.\.'/],
    ["a/../../x: a sibling of the project", () => "a/../../outside/victim.txt", /climbs out with '\.\.'/],
    ["an absolute key", (dir) => path.join(outsideOf(dir), "victim.txt"), /is an absolute path/],
    [".git/HEAD", () => ".git/HEAD", /is inside \.git\/: git's own files are never touched/],
    [".git/config", () => ".git/config", /is inside \.git\//],
    ["a key in the state folder", () => ".create-any-backend/backup/x", /the tool's own folder/],
  ];
  for (const [name, keyOf, problem] of hostile) {
    it(name, () => {
      const dir = project();
      fs.mkdirSync(path.join(dir, ".git"));
      fs.writeFileSync(path.join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
      fs.writeFileSync(path.join(dir, ".git", "config"), "[core]\n");
      const key = keyOf(dir).replace("..TMP", path.dirname(path.dirname(dir)).slice(1));
      tamper(dir, (m) => void (m.files[key] = sha256("victim\n")));
      const before = world(dir);
      for (const dry of [["--dry-run"], []]) {
        const r = regen(dir, "--framework", "gin", "--yes", ...dry);
        expect(r.code).toBe(2);
        expect(r.said).toMatch(problem);
        expect(r.said).toContain(`.create-any-backend.json: files: `);
        expect(r.stdout).not.toMatch(/remove \.\./);
      }
      expect(world(dir)).toEqual(before);
    });
  }

  it("the 0.1.0 manifest name is checked the same way", () => {
    const dir = project();
    fs.renameSync(path.join(dir, MANIFEST), path.join(dir, ".create-backend.json"));
    tamper(dir, (m) => void (m.files["../outside/victim.txt"] = sha256("victim\n")), ".create-backend.json");
    const before = world(dir);
    const r = regen(dir, "--framework", "gin", "--yes");
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/\.create-backend\.json: files: climbs out with '\.\.'.*\(given "\.\.\/outside\/victim\.txt"\)/);
    expect(world(dir)).toEqual(before);
  });

  it("an unknown framework or a missing answers.name in the manifest is named", () => {
    const dir = project();
    tamper(dir, (m) => void (m.framework = "bogus"));
    let r = regen(dir, "--framework", "gin", "--yes");
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/\.create-any-backend\.json: framework: is not a known framework \(given "bogus"\)/);
    tamper(dir, (m) => {
      m.framework = "express";
      delete m.answers.name;
    });
    r = regen(dir, "--framework", "gin", "--yes");
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/\.create-any-backend\.json: answers\.name: /);
  });

  it("flags are checked before the disk is read: an unknown framework outside any project", () => {
    const r = regen(tmp(), "notgen", "--framework", "sinatra");
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/--framework: is not a known framework \(given "sinatra"\)/);
  });
});

describe("links in the project are the user's files: never followed", () => {
  it("create --force: a linked README, a dangling package.json link and a linked src/ get the new version beside them", () => {
    const dir = path.join(tmp("cb-force-"), "app");
    const outside = path.join(path.dirname(dir), "outside");
    fs.mkdirSync(path.join(outside, "dir"), { recursive: true });
    fs.writeFileSync(path.join(outside, "victim.txt"), "victim\n");
    fs.mkdirSync(dir);
    fs.symlinkSync(path.join(outside, "victim.txt"), path.join(dir, "README.md"));
    fs.symlinkSync(path.join(outside, "new.json"), path.join(dir, "package.json"));
    fs.symlinkSync(path.join(outside, "dir"), path.join(dir, "src"));
    const before = world(dir);
    const r = cli(["app", "--framework", "express", "--yes", "--no-install", "--no-git", "--force", "--json"], path.dirname(dir));
    expect(r.code, r.stderr).toBe(0);
    expect(lsnapshot(outside)).toEqual(before.outside);
    const after = lsnapshot(dir);
    for (const link of ["README.md", "package.json", "src"]) expect(after[link]).toBe(before.project[link]);
    expect(JSON.parse(r.stdout).beside).toEqual([
      { path: "README.md", writeTo: "README.md.new" },
      { path: "package.json", writeTo: "package.json.new" },
      ...Object.keys(after).filter((p) => p.startsWith("src.new/") && !p.endsWith("/")).map((p) => ({ path: p.replace("src.new", "src"), writeTo: p })),
    ]);
    expect(fs.readFileSync(path.join(dir, "src.new", "app.ts"), "utf8")).toMatch(/express/);
  });

  it("regenerate: linked files and folders where the new starter needs paths become conflicts; the outside is unchanged", async () => {
    const dir = project();
    const outside = outsideOf(dir);
    const { file, folder, under } = await newPaths(dir, "gin");
    fs.rmSync(path.join(dir, "README.md"));
    fs.symlinkSync(path.join(outside, "victim.txt"), path.join(dir, "README.md"));
    fs.symlinkSync(path.join(outside, "dir"), path.join(dir, folder)); // gin writes files under it
    fs.symlinkSync(path.join(outside, "nothing-yet"), path.join(dir, file)); // dangling
    const before = world(dir);
    const r = regen(dir, "--framework", "gin", "--yes", "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(lsnapshot(outside)).toEqual(before.outside);
    const plan = JSON.parse(r.stdout).plan as { path: string; action: string; writeTo?: string }[];
    expect(plan.find((e) => e.path === "README.md")).toEqual({ path: "README.md", action: "conflict", writeTo: "README.md.new" });
    expect(plan.find((e) => e.path === file)).toEqual({ path: file, action: "conflict", writeTo: `${file}.new` });
    expect(plan.find((e) => e.path === under)).toEqual({ path: under, action: "conflict", writeTo: under.replace(folder, `${folder}.new`) });
    const after = lsnapshot(dir);
    for (const link of ["README.md", folder, file]) expect(after[link]).toBe(before.project[link]);
    expect(readManifestJson(dir).files[under.replace(folder, `${folder}.new`)]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("regenerate: a linked manifest is refused (exit 2)", () => {
    const dir = project();
    const outside = outsideOf(dir);
    fs.renameSync(path.join(dir, MANIFEST), path.join(outside, "m.json"));
    fs.symlinkSync(path.join(outside, "m.json"), path.join(dir, MANIFEST));
    const before = world(dir);
    const r = regen(dir, "--framework", "gin", "--yes");
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/\.create-any-backend\.json: is a symbolic link; only a regular file is read, never followed/);
    expect(world(dir)).toEqual(before);
  });

  it("regenerate: a linked state folder, or one that is a file, is refused (exit 2): no backup goes outside", () => {
    for (const make of [(f: string, outside: string) => fs.symlinkSync(path.join(outside, "dir"), f), (f: string) => fs.writeFileSync(f, "mine\n")]) {
      const dir = project();
      make(path.join(dir, ".create-any-backend"), outsideOf(dir));
      const before = world(dir);
      const r = regen(dir, "--framework", "gin", "--yes");
      expect(r.code).toBe(2);
      expect(r.said).toMatch(/\.create-any-backend: is a (symbolic link|file), not a folder: backups of replaced files go there.*nothing was changed/);
      expect(world(dir)).toEqual(before);
    }
  });
});

describe("ordinary things in a project do not crash or hang regenerate", () => {
  it("a link to a folder, a dangling link, sparse 3 GiB files and a FIFO: kept, never read", () => {
    const dir = project();
    fs.symlinkSync(path.join(outsideOf(dir), "dir"), path.join(dir, "linked-dir"));
    fs.symlinkSync("/nonexistent/target", path.join(dir, "dangling"));
    fs.writeFileSync(path.join(dir, "huge.bin"), "");
    fs.truncateSync(path.join(dir, "huge.bin"), 3 * 2 ** 30);
    fs.truncateSync(path.join(dir, "Dockerfile"), 3 * 2 ** 30); // at a path both starters write: the user's, never hashed whole
    mkfifo(path.join(dir, "pipe"));
    const before = world(dir);
    const started = Date.now();
    const dry = regen(dir, "--framework", "gin", "--yes", "--dry-run", "--json");
    expect(dry.code, dry.stderr).toBe(0);
    expect(world(dir)).toEqual(before);
    const kept = (JSON.parse(dry.stdout).plan as { path: string; action: string }[]).filter((e) => e.action === "keep").map((e) => e.path);
    expect(kept).toEqual(expect.arrayContaining(["dangling", "huge.bin", "linked-dir", "pipe"]));
    expect(JSON.parse(dry.stdout).plan).toContainEqual({ path: "Dockerfile", action: "conflict", writeTo: "Dockerfile.new" });
    const r = regen(dir, "--framework", "gin", "--yes");
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    const after = lsnapshot(dir);
    for (const p of ["linked-dir", "dangling", "huge.bin", "pipe", "Dockerfile"]) expect(after[p]).toBe(before.project[p]);
    expect(lsnapshot(outsideOf(dir))).toEqual(before.outside);
  });

  it("a user folder where the new starter wants a file (go.mod/ → gin): the new version goes beside it", async () => {
    const dir = project();
    const { file } = await newPaths(dir, "gin"); // go.mod, as long as gin's starter has one at its root
    fs.mkdirSync(path.join(dir, file));
    fs.writeFileSync(path.join(dir, file, "notes.txt"), "mine\n");
    const r = regen(dir, "--framework", "gin", "--yes");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${file} → ${file}.new`);
    expect(fs.readFileSync(path.join(dir, file, "notes.txt"), "utf8")).toBe("mine\n");
    expect(fs.lstatSync(path.join(dir, `${file}.new`)).isFile()).toBe(true);
    expect(readManifestJson(dir).framework).toBe("gin");
  });
});

describe("the undo cannot crash", () => {
  it("an undo step that fails (fault injection): every other step is undone, exit 1 names what and where the backup is", async () => {
    const dir = project();
    fs.appendFileSync(path.join(dir, "README.md"), "\nmine\n");
    const before = lsnapshot(dir);
    let err: unknown;
    try {
      await regenerate(parseArgs(["regenerate", "--framework", "gin", "--yes"]), io(dir), catalog, {
        now: new Date("2026-01-02T03:04:05Z"),
        fault: (step) => {
          if (step === "remove tsconfig.json") throw new Error("disk on fire");
        },
        undoFault: (step) => {
          if (step === "remove package.json") throw Object.assign(new Error("no"), { code: "EPERM" });
        },
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CreateBackendError);
    const backup = path.join(dir, ".create-any-backend/backup/2026-01-02T03-04-05-000Z");
    expect((err as CreateBackendError).exitCode).toBe(1);
    expect((err as CreateBackendError).message).toBe(
      `switching failed: disk on fire. Undoing it: could not restore package.json (EPERM); every other step was undone. The files it replaced or removed are kept in ${backup}.`,
    );
    // Everything else is as it was; the one file is in the backup the message names; the manifest still says express.
    const after = lsnapshot(dir);
    const { "package.json": missing, ...rest } = before;
    expect(missing).toBeDefined();
    expect(Object.fromEntries(Object.entries(after).filter(([p]) => !p.startsWith(".create-any-backend/")))).toEqual(rest);
    expect(sha256(fs.readFileSync(path.join(backup, "package.json")))).toBe(missing!.split(" ")[1]);
    expect(readManifestJson(dir).framework).toBe("express");
  });

  it.skipIf(!immutableWorks())("an immutable user file (chattr +i) fails the switch, and the undo puts everything back (exit 1)", () => {
    const dir = project();
    const before = world(dir);
    chattr("+i", path.join(dir, "package.json"));
    try {
      const r = regen(dir, "--framework", "gin", "--yes");
      expect(r.code).toBe(1);
      expect(r.said).toMatch(/error: switching failed and was undone; the project is as it was: .*EPERM/);
      noStack(r.stderr);
    } finally {
      chattr("-i", path.join(dir, "package.json"));
    }
    expect(world(dir)).toEqual(before);
  });
});

describe("--config is read with bounds (exit 2, short messages)", () => {
  const config = (setup: (dir: string) => string, ...extra: string[]) => {
    const dir = tmp();
    const file = setup(dir);
    const before = lsnapshot(dir);
    const r = cli(["app", "--config", file, "--yes", ...extra], dir, {});
    expect(lsnapshot(dir)).toEqual(before);
    noStack(r.stderr);
    return r;
  };

  it("a FIFO does not hang", () => {
    const r = config((d) => (mkfifo(path.join(d, "fifo")), "fifo"));
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/--config: is a special file \(FIFO, socket or device\), not a regular file \(given "fifo"\)/);
  });

  it("/dev/zero is refused, not read", () => {
    const r = config(() => "/dev/zero");
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/--config: is a special file/);
  });

  it("100,000 levels of nesting", () => {
    const r = config((d) => (fs.writeFileSync(path.join(d, "deep.json"), "[".repeat(1e5) + "]".repeat(1e5)), "deep.json"));
    expect(r.code).toBe(2);
    expect(r.said).toMatch(/--config: nests arrays or objects deeper than 64 levels/);
  });

  it("a 50 MB file is refused by size; a long name is echoed as an excerpt, also with --json", () => {
    let r = config((d) => (fs.writeFileSync(path.join(d, "big.json"), JSON.stringify({ name: "a".repeat(50e6) })), "big.json"), "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toMatch(/--config: is 50000011 bytes, larger than the 1048576-byte limit/);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(2000);
    r = config((d) => (fs.writeFileSync(path.join(d, "long.json"), JSON.stringify({ name: "a".repeat(900_000) })), "long.json"), "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.given).toBe(`${"a".repeat(80)}… (900000 characters)`);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(2000);
  });
});

describe("create into an existing folder keeps the folder", () => {
  it("create . in an empty folder writes into it: same folder (inode), nothing beside it", () => {
    const parent = tmp();
    const dir = path.join(parent, "svc");
    fs.mkdirSync(dir);
    const ino = fs.statSync(dir).ino;
    const r = cli([".", "--framework", "express", "--yes", "--no-install", "--no-git"], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(dir).ino).toBe(ino);
    expect(fs.existsSync(path.join(dir, "package.json"))).toBe(true);
    expect(fs.readdirSync(parent)).toEqual(["svc"]);
  });

  it.skipIf(!immutableWorks())("an empty folder whose parent cannot be changed (chattr +i) is written into", () => {
    const parent = tmp();
    const dir = path.join(parent, "svc");
    fs.mkdirSync(dir);
    chattr("+i", parent);
    try {
      const r = cli([".", "--framework", "express", "--yes", "--no-install", "--no-git"], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(fs.existsSync(path.join(dir, "package.json"))).toBe(true);
    } finally {
      chattr("-i", parent);
    }
  });

  it("a failure writing into an empty folder leaves it empty, the same folder", async () => {
    const dir = path.join(tmp(), "svc");
    fs.mkdirSync(dir);
    const ino = fs.statSync(dir).ino;
    const tree = new FileTree([["a/b/c.txt", Buffer.from("c")], ["d.txt", Buffer.from("d")]]);
    await expect(writeTree(dir, tree, { force: false, fault: (_s, i) => { if (i === 2) throw new Error("boom"); } })).rejects.toThrow(/was undone/);
    expect(fs.statSync(dir).ino).toBe(ino);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("a clean failure leaves no debris", () => {
  it("create --force that fails: no backup folder, no state folder, no empty folders, no staging folder", async () => {
    const parent = tmp();
    const dir = path.join(parent, "svc");
    fs.mkdirSync(path.join(dir, "src"), { recursive: true });
    fs.writeFileSync(path.join(dir, "README.md"), "# mine\n");
    fs.writeFileSync(path.join(dir, "src", "app.ts"), "mine\n");
    const before = lsnapshot(parent);
    const tree = new FileTree([["README.md", Buffer.from("# new\n")], ["lib/deep/x.ts", Buffer.from("x")], ["src/app.ts", Buffer.from("new")], ["z.txt", Buffer.from("z")]]);
    for (let at = 0; at < 6; at++) {
      await expect(writeTree(dir, tree, { force: true, fault: (_s, i) => { if (i === at) throw new Error("boom"); } })).rejects.toThrow(/failed and was undone; the folder is as it was: boom/);
      expect(lsnapshot(parent)).toEqual(before);
    }
  });

  it("regenerate that fails or is interrupted: the project byte-identical, no backup, no state folder", async () => {
    const dir = project();
    const before = world(dir);
    const { runInterruptHandlers } = await import("../../src/interrupt.js");
    for (const [at, interrupt] of [[2, false], [15, true], [25, false]] as const) {
      await expect(
        regenerate(parseArgs(["regenerate", "--framework", "django", "--yes"]), io(dir), catalog, {
          fault: (_s, i) => {
            if (i !== at) return;
            if (interrupt) runInterruptHandlers();
            throw new Error("stop");
          },
        }),
      ).rejects.toThrow(/switching failed and was undone; the project is as it was: stop/);
      expect(world(dir)).toEqual(before);
    }
  });
});
