import * as z from "zod/mini";
import { Kind, LanguageId, PriorityId } from "./ids.js";

/** What the team needs: the recommender's whole input. */
export const Requirements = z.strictObject({
  priorities: z._default(z.array(PriorityId), []),
  languages: z._default(z.array(LanguageId), []),
  kind: z.optional(Kind),
});
export type Requirements = z.infer<typeof Requirements>;

export const Reason = z.strictObject({ text: z.string(), source: z.string(), section: z.optional(z.string()) });
export type Reason = z.infer<typeof Reason>;

export const Ranked = z.strictObject({
  framework: z.string(),
  name: z.string(),
  language: LanguageId,
  score: z.number(),
  reasons: z.array(Reason),
  tradeoffs: z.array(Reason),
  generates: z.boolean(),
  /** Set when the machine was probed: whether the starter's toolchain is all here, and what is not. */
  runsHere: z.optional(z.boolean()),
  missing: z.optional(z.array(z.string())),
});
export type Ranked = z.infer<typeof Ranked>;

export const Recommendation = z.strictObject({ requirements: Requirements, recommendations: z.array(Ranked) });
export type Recommendation = z.infer<typeof Recommendation>;
