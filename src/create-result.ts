import type { Decision } from "./decide/resolve.js";
import type { PostResult } from "./post/steps.js";
import type { Commands } from "./schema/catalog.js";
import type { Recommendation } from "./schema/requirements.js";

/** What `create` did (or, with --dry-run, would do): the CLI's summary and --json read it. */
export interface CreateResult {
  framework: string;
  frameworkName: string;
  directory: string;
  files: string[];
  recommendation: Recommendation;
  database: string | null;
  commands: Commands;
  port: number;
  dryRun: boolean;
  /** Things worth knowing that do not stop the run (a framework outside the team's languages). */
  warnings: string[];
  /** What this machine lacks to install and run the starter (empty: it runs here, or the machine was not probed). */
  missing: string[];
  /** Better-ranked frameworks passed over because they cannot run here. */
  passedOver: Decision["passedOver"];
  backupDir?: string;
  /** --force: paths where the folder held a link, folder or special file; the new version went beside it. */
  beside?: { path: string; writeTo: string }[];
  post: PostResult[];
}
