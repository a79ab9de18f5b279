/** Set by scripts/build.mjs: which build this code is in. */
declare const __BROWSER__: "chrome" | "firefox" | "node";
/** True only in the test builds (dist/test-*), never in what ships. */
declare const __TEST_BUILD__: boolean;
