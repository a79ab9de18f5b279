// ESLint flat config: eslint's and typescript-eslint's recommended rules, without type-aware
// rules (tsc --noEmit already type-checks everything; a second type-checked pass would double
// `npm run lint` on two cores for little gain).
// @eslint/js and globals come with eslint itself (no extra dependency).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "web-ext-artifacts/**",
      "tests/e2e/.screenshots/**",
      // fixture pages (and the bundles they load) are test inputs made to look like the web
      "tests/fixtures/**",
      ".bench/**",
      "tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts, the CLI and the test/bench tooling run in Node.
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that drive a browser pass functions to page.evaluate()/worker.evaluate(); those
    // bodies run in the page or the extension's worker, and bench/browser/ is bundled for a page.
    files: ["bench/**/*.{js,mjs}", "scripts/start.mjs", "scripts/icons.mjs"],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions, ...globals.node } },
  },
  {
    // Page-side code sees the DOM; build-time constants come from esbuild's `define`.
    files: ["src/**/*.ts", "tests/**/*.ts", "bench/**/*.{mjs,ts}"],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __BROWSER__: "readonly", __TEST_BUILD__: "readonly" },
    },
  },
  {
    files: ["**/*.ts"],
    rules: {
      // TypeScript reports undefined names itself, with types; eslint's check only misfires on them.
      "no-undef": "off",
      // `_name` marks a parameter kept for its position in a callback signature.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    rules: {
      // typescript-eslint's version of the rule (below) covers JS too; both would report twice
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
