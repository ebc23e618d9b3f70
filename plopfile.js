// For contributors: `npm run plop` scaffolds a new framework, which is a catalog
// entry plus a template folder (nothing in src/ changes).
const CRITERIA = ["performance", "scalability", "flexibility", "community", "learning-curve", "security", "future-proofing"];

export default function (plop) {
  plop.setGenerator("framework", {
    description: "a new framework: data/frameworks/<id>.json + templates/<id>/starter.json",
    prompts: [
      { type: "input", name: "id", message: "id (lowercase, dashes)", validate: (v) => /^[a-z][a-z0-9-]*$/.test(v) || "lowercase letters, digits, dashes" },
      { type: "input", name: "name", message: "display name" },
      { type: "input", name: "language", message: "language id (python, go, ...)" },
      { type: "list", name: "kind", choices: ["api", "full-stack"] },
      { type: "input", name: "port", message: "default port", default: "8080" },
    ],
    actions: [
      {
        type: "add",
        path: "data/frameworks/{{id}}.json",
        template: `${JSON.stringify(
          {
            id: "{{id}}", name: "{{name}}", languages: ["{{language}}"], kind: "{{kind}}",
            summary: "TODO: one sentence, own words", articles: ["scalable-2025"],
            ratings: Object.fromEntries(CRITERIA.map((c) => [c, "derived"])),
            traits: [], pros: [], cons: [], useCases: [], claims: [],
          },
          null, 2,
        )}\n`,
      },
      {
        type: "add",
        path: "templates/{{id}}/starter.json",
        template: `${JSON.stringify(
          {
            language: "{{language}}", layers: [], port: 0,
            commands: { install: "TODO", test: "TODO", start: "TODO (listen on $PORT)" },
            toolchain: ["TODO"], verification: "run", notes: [],
          },
          null, 2,
        ).replace('"port": 0', '"port": {{port}}')}\n`,
      },
    ],
  });
}
