import { defineConfig } from "drizzle-kit";

// `npx drizzle-kit generate` writes a new migration into drizzle/ after you change src/db/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dbCredentials: { url: process.env.DATABASE_URL ?? "" },
});
