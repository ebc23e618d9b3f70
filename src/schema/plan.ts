import * as z from "zod/mini";

/**
 * What regenerate does with each path:
 * add       new in the target starter, free on disk
 * replace   generated before and unchanged since (hash matches): overwritten
 * remove    generated before, unchanged, not in the target starter: deleted
 * keep      changed or added by the user, and the target starter does not need it: untouched
 * conflict  changed or added by the user, and the target starter needs the path: the new
 *           version is written beside it (`<path>.new`)
 * same      already holds exactly what the target starter would write: untouched
 * merge     generated before, changed by the user, and changed by the new render too: merged three
 *           ways (base: the render of the old answers); a clash is written with git-style markers
 * deleted   generated before and deleted by the user since: stays deleted
 */
export const PLAN_ACTIONS = ["add", "replace", "remove", "keep", "conflict", "same", "merge", "deleted"] as const;
export const PlanAction = z.enum(PLAN_ACTIONS);
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanEntry = z.strictObject({
  path: z.string(),
  action: PlanAction,
  /** For conflicts: where the new version goes. */
  writeTo: z.optional(z.string()),
  /** For merges: true when both sides changed the same lines (the file holds conflict markers). */
  conflicted: z.optional(z.boolean()),
});
export type PlanEntry = z.infer<typeof PlanEntry>;
