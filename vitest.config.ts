import { defineConfig } from "vitest/config";

// Only the generator's own tests: the templates hold the starters' tests, which run inside generated projects.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
