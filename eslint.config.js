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
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
);
