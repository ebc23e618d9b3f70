import * as z from "zod/mini";

// Ids are stable: they appear in flags, config files, manifests and JSON output.
export const LANGUAGE_IDS = [
  "javascript", "typescript", "python", "ruby", "php", "java", "kotlin", "csharp", "go", "rust", "elixir",
] as const;
export const PRIORITY_IDS = [
  "mvp", "realtime", "enterprise", "performance", "scalability", "security", "beginner",
  "fullstack", "api", "microservices", "ai-ml", "serverless", "flexibility", "community",
] as const;
export const CRITERIA = [
  "performance", "scalability", "flexibility", "community", "learning-curve", "security", "future-proofing",
] as const;
export const SOURCE_IDS = ["roadmap-top7", "top10-2025", "popular-2025", "scalable-2025"] as const;
export const KINDS = ["api", "full-stack"] as const;
/**
 * Words people type for an id (`--priority fast`, `--language golang`): never
 * accepted as the id, only suggested in the error ("did you mean").
 */
export const ID_ALIASES: Record<string, string> = {
  fast: "mvp", quick: "mvp", prototype: "mvp", startup: "mvp", speed: "performance", throughput: "performance",
  "real-time": "realtime", websocket: "realtime", websockets: "realtime", chat: "realtime", scale: "scalability",
  secure: "security", easy: "beginner", simple: "beginner", "full-stack": "fullstack", rest: "api", microservice: "microservices",
  ml: "ai-ml", ai: "ai-ml", lambda: "serverless", flexible: "flexibility",
  js: "javascript", node: "javascript", ts: "typescript", py: "python", rb: "ruby", golang: "go", "c#": "csharp", dotnet: "csharp",
  ".net": "csharp", rs: "rust", ex: "elixir", kt: "kotlin",
  postgresql: "postgres", pg: "postgres", psql: "postgres", sqlite3: "sqlite",
};

/** Databases a starter can keep its data in: SQLite (embedded, the default) or PostgreSQL. */
export const DATABASE_IDS = ["sqlite", "postgres"] as const;

export const LanguageId = z.enum(LANGUAGE_IDS);
export const PriorityId = z.enum(PRIORITY_IDS);
export const Criterion = z.enum(CRITERIA);
export const SourceId = z.enum(SOURCE_IDS);
export const Kind = z.enum(KINDS);
export const DatabaseId = z.enum(DATABASE_IDS);

export type LanguageId = z.infer<typeof LanguageId>;
export type PriorityId = z.infer<typeof PriorityId>;
export type Criterion = z.infer<typeof Criterion>;
export type SourceId = z.infer<typeof SourceId>;
export type Kind = z.infer<typeof Kind>;
export type DatabaseId = z.infer<typeof DatabaseId>;
