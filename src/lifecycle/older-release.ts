import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Answers } from "../schema/options.js";
import { ProjectPath } from "../schema/manifest.js";

const run = promisify(execFile);
const FETCH_TIMEOUT_MS = 120_000;
const RENDER_TIMEOUT_MS = 60_000;

export interface Generator {
  name: string;
  version: string;
}

/** A render by another release: the tree, or why there is none (offline, not published, it failed). */
export type OlderRender = { tree: ReadonlyMap<string, Buffer> } | { why: string };

/** Where fetched releases are kept, one unpacked package per name@version. */
export function releaseCache(env: Record<string, string | undefined>): string {
  const base = env.XDG_CACHE_HOME || (process.platform === "win32" && env.LOCALAPPDATA) || path.join(os.homedir(), ".cache");
  return path.join(base, "create-any-backend", "releases");
}

const windows = process.platform === "win32";

/**
 * The package of an earlier release, fetched with `npm pack` (so the user's registry, proxy and auth
 * settings apply), unpacked without installing (the package has no dependencies) and cached.
 */
async function fetchRelease(gen: Generator, env: Record<string, string | undefined>): Promise<string> {
  const dir = path.join(releaseCache(env), `${gen.name}@${gen.version}`);
  const pkg = path.join(dir, "package");
  if (fs.existsSync(path.join(pkg, "package.json"))) return pkg;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const tmp = fs.mkdtempSync(`${dir}.part-`);
  try {
    const { stdout } = await run("npm", ["pack", `${gen.name}@${gen.version}`, "--json", "--silent", "--pack-destination", tmp], {
      cwd: tmp, env: env as NodeJS.ProcessEnv, timeout: FETCH_TIMEOUT_MS, shell: windows, maxBuffer: 16 << 20,
    });
    const packed = [JSON.parse(stdout)].flat()[0] as { filename?: string } | undefined;
    if (!packed?.filename) throw new Error("npm pack named no tarball");
    await run("tar", ["-xzf", path.join(tmp, path.basename(packed.filename)), "-C", tmp], { timeout: FETCH_TIMEOUT_MS });
    const meta = JSON.parse(fs.readFileSync(path.join(tmp, "package", "package.json"), "utf8")) as Partial<Generator>;
    if (meta.name !== gen.name || meta.version !== gen.version) throw new Error(`the registry gave ${meta.name}@${meta.version}`);
    fs.rmSync(path.join(tmp, path.basename(packed.filename)));
    fs.renameSync(tmp, dir); // whole or not at all: a cut-off fetch leaves only a .part folder
    return pkg;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The first line of an error that says something (npm's and a child's messages are long). */
const reason = (err: unknown) => {
  const e = err as { stderr?: string; message?: string; killed?: boolean };
  if (e.killed) return "timed out";
  const text = `${e.stderr ?? ""}\n${e.message ?? ""}`.split("\n").map((l) => l.replace(/^npm (error|ERR!)\s*/, "").trim()).find((l) => l && !l.startsWith("Command failed"));
  return (text ?? "failed").slice(0, 160);
};

/**
 * What release `gen` writes for `answers`: its CLI, run with the answers as a config file into a
 * temporary folder, nothing installed. The base of a three-way plan for a project that release made.
 */
export async function renderByRelease(gen: Generator, answers: Answers, env: Record<string, string | undefined>): Promise<OlderRender> {
  let pkg: string;
  try {
    pkg = await fetchRelease(gen, env);
  } catch (err) {
    return { why: `${gen.name}@${gen.version} could not be fetched (${reason(err)})` };
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cab-base-"));
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")) as { bin?: string | Record<string, string> };
    const bin = typeof meta.bin === "string" ? meta.bin : Object.values(meta.bin ?? {})[0];
    if (!bin) return { why: `${gen.name}@${gen.version} has no command to run` };
    const config = path.join(work, "answers.json");
    fs.writeFileSync(config, JSON.stringify(answers));
    const out = path.join(work, "project");
    await run(process.execPath, [path.join(pkg, bin), out, "--config", config, "--yes", "--no-install", "--no-git"], {
      cwd: work, env: { ...env, CI: "true", NO_COLOR: "1" } as NodeJS.ProcessEnv, timeout: RENDER_TIMEOUT_MS, maxBuffer: 16 << 20,
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(out, ".create-any-backend.json"), "utf8")) as { files?: Record<string, unknown> };
    const tree = new Map<string, Buffer>();
    for (const rel of Object.keys(manifest.files ?? {})) {
      if (!ProjectPath.safeParse(rel).success) return { why: `${gen.name}@${gen.version} listed an unsafe path` };
      tree.set(rel, fs.readFileSync(path.join(out, rel)));
    }
    return { tree };
  } catch (err) {
    return { why: `${gen.name}@${gen.version} could not render the project's answers (${reason(err)})` };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
