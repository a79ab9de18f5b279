import { defineConfig } from "vitest/config";

// Real browsers on a 2-core machine: one test file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
