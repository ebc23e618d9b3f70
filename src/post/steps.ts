import { failed } from "../errors.js";
import { setInterruptNote } from "../interrupt.js";

export interface PostContext {
  dir: string;
  commands: { install: string };
  log: (line: string) => void;
  /** Show progress on a terminal; plain lines otherwise. */
  progress: (label: string) => { done: (ok: boolean) => void };
}

export interface PostResult { step: string; status: "done" | "skipped"; note?: string }

type Step = (ctx: PostContext) => Promise<PostResult>;

/** Post-steps as a registry of one signature; `create` runs the ones the answers ask for, in this order. */
export const POST_STEPS: Record<"install" | "git", Step> = {
  async install(ctx) {
    const { execa } = await import("execa");
    const p = ctx.progress(`Installing: ${ctx.commands.install}`);
    setInterruptNote(`The starter is written in ${ctx.dir}; to finish the install: cd ${JSON.stringify(ctx.dir)} && ${ctx.commands.install}`);
    const r = await execa("sh", ["-c", ctx.commands.install], { cwd: ctx.dir, reject: false, all: true, stdin: "ignore" });
    setInterruptNote(undefined);
    p.done(r.exitCode === 0);
    if (r.exitCode !== 0) {
      const tail = (r.all ?? "").split("\n").slice(-20).join("\n");
      throw failed(`install failed (exit ${r.exitCode}): ${ctx.commands.install}\n${tail}\nThe starter is written; fix the problem and run the install command again.`);
    }
    return { step: "install", status: "done" };
  },
  async git(ctx) {
    const { execa } = await import("execa");
    const inside = await execa("git", ["rev-parse", "--is-inside-work-tree"], { cwd: ctx.dir, reject: false });
    if (inside.exitCode === 0 && inside.stdout.trim() === "true")
      return { step: "git", status: "skipped", note: "already inside a git repository" };
    const run = (args: string[]) => execa("git", args, { cwd: ctx.dir, reject: false });
    if ((await run(["init", "-q"])).exitCode !== 0) return { step: "git", status: "skipped", note: "git init failed" };
    await run(["add", "-A"]);
    const commit = await run(["commit", "-q", "-m", "Initial commit from create-any-backend"]);
    return commit.exitCode === 0
      ? { step: "git", status: "done" }
      : { step: "git", status: "done", note: "repository initialised, files staged; commit them yourself (git has no user.name/user.email here)" };
  },
};
