import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { parseArgs } from "../../src/cli/args.js";
import { CreateBackendError } from "../../src/errors.js";
import { regenerate } from "../../src/regenerate/regenerate.js";
import { lsnapshot, mkfifo, outsideOf, project, readManifestJson, sha256, tamper } from "./fs-fixtures.js";
import { silentIo } from "./helpers.js";

/**
 * Issue 9's property: whatever a hostile manifest names and whatever links,
 * FIFOs and read-only files a project holds, `regenerate` (and its dry run)
 * changes nothing outside the project, loses no byte of the user's inside it,
 * and ends in exit 0, 1 or 2 with a message, never a crash.
 */

const catalog = loadCatalog();
const io = silentIo;
const generatedFiles = Object.keys(readManifestJson(project()).files).sort();

/** Keys a tampered manifest may hold; OUT is the outside folder, absolute. */
const HOSTILE_KEYS = [
  "../outside/victim.txt",
  "../../../../../../../../../../../../OUT/victim.txt",
  "OUT/victim.txt",
  "a/../../outside/victim.txt",
  "README.md/../../outside/dir/keep.txt",
  ".git/HEAD",
  ".git/config",
  "sub/.git/config",
  ".create-any-backend/backup/x",
  // syntactically fine, but through a link: must never be followed
  "linkdir/victim.txt",
  "linkdir/dir/keep.txt",
  "src/linked/keep.txt",
];
/** Links the user may have, by path → target (OUT is the outside folder). */
const LINKS: [string, string][] = [
  ["linkdir", "OUT"],
  ["README.md", "OUT/victim.txt"],
  ["package.json", "OUT/missing.json"],
  ["src/linked", "OUT/dir"],
  ["handlers", "OUT/dir"],
  ["go.mod", "OUT/victim.txt"],
  ["dangling", "/nonexistent/x"],
  [".create-any-backend", "OUT/dir"],
];
const FIFOS = ["pipe", "src/pipe", "Dockerfile", "main.go", "app/main.py"];

describe("regenerate in a hostile project (property)", () => {
  it("changes nothing outside, loses no user byte, exits 0, 1 or 2 with a message", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant([] as string[]), fc.subarray(HOSTILE_KEYS, { minLength: 1, maxLength: 3 })),
        fc.subarray(LINKS, { maxLength: 4 }),
        fc.subarray(FIFOS, { maxLength: 2 }),
        fc.subarray(generatedFiles, { maxLength: 4 }),
        fc.subarray(generatedFiles, { maxLength: 3 }),
        fc.constantFrom("gin", "fastapi", "fastify", "django"),
        async (keys, links, fifos, readOnly, edited, to) => {
          const dir = project();
          const outside = outsideOf(dir);
          const abs = (p: string) => p.replace(/^OUT/, outside).replace("/OUT/", `${outside}/`);
          fs.mkdirSync(path.join(dir, ".git"));
          fs.writeFileSync(path.join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
          fs.writeFileSync(path.join(dir, ".git", "config"), "[core]\n");
          for (const f of edited) fs.appendFileSync(path.join(dir, f), "\nuser's line\n");
          const place = (rel: string, make: (file: string) => void) => {
            const file = path.join(dir, rel);
            if (fs.lstatSync(path.dirname(file), { throwIfNoEntry: false })?.isDirectory() === false) return;
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.rmSync(file, { recursive: true, force: true });
            make(file);
          };
          for (const [rel, target] of links) place(rel, (file) => fs.symlinkSync(abs(target), file));
          for (const rel of fifos) place(rel, mkfifo);
          for (const f of readOnly) if (fs.lstatSync(path.join(dir, f), { throwIfNoEntry: false })?.isFile()) fs.chmodSync(path.join(dir, f), 0o444);
          tamper(dir, (m) => {
            for (const k of keys) m.files[abs(k)] = sha256(k.endsWith("keep.txt") ? "keep\n" : "victim\n");
          });

          // What is the user's: every path not generated-and-unchanged (their edits, links, FIFOs, .git).
          const before = lsnapshot(dir);
          const outsideBefore = lsnapshot(outside);
          const generatedUnchanged = new Set(generatedFiles.filter((f) => !edited.includes(f)));
          const users = Object.entries(before).filter(([p, v]) => !generatedUnchanged.has(p) || !/^[0-7]+ [0-9a-f]{64}$/.test(v));

          for (const dryRun of [true, false]) {
            let code = 0;
            try {
              await regenerate(parseArgs(["regenerate", "--framework", to, "--yes", "--conflict", "beside", ...(dryRun ? ["--dry-run"] : [])]), io(dir), catalog);
            } catch (err) {
              if (!(err instanceof CreateBackendError)) throw err; // a crash, not an exit code
              expect(err.message).not.toMatch(/\n\s+at /);
              code = err.exitCode;
            }
            expect([0, 1, 2]).toContain(code);
            expect(lsnapshot(outside)).toEqual(outsideBefore);
            const after = lsnapshot(dir);
            if (dryRun || code !== 0) expect(after).toEqual(before);
            else for (const [p, v] of users) if (!p.endsWith("/") && p !== ".create-any-backend.json") expect(after[p], p).toBe(v);
            if (keys.some((k) => !k.includes("linkdir") && !k.startsWith("src/linked"))) expect(code).toBe(2);
          }
        },
      ),
      { numRuns: 24, seed: 20261125 },
    );
  });
});
