// For contributors: `npm run plop` scaffolds a new framework, which is a catalog
// entry plus a template folder (nothing in src/ changes). Every entry stands on
// what an article says of it, so the first statement, in your own words, is asked.
import fs from "node:fs";

const CRITERIA = ["performance", "scalability", "flexibility", "community", "learning-curve", "security", "future-proofing"];
const SOURCES = JSON.parse(fs.readFileSync(new URL("./data/sources.json", import.meta.url), "utf8")).map((s) => s.id);

export default function (plop) {
  plop.setGenerator("framework", {
    description: "a new framework: data/frameworks/<id>.json + templates/<id>/starter.json",
    prompts: [
      { type: "input", name: "id", message: "id (lowercase, dashes)", validate: (v) => /^[a-z][a-z0-9-]*$/.test(v) || "lowercase letters, digits, dashes" },
      { type: "input", name: "name", message: "display name", validate: (v) => v.trim() !== "" || "a name" },
      { type: "input", name: "language", message: "language id (python, go, ...)" },
      { type: "list", name: "kind", choices: ["api", "full-stack"] },
      { type: "input", name: "port", message: "default port", default: "8080", validate: (v) => /^\d{2,5}$/.test(v) || "a port number" },
      { type: "list", name: "article", message: "the article that covers it", choices: SOURCES },
      { type: "input", name: "section", message: "the section it is covered in", validate: (v) => v.trim() !== "" || "a section" },
      { type: "input", name: "claim", message: "what the article says of it, in your own words", validate: (v) => v.trim() !== "" || "a statement" },
    ],
    actions: [
      {
        type: "add",
        path: "data/frameworks/{{id}}.json",
        // Values go through JSON.stringify in the helpers below: a quote in a name cannot break the file.
        template: `${JSON.stringify(
          {
            id: "@@id", name: "@@name", aliases: [], languages: ["@@language"], kind: "@@kind",
            summary: "@@claim", articles: ["@@article"],
            ratings: Object.fromEntries(CRITERIA.map((c) => [c, "derived"])),
            traits: [], pros: [], cons: [], useCases: [],
            claims: [{ text: "@@claim", source: { id: "@@article", section: "@@section" }, priorities: [], criteria: [] }],
          },
          null, 2,
        ).replace(/"@@(\w+)"/g, "{{{json $1}}}")}\n`,
      },
      {
        type: "add",
        path: "templates/{{id}}/starter.json",
        template: `${JSON.stringify(
          {
            language: "@@language", layers: [], port: 0,
            commands: { install: "TODO", test: "TODO", start: "TODO (listen on $PORT)" },
            toolchain: ["TODO"], verification: "syntax", notes: ["TODO: what it needs, how it is verified"],
          },
          null, 2,
        ).replace(/"@@(\w+)"/g, "{{{json $1}}}").replace('"port": 0', '"port": {{port}}')}\n`,
      },
    ],
  });
  plop.setHelper("json", (v) => JSON.stringify(String(v)));
}
