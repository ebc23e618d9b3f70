import { DATABASE_IDS, KINDS, LANGUAGE_IDS, PRIORITY_IDS } from "../schema/ids.js";
import { PACKAGE_MANAGERS, type Command } from "../schema/options.js";

/** Every flag, as data: the parser, `--help` and the README's table all read this. */
export interface FlagSpec {
  name: string;
  short?: string;
  type: "string" | "list" | "boolean";
  /** For string/list flags: what to show as the value in help. */
  value?: string;
  help: string;
  /** `--no-<name>` sets it false. */
  negatable?: boolean;
  /** Names other tools use for it: not accepted, only suggested ("--template" → "--framework"). */
  aliases?: string[];
  /** The commands whose help lists it (all when absent). */
  for?: readonly Command[];
}

const CREATE: readonly Command[] = ["create"];
const DECIDING: readonly Command[] = ["create", "recommend", "regenerate"];

export const FLAGS: FlagSpec[] = [
  { name: "framework", type: "string", value: "<id>", help: "framework to generate (see `list`); default: the top recommendation", aliases: ["template", "fw", "stack"], for: ["create", "regenerate"] },
  { name: "priority", type: "list", value: "<ids>", help: `what matters, comma-separated: ${PRIORITY_IDS.join(", ")}`, aliases: ["priorities", "needs", "need"], for: DECIDING },
  { name: "language", type: "list", value: "<ids>", help: `languages the team knows, comma-separated: ${LANGUAGE_IDS.join(", ")}`, aliases: ["languages", "lang", "langs"], for: DECIDING },
  { name: "kind", type: "string", value: KINDS.join("|"), help: "prefer API-only or full-stack frameworks", for: DECIDING },
  { name: "database", type: "string", value: DATABASE_IDS.join("|"), help: "where the starter keeps its data: sqlite (default: one file, no server) or postgres", aliases: ["db", "orm"], for: ["create", "regenerate"] },
  { name: "name", type: "string", value: "<name>", help: "project name (default: the folder name)", for: CREATE },
  { name: "config", type: "string", value: "<file>", help: "answers file (same schema as a manifest's answers); flags override it", for: ["create", "recommend"] },
  { name: "package-manager", type: "string", value: PACKAGE_MANAGERS.join("|"), help: "for JavaScript starters (default: the one that launched create-any-backend)", for: CREATE },
  { name: "install", type: "boolean", negatable: true, help: "install dependencies after generating (default: yes)", for: CREATE },
  { name: "git", type: "boolean", negatable: true, help: "initialise a git repository with a first commit (default: yes)", for: CREATE },
  { name: "yes", short: "y", type: "boolean", help: "accept defaults and the recommendation; ask nothing", for: ["create", "regenerate", "add", "remove", "update", "undo"] },
  { name: "json", type: "boolean", help: "print one JSON document on stdout (also for errors); ask nothing" },
  { name: "dry-run", type: "boolean", help: "show what would be written; write nothing", for: ["create", "regenerate", "add", "remove", "update", "undo"] },
  { name: "force", type: "boolean", help: "write into a non-empty folder (existing files are backed up first)", for: CREATE },
  { name: "field", type: "list", value: "<name>:<type>[?]", help: "add resource: a field (types: string, text, integer, number, boolean, datetime; ? makes it optional); repeat or comma-separate", for: ["add"] },
  { name: "singular", type: "string", value: "<name>", help: "add resource: the singular, when the rule (-ies → -y, -es, -s) gets it wrong", for: ["add"] },
  { name: "drop-table", type: "boolean", help: "remove resource: also a migration that drops its table (its rows go)", for: ["remove"] },
  { name: "conflict", type: "string", value: "merge|beside", help: "a file you changed that the new render changes too: merged, with git-style markers where both changed the same lines (default), or the new version beside it", for: ["regenerate", "add", "remove", "update"] },
  { name: "all", type: "boolean", help: "recommend: show every framework, not just the top 3", for: ["recommend"] },
  { name: "help", short: "h", type: "boolean", help: "show this help" },
  { name: "version", short: "v", type: "boolean", help: "show the version" },
];
