import type { Catalog } from "./catalog/types.js";
import type { RegenerateResult } from "./regenerate/regenerate.js";
import type { GeneratingFramework } from "./decide/resolve.js";
import type { DatabaseId } from "./schema/ids.js";
import type { Answers } from "./schema/options.js";
import type { Recommendation } from "./schema/requirements.js";

/** What a command may do to the outside world besides the file system. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Human progress lines: stderr when stdout is reserved for --json. */
  log: (line: string) => void;
  progress: (label: string) => { done: (ok: boolean) => void };
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
  /** Shows a framework/database switch's plan and asks whether to apply it. */
  confirmSwitch(plan: RegenerateResult): Promise<boolean>;
}
