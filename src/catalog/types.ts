import type { Framework, Language, Priority, Rule, Source, Starter } from "../schema/catalog.js";
import type { Criterion } from "../schema/ids.js";

/** A rating after load: the article's number, or derived by the written rule in derive-ratings.ts. */
export interface ResolvedRating {
  value: number;
  derived: boolean;
  source?: { id: string; section: string };
  /** A derived rating: the statements it was derived from, for and against. */
  from?: { text: string; source: string; section: string; against: boolean }[];
}

export interface CatalogFramework extends Omit<Framework, "ratings"> {
  ratings: Record<Criterion, ResolvedRating>;
  /** Present when templates/<id>/starter.json exists: the framework generates. */
  starter?: Starter;
}

export interface Catalog {
  frameworks: CatalogFramework[];
  rules: Rule[];
  priorities: Priority[];
  languages: Language[];
  sources: Source[];
}
