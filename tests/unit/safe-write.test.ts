import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CreateBackendError, excerpt } from "../../src/errors.js";
import { runInterruptHandlers } from "../../src/interrupt.js";
import { MAX_INPUT_BYTES, parseBoundedJson, readBoundedText } from "../../src/write/bounded-read.js";
import { hashFile, probe } from "../../src/write/no-follow.js";
import { pathProblem } from "../../src/write/project-path.js";
import { applyChanges, type Change } from "../../src/write/safe-write.js";
import { chattr, immutableWorks, lsnapshot, mkfifo, sha256 } from "./fs-fixtures.js";
import { tmp } from "./helpers.js";

const STAMP = new Date("2026-01-02T03:04:05Z");
const BACKUP = ".create-any-backend/backup/2026-01-02T03-04-05-000Z";

/** A project with two files of the user's, and an outside world beside it. */
function sandbox() {
  const base = tmp("cb-safe-");
  const root = path.join(base, "proj");
  const outside = path.join(base, "outside");
  fs.mkdirSync(path.join(root, "src"), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, "README.md"), "# mine\n");
  fs.writeFileSync(path.join(root, "src", "app.ts"), "old app\n");
  fs.writeFileSync(path.join(outside, "victim.txt"), "victim\n");
  return { root, outside };
}

const write = (p: string, s: string, over: "absent" | "file" = "absent"): Change => ({ op: "write", path: p, data: Buffer.from(s), over });
const apply = (root: string, changes: Change[], hooks = {}) => applyChanges(root, changes, { label: "switching", subject: "the project", hooks: { now: STAMP, ...hooks } });
const thrown = (fn: () => unknown): CreateBackendError => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CreateBackendError);
    return err as CreateBackendError;
  }
  throw new Error("expected an error");
};
const failAt = (label: string) => (step: string) => {
  if (step === label) throw new Error(`injected at ${label}`);
};

describe("project paths", () => {
  it.each([
    ["../x", /climbs out/],
    ["a/../../x", /climbs out/],
    ["../../../../tmp/victim.txt", /climbs out/],
    ["/etc/passwd", /absolute/],
    ["C:/x", /absolute/],
    [".git/HEAD", /inside \.git/],
    [".git/config", /inside \.git/],
    ["sub/.GIT/config", /inside \.git/],
    [".create-any-backend/backup/x", /the tool's own folder/],
    ["a//b", /empty or '\.' segment/],
    ["./a", /empty or '\.' segment/],
    ["a\\..\\..\\x", /backslash/],
    ["", /empty/],
    ["x".repeat(2000), /longer than/],
  ])("refuses %j", (rel, problem) => expect(pathProblem(rel)).toMatch(problem));

  it.each(["README.md", ".github/workflows/ci.yml", "src/main/java/App.java", ".gitignore", ".create-any-backend.json"])("accepts %j", (rel) => expect(pathProblem(rel)).toBeUndefined());
});

describe("the safe writer", () => {
  it("refuses a path outside the project with exit 2 naming it, before touching anything", () => {
    const { root, outside } = sandbox();
    const before = [lsnapshot(root), lsnapshot(outside)];
    for (const rel of ["../outside/victim.txt", "a/../../outside/victim.txt", ".git/HEAD", path.join(outside, "victim.txt")]) {
      const err = thrown(() => apply(root, [write("fresh.txt", "x"), { op: "remove", path: rel }]));
      expect(err.exitCode).toBe(2);
      expect(err.message).toContain(JSON.stringify(rel));
    }
    expect([lsnapshot(root), lsnapshot(outside)]).toEqual(before);
  });

  it("never writes through a link: a planned path that became a link or sits under one is refused, the outside unchanged", () => {
    const { root, outside } = sandbox();
    fs.symlinkSync(path.join(outside, "victim.txt"), path.join(root, "link.md"));
    fs.symlinkSync(outside, path.join(root, "linkdir"));
    const before = [lsnapshot(root), lsnapshot(outside)];
    for (const c of [write("link.md", "evil", "file"), write("link.md", "evil"), write("linkdir/victim.txt", "evil", "file"), write("linkdir/new.txt", "evil"), { op: "remove", path: "link.md" } as Change]) {
      const err = thrown(() => apply(root, [write("fresh.txt", "x"), c]));
      expect(err.exitCode).toBe(1);
      expect(err.message).toMatch(/nothing was changed/);
    }
    expect([lsnapshot(root), lsnapshot(outside)]).toEqual(before);
  });

  it("backs up what it replaces or removes, and names the folder", () => {
    const { root } = sandbox();
    const r = apply(root, [write("README.md", "# new\n", "file"), write("lib/x.ts", "x"), { op: "remove", path: "src/app.ts", pruneFolders: true }]);
    expect(r.backupDir).toBe(path.join(root, BACKUP));
    expect(r.backedUp).toEqual(["README.md", "src/app.ts"]);
    expect(fs.readFileSync(path.join(r.backupDir!, "README.md"), "utf8")).toBe("# mine\n");
    expect(fs.readFileSync(path.join(r.backupDir!, "src/app.ts"), "utf8")).toBe("old app\n");
    expect(fs.existsSync(path.join(root, "src"))).toBe(false); // emptied folder pruned
    expect(fs.readFileSync(path.join(root, ".create-any-backend/.gitignore"), "utf8")).toMatch(/^\*$/m);
  });

  it("a failure at any step is undone completely: same bytes and modes, no backup, no state folder, no folders left", () => {
    const { root } = sandbox();
    fs.chmodSync(path.join(root, "src/app.ts"), 0o751);
    const changes = [write("README.md", "# new\n", "file"), write("lib/deep/x.ts", "x"), { op: "remove", path: "src/app.ts", pruneFolders: true } as Change, write("z.txt", "z")];
    const before = lsnapshot(root);
    for (let at = 0; at < 7; at++) {
      const err = thrown(() => apply(root, changes, { fault: (_: string, i: number) => { if (i === at) throw new Error("injected"); } }));
      expect(err.exitCode).toBe(1);
      expect(err.message).toMatch(/^switching failed and was undone; the project is as it was: injected/);
      expect(lsnapshot(root)).toEqual(before);
    }
  });

  it("an undo step that fails does not stop the undo: every other step is undone, the backup is kept and named (fault injection)", () => {
    const { root } = sandbox();
    const err = thrown(() =>
      apply(root, [write("README.md", "# new\n", "file"), write("lib/x.ts", "x"), { op: "remove", path: "src/app.ts", pruneFolders: true }, write("z.txt", "z")], {
        fault: failAt("write z.txt"),
        undoFault: failAt("remove src/app.ts"),
      }),
    );
    expect(err.exitCode).toBe(1);
    expect(err.message).toBe(
      `switching failed: injected at write z.txt. Undoing it: could not restore src/app.ts (injected at remove src/app.ts); every other step was undone. The files it replaced or removed are kept in ${path.join(root, BACKUP)}.`,
    );
    // Every other step was undone...
    expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toBe("# mine\n");
    expect(fs.existsSync(path.join(root, "lib"))).toBe(false);
    expect(fs.existsSync(path.join(root, "z.txt"))).toBe(false);
    expect(fs.existsSync(path.join(root, "src"))).toBe(true); // recreated, though its file could not be
    // ...and the one that was not is in the backup the message names.
    expect(fs.readFileSync(path.join(root, BACKUP, "src/app.ts"), "utf8")).toBe("old app\n");
  });

  it.skipIf(!immutableWorks())("a file that really cannot be removed during the undo (chattr +i) is named; the rest is undone", () => {
    const { root } = sandbox();
    const stuck = path.join(root, "lib/x.ts");
    try {
      const err = thrown(() =>
        apply(root, [write("README.md", "# new\n", "file"), write("lib/x.ts", "x"), write("z.txt", "z")], {
          fault: (step: string) => {
            if (step !== "write z.txt") return;
            chattr("+i", stuck);
            throw new Error("injected");
          },
        }),
      );
      expect(err.exitCode).toBe(1);
      expect(err.message).toMatch(/^switching failed: injected\. Undoing it: could not remove lib\/x\.ts \(EPERM\); could not remove folder lib \(ENOTEMPTY\); every other step was undone\. The files it replaced or removed are kept in /);
      expect(fs.readFileSync(path.join(root, "README.md"), "utf8")).toBe("# mine\n");
      expect(fs.existsSync(path.join(root, "z.txt"))).toBe(false);
    } finally {
      chattr("-i", stuck);
    }
  });

  it.skipIf(!immutableWorks())("an immutable file the plan replaces fails the step, and the undo restores the rest", () => {
    const { root } = sandbox();
    const before = lsnapshot(root);
    chattr("+i", path.join(root, "src/app.ts"));
    try {
      const err = thrown(() => apply(root, [write("README.md", "# new\n", "file"), { op: "remove", path: "src/app.ts", pruneFolders: true }]));
      expect(err.message).toMatch(/^switching failed and was undone; the project is as it was: .*EPERM/);
    } finally {
      chattr("-i", path.join(root, "src/app.ts"));
    }
    expect(lsnapshot(root)).toEqual(before);
  });

  it("a state folder that is a link or a file is refused with exit 2 before anything is touched", () => {
    for (const make of [(f: string, outside: string) => fs.symlinkSync(outside, f), (f: string) => fs.writeFileSync(f, "x")]) {
      const { root, outside } = sandbox();
      make(path.join(root, ".create-any-backend"), outside);
      const before = [lsnapshot(root), lsnapshot(outside)];
      const err = thrown(() => apply(root, [write("z.txt", "z"), write("README.md", "# new\n", "file")]));
      expect(err.exitCode).toBe(2);
      expect(err.message).toMatch(/^\.create-any-backend: is a (symbolic link|file), not a folder: backups of replaced files go there/);
      expect([lsnapshot(root), lsnapshot(outside)]).toEqual(before);
    }
  });

  it("Ctrl-C part way runs the same undo: nothing left behind", () => {
    const { root } = sandbox();
    const before = lsnapshot(root);
    const err = thrown(() =>
      apply(root, [write("README.md", "# new\n", "file"), write("lib/x.ts", "x"), write("z.txt", "z")], {
        fault: (step: string) => {
          if (step !== "write lib/x.ts") return;
          runInterruptHandlers(); // what the CLI does on SIGINT, before it exits
          throw new Error("interrupted");
        },
      }),
    );
    expect(err.message).toMatch(/was undone/);
    expect(lsnapshot(root)).toEqual(before);
  });
});

describe("reading without following or blocking", () => {
  it("probes with lstat: links, FIFOs and paths under a link are seen as what they are", () => {
    const { root, outside } = sandbox();
    fs.symlinkSync(outside, path.join(root, "linkdir"));
    fs.symlinkSync("/nonexistent", path.join(root, "dangling"));
    mkfifo(path.join(root, "fifo"));
    expect(probe(root, "linkdir").kind).toBe("symlink");
    expect(probe(root, "linkdir/victim.txt")).toEqual({ kind: "blocked", by: "symlink", at: "linkdir" });
    expect(probe(root, "README.md/x")).toEqual({ kind: "blocked", by: "file", at: "README.md" });
    expect(probe(root, "dangling").kind).toBe("symlink");
    expect(probe(root, "fifo").kind).toBe("special");
    expect(probe(root, "src").kind).toBe("folder");
    expect(probe(root, "nope/x").kind).toBe("absent");
    expect(hashFile(path.join(root, "fifo"))).toBeUndefined(); // returns at once instead of blocking
    expect(hashFile(path.join(root, "linkdir"))).toBeUndefined();
    expect(hashFile(path.join(root, "README.md"))).toBe(sha256("# mine\n"));
  });

  it("hashes a large file by streaming: memory does not grow with its size", () => {
    const file = path.join(tmp(), "big.bin");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 300 * 2 ** 20); // sparse: 300 MiB of zeros, costs no disk
    const rss = process.memoryUsage().rss;
    expect(hashFile(file)).toMatch(/^[0-9a-f]{64}$/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(48 * 2 ** 20);
  });

  it("input files: only a regular file, bounded in size and depth", () => {
    const dir = tmp();
    const opts = { field: "--config", given: "x", followLinks: true };
    const err = (fn: () => unknown) => thrown(fn).message;
    mkfifo(path.join(dir, "fifo"));
    expect(err(() => readBoundedText(path.join(dir, "fifo"), opts))).toMatch(/is a special file \(FIFO, socket or device\), not a regular file/);
    expect(err(() => readBoundedText("/dev/zero", opts))).toMatch(/not a regular file/);
    expect(err(() => readBoundedText(dir, opts))).toMatch(/is a folder, not a regular file/);
    fs.writeFileSync(path.join(dir, "big.json"), "x".repeat(MAX_INPUT_BYTES + 1));
    expect(err(() => readBoundedText(path.join(dir, "big.json"), opts))).toMatch(/larger than the 1048576-byte limit/);
    fs.symlinkSync(path.join(dir, "big.json"), path.join(dir, "link.json"));
    expect(err(() => readBoundedText(path.join(dir, "link.json"), { ...opts, followLinks: false }))).toMatch(/is a symbolic link; only a regular file is read/);
    expect(err(() => parseBoundedJson("[".repeat(100_000) + "]".repeat(100_000), opts))).toMatch(/nests arrays or objects deeper than 64 levels/);
    expect(parseBoundedJson('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\""}', opts)).toEqual({ a: `${"[".repeat(70)}"` });
  });

  it("a given value in a message is an excerpt", () => {
    expect(excerpt("a".repeat(50_000_000))).toBe(`${"a".repeat(80)}… (50000000 characters)`);
    expect(excerpt(["x", "y"])).toEqual(["x", "y"]);
    expect(excerpt(Array(1000).fill("abc"))).toMatch(/^\["abc","abc",.*… \(\d+ characters\)$/);
  });
});
