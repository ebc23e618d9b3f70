import path from "node:path";
import { probe, readRegularFile } from "../write/no-follow.js";

/** Files larger than this are not merged (they go beside): a merge holds three copies in memory. */
export const MERGE_LIMIT = 2 * 1024 * 1024;

/** The bytes of a project file for a merge: a regular file reached through no link, else undefined. */
export function readProjectFile(dir: string, rel: string): Buffer | undefined {
  return probe(dir, rel).kind === "file" ? readRegularFile(path.join(dir, rel), MERGE_LIMIT) : undefined;
}
