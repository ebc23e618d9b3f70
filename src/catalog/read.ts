import fs from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { CreateBackendError } from "../errors.js";
import { Framework, Language, Priority, Rule, Source, Starter } from "../schema/catalog.js";
import { checkCatalog } from "./check.js";
import { resolveRatings } from "./derive-ratings.js";
import type { Catalog } from "./types.js";

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new CreateBackendError("failed", `catalog: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new CreateBackendError("failed", `catalog: ${file} is invalid: ${issues}`);
  }
  return r.data;
}

/**
 * Reads data/ and templates/<id>/starter.json, validates every file and every
 * cross-reference: a clone on every run, the package build once.
 */
export function readCatalog(dataDir: string, templatesDir: string): Catalog {
  const fwDir = path.join(dataDir, "frameworks");
  const frameworks = fs
    .readdirSync(fwDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const fw = parse(Framework, readJson(path.join(fwDir, f)), `data/frameworks/${f}`);
      const starterFile = path.join(templatesDir, fw.id, "starter.json");
      const starter = fs.existsSync(starterFile)
        ? parse(Starter, readJson(starterFile), `templates/${fw.id}/starter.json`)
        : undefined;
      return { ...fw, ratings: resolveRatings(fw), ...(starter && { starter }), file: f };
    });
  const catalog: Catalog & { frameworks: (Catalog["frameworks"][number] & { file: string })[] } = {
    frameworks,
    rules: parse(z.array(Rule), readJson(path.join(dataDir, "rules.json")), "data/rules.json"),
    priorities: parse(z.array(Priority), readJson(path.join(dataDir, "priorities.json")), "data/priorities.json"),
    languages: parse(z.array(Language), readJson(path.join(dataDir, "languages.json")), "data/languages.json"),
    sources: parse(z.array(Source), readJson(path.join(dataDir, "sources.json")), "data/sources.json"),
  };
  const problems = checkCatalog(catalog, templatesDir);
  if (problems.length > 0) {
    throw new CreateBackendError("failed", `catalog: ${problems.length} cross-reference problem(s):\n- ${problems.join("\n- ")}`);
  }
  for (const fw of catalog.frameworks) delete (fw as { file?: string }).file;
  return catalog;
}
