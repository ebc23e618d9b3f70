import type { Commands } from "../schema/catalog.js";
import type { PlanEntry } from "../schema/plan.js";

/** What every lifecycle command (regenerate, add/remove resource, update) reports. */
export interface RegenerateResult {
  /** Which command made the plan: the summary's wording. */
  operation: "regenerate" | "add resource" | "remove resource" | "update";
  directory: string;
  from: string;
  to: string;
  database: { from: string | null; to: string | null };
  dryRun: boolean;
  applied: boolean;
  plan: PlanEntry[];
  leftovers: string[];
  backupDir?: string;
  commands: Commands;
  /** Said once: why files the user changed were not merged (no base from the release that made them). */
  notes: string[];
}

export interface UndoResult {
  directory: string;
  operation: string;
  dryRun: boolean;
  applied: boolean;
  /** What the undo does: files restored from the backup, files the operation added that go. */
  restore: string[];
  remove: string[];
}
