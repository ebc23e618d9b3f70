import type { Catalog } from "./catalog/types.js";
import type { CreateResult } from "./create-result.js";
import type { RegenerateResult } from "./lifecycle/result.js";
import type { GeneratingFramework } from "./decide/resolve.js";
import type { DatabaseId } from "./schema/ids.js";
import type { Answers } from "./schema/options.js";
import type { Recommendation } from "./schema/requirements.js";
import type { Machine } from "./schema/toolchain.js";
import type { Field } from "./schema/resources.js";
import type { UndoResult } from "./lifecycle/result.js";
import type { Generator, OlderRender } from "./lifecycle/older-release.js";

/** What a command may do to the outside world besides the file system. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Human progress lines: stderr when stdout is reserved for --json. */
  log: (line: string) => void;
  progress: (label: string) => { done: (ok: boolean) => void };
  /** Looks for these toolchain entries on this machine (PATH, versions); absent in tests that need no machine. */
  probe?: (entries: readonly string[]) => Promise<Machine>;
  /**
   * What an earlier release of this package writes for these answers (fetched from the registry):
   * the base of an update's three-way plan. Absent: files the user changed are not merged.
   */
  renderedBy?: (generator: Generator, answers: Answers) => Promise<OlderRender>;
  /** Told as soon as the project is written, before the post-steps (an install can take minutes). */
  written?: (result: CreateResult) => void;
  /** Present only on an interactive run (a TTY, no --yes/--json/CI). */
  ask?: Asker;
}

export interface Asker {
  /** The answers still missing (name, needs, languages); `cwd` is where the project folder would go. */
  missing(answers: Answers, catalog: Catalog, cwd: string): Promise<Answers>;
  framework(recommendation: Recommendation, suggested: string, catalog: Catalog): Promise<string>;
  /** Which database, for a starter that offers several; undefined when there is nothing to choose. */
  database(framework: GeneratingFramework): Promise<DatabaseId | undefined>;
  postSteps(answers: Answers): Promise<Pick<Answers, "install" | "git">>;
  /** Shows what was chosen, once everything is answered and before anything is written. */
  chosen(summary: { directory: string; framework: GeneratingFramework; database?: DatabaseId; install: boolean; git: boolean; missing: string[] }): void;
  /** The fields of a new resource, asked one by one (name, type, optional) until an empty name. */
  fields(resource: string): Promise<Field[]>;
  /** Shows what an undo restores and removes, and asks whether to do it. */
  confirmUndo(plan: UndoResult): Promise<boolean>;
  /** Shows a framework/database switch's plan and asks whether to apply it. */
  confirmSwitch(plan: RegenerateResult): Promise<boolean>;
}
