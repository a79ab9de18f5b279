#!/usr/bin/env node
// Builds dist/chrome and dist/firefox (unpacked MV3 extensions from the one manifest.json),
// dist/cli (the `dramatis` command) and dist/lib (the engine as a Node library).
//   --watch      rebuild on change
//   --test       also write dist/test-chrome and dist/test-firefox: the same extension with the
//                popup and options pages web-accessible, which Firefox needs before a test can
//                navigate a tab to them (never shipped)
//   --cli-only   only dist/cli and dist/lib (for `npm run eval`)
// DRAMATIS_DIST=DIR writes there instead of dist/ (so parallel test runs never share a build;
// the e2e harness reads the same variable).
// DRAMATIS_READABLE=1 leaves the extension's files unminified (our functions keep their names in
// a profile: bench/browser/long-task-why.mjs); such a content.js is over the gate's budget, so
// the build ends with an error after writing it (never ship one).
import * as esbuild from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = process.env.DRAMATIS_DIST ? resolve(process.env.DRAMATIS_DIST) : join(root, "dist");
const args = new Set(process.argv.slice(2));
const watch = args.has("--watch");
const testBuild = args.has("--test");
const cliOnly = args.has("--cli-only");

const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));

/** Each browser gets the manifest without the other's keys: each key the other browser
 *  does not know is a load-time warning there. */
function manifestFor(browser, { test }) {
  const m = structuredClone(manifest);
  if (browser === "chrome") {
    delete m.background.scripts;
    delete m.browser_specific_settings;
    // a fresh URL per session, so pages cannot probe for the extension's files
    for (const w of m.web_accessible_resources ?? []) w.use_dynamic_url = true;
  } else {
    delete m.background.service_worker;
  }
  if (test) {
    // tests open the popup as a page (popup.html?tab=ID) and ask tabs from extension pages, where
    // no toolbar click grants the tab (activeTab) for the popup's scripting call: the host access
    // stands in for that grant (tests/e2e/popup.test.ts clicks the real toolbar button without it)
    m.host_permissions = ["<all_urls>"];
    m.web_accessible_resources = [
      ...(m.web_accessible_resources ?? []),
      browser === "chrome"
        ? { resources: ["popup.html", "options.html"], matches: ["<all_urls>"] }
        : { resources: ["popup.html", "options.html"], matches: ["<all_urls>"] },
    ];
  }
  return m;
}

/** Static files copied as they are: page shells, stylesheets, icons, locales. */
const staticFiles = [
  ["src/content/content.css", "content.css"],
  ["src/popup/popup.html", "popup.html"],
  ["src/popup/popup.css", "popup.css"],
  ["src/options/options.html", "options.html"],
  ["src/options/options.css", "options.css"],
];

function copyStatic(out) {
  for (const [from, to] of staticFiles) {
    const src = join(root, from);
    if (existsSync(src)) cpSync(src, join(out, to));
  }
  mkdirSync(join(out, "icons"), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    const png = join(root, "icons", `icon-${size}.png`);
    if (existsSync(png)) cpSync(png, join(out, "icons", `icon-${size}.png`));
  }
  cpSync(join(root, "_locales"), join(out, "_locales"), { recursive: true });
  const assets = join(root, "src/engine/assets");
  if (existsSync(assets)) cpSync(assets, join(out, "assets"), { recursive: true });
}

// content.js is the gate every page pays for: the first look, the finder and the first paint
// (src/content/gate.ts says why). content-article.js (the popup's answers and their schemas) is
// an ES module it imports after an article's paint or when the popup asks; content-main.js (the card, the observer) one imported only on
// articles; engine-page.js is the page's own engine, imported by content-main.js only when the
// worker cannot analyse.
const extensionEntries = {
  content: "src/content/gate.ts",
  background: "src/background/index.ts",
  popup: "src/popup/index.ts",
  options: "src/options/index.ts",
};

function extensionTargets() {
  const targets = [
    { browser: "chrome", dir: join(dist, "chrome"), test: false },
    { browser: "firefox", dir: join(dist, "firefox"), test: false },
  ];
  if (testBuild) {
    targets.push({ browser: "chrome", dir: join(dist, "test-chrome"), test: true });
    targets.push({ browser: "firefox", dir: join(dist, "test-firefox"), test: true });
  }
  return targets;
}

const common = {
  bundle: true,
  absWorkingDir: root,
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
};

async function buildExtension() {
  const entryPoints = Object.fromEntries(
    Object.entries(extensionEntries).filter(([, file]) => existsSync(join(root, file))),
  );
  const targets = extensionTargets();
  const contexts = [];
  for (const t of targets) {
    const out = t.dir;
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "manifest.json"), JSON.stringify(manifestFor(t.browser, t), null, 2));
    copyStatic(out);
    const ctx = await esbuild.context({
      ...common,
      entryPoints,
      outdir: out,
      format: "iife",
      // Chrome 121+/Firefox 140+ both run ES2022; no down-levelling needed.
      target: ["chrome121", "firefox140"],
      minify: !watch && !process.env.DRAMATIS_READABLE,
      sourcemap: watch ? "inline" : false,
      define: { __BROWSER__: JSON.stringify(t.browser), __TEST_BUILD__: String(t.test) },
      plugins: [copyStaticOnRebuild(out)],
    });
    contexts.push(ctx);
    contexts.push(
      await esbuild.context({
        ...common,
        entryPoints: {
          "content-article": "src/content/gate-article.ts",
          "content-main": "src/content/index.ts",
          "engine-page": "src/content/engine-page.ts",
        },
        outdir: out,
        format: "esm",
        target: ["chrome121", "firefox140"],
        minify: !watch && !process.env.DRAMATIS_READABLE,
        sourcemap: watch ? "inline" : false,
        define: { __BROWSER__: JSON.stringify(t.browser), __TEST_BUILD__: String(t.test) },
      }),
    );
  }
  return contexts;
}

/** Issue 9: a page that is no article parses at most 60 KB of script, and content.js is all it
 *  parses. Each feature added to the gate has grown it past the line once already, unnoticed
 *  until a benchmark; the build now refuses a shipping content.js over it (test builds carry the
 *  probe's code and are larger by design). */
const GATE_BUDGET_BYTES = 60_000;

function checkGateBudget() {
  const over = extensionTargets()
    .filter((t) => !t.test)
    .map((t) => ({ t, bytes: statSync(join(t.dir, "content.js")).size }))
    .filter(({ bytes }) => bytes > GATE_BUDGET_BYTES);
  for (const { t, bytes } of over) {
    console.error(`dramatis: ${join(t.dir, "content.js")} is ${bytes} bytes, over the ${GATE_BUDGET_BYTES}-byte budget every page pays (scripts/build.mjs GATE_BUDGET_BYTES)`);
  }
  if (over.length) process.exit(1);
}

function copyStaticOnRebuild(out) {
  return {
    name: "copy-static",
    setup(build) {
      build.onEnd(() => copyStatic(out));
    },
  };
}

async function buildNode() {
  const contexts = [];
  if (existsSync(join(root, "src/cli.ts"))) {
    contexts.push(
      await esbuild.context({
        ...common,
        entryPoints: { dramatis: "src/cli.ts" },
        outdir: join(dist, "cli"),
        platform: "node",
        format: "esm",
        target: "node20",
        packages: "external",
        banner: { js: "#!/usr/bin/env node" },
        define: { __BROWSER__: '"node"', __TEST_BUILD__: "false" },
      }),
    );
  }
  if (existsSync(join(root, "src/index.ts"))) {
    contexts.push(
      await esbuild.context({
        ...common,
        entryPoints: { index: "src/index.ts" },
        outdir: join(dist, "lib"),
        platform: "neutral",
        format: "esm",
        target: "es2022",
        packages: "external",
        define: { __BROWSER__: '"node"', __TEST_BUILD__: "false" },
      }),
    );
  }
  return contexts;
}

const contexts = [...(await buildNode()), ...(cliOnly ? [] : await buildExtension())];
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log("dramatis: watching src/ for changes (Ctrl-C to stop)");
} else {
  const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    for (const f of failed) console.error(f.reason?.message ?? f.reason);
    process.exit(1);
  }
  if (!cliOnly) checkGateBudget();
  console.log(`dramatis: built ${cliOnly ? "dist/cli, dist/lib" : "dist/chrome, dist/firefox, dist/cli, dist/lib"}${testBuild ? ", dist/test-*" : ""}`);
}
