import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { __BROWSER__: '"node"', __TEST_BUILD__: "false" },
  test: {
    include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
    environment: "jsdom",
    testTimeout: 30_000,
  },
});
