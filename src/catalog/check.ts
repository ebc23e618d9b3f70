import fs from "node:fs";
import path from "node:path";
import { LANGUAGE_IDS, PRIORITY_IDS, SOURCE_IDS } from "../schema/ids.js";
import { DATABASE_OVERLAY } from "../render/paths.js";
import type { Catalog, CatalogFramework } from "./types.js";

/**
 * Cross-references the schema alone cannot see. Returns one line per problem,
 * so a contributor sees all of them at once.
 */
export function checkCatalog(catalog: Catalog & { frameworks: (CatalogFramework & { file?: string })[] }, templatesDir: string): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const unique = (kind: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${kind} "${id}" is defined twice`);
      seen.add(id);
    }
  };
  unique("framework", catalog.frameworks);
  unique("rule", catalog.rules);
  unique("priority", catalog.priorities);
  unique("language", catalog.languages);
  unique("source", catalog.sources);

  const missing = (kind: string, have: Iterable<string>, want: readonly string[]) => {
    const set = new Set(have);
    for (const id of want) if (!set.has(id)) problems.push(`${kind} "${id}" has no entry in data/`);
  };
  missing("language", catalog.languages.map((l) => l.id), LANGUAGE_IDS);
  missing("priority", catalog.priorities.map((p) => p.id), PRIORITY_IDS);
  missing("source", catalog.sources.map((s) => s.id), SOURCE_IDS);

  for (const fw of catalog.frameworks) {
    ids.add(fw.id);
    for (const a of fw.aliases) {
      const other = catalog.frameworks.find((o) => o.id === a || (o !== fw && o.aliases.includes(a)));
      if (other) problems.push(`${fw.id}: alias "${a}" is already ${other.id === a ? "a framework id" : `an alias of ${other.id}`}`);
    }
    if (fw.file && fw.file !== `${fw.id}.json`) problems.push(`data/frameworks/${fw.file} holds id "${fw.id}"`);
    const cited = new Set([...fw.pros, ...fw.cons, ...fw.useCases, ...fw.claims].map((s) => s.source.id));
    for (const rule of catalog.rules) if (rule.prefer.includes(fw.id)) cited.add(rule.source.id);
    for (const a of fw.articles) if (!cited.has(a)) problems.push(`${fw.id}: lists article ${a} but cites nothing from it`);
    for (const s of [...fw.pros, ...fw.cons, ...fw.useCases, ...fw.claims])
      if (!fw.articles.includes(s.source.id)) problems.push(`${fw.id}: cites ${s.source.id} but does not list it in articles`);
    // A template folder without starter.json is work in progress: the framework simply does not generate yet.
    if (fw.starter) {
      if (!fw.languages.includes(fw.starter.language))
        problems.push(`${fw.id}: starter language ${fw.starter.language} is not one of its languages`);
      const dbs = Object.entries(fw.starter.databases ?? {});
      const layers = [...fw.starter.layers, ...dbs.flatMap(([, d]) => d!.layers)];
      for (const layer of layers)
        if (!fs.existsSync(path.join(templatesDir, "_shared", layer))) problems.push(`${fw.id}: layer templates/_shared/${layer}/ does not exist`);
      if (dbs.length > 0 && !fw.starter.commands.migrate) problems.push(`${fw.id}: has databases but no commands.migrate`);
      const dbDir = path.join(templatesDir, fw.id, DATABASE_OVERLAY);
      for (const d of fs.existsSync(dbDir) ? fs.readdirSync(dbDir) : [])
        if (!dbs.some(([id]) => id === d)) problems.push(`${fw.id}: templates/${fw.id}/${DATABASE_OVERLAY}/${d}/ is not one of its databases`);
    }
  }
  for (const rule of catalog.rules)
    for (const id of rule.prefer) if (!ids.has(id)) problems.push(`rule ${rule.id}: prefers unknown framework "${id}"`);
  for (const dir of fs.existsSync(templatesDir) ? fs.readdirSync(templatesDir, { withFileTypes: true }) : [])
    if (dir.isDirectory() && !dir.name.startsWith("_") && !ids.has(dir.name))
      problems.push(`templates/${dir.name}/ has no framework in data/frameworks/`);
  return problems;
}
