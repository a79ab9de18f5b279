#!/usr/bin/env node
// `npm run crawl`: the page-safety crawl of issue 9. Loads WCXB dev pages (articles and other
// pages) from 127.0.0.1 in Chromium with the built extension (dist/chrome) and without it, and
// counts what the extension caused: page errors, console errors, DOM differences, extension
// exceptions. `--pages N` (default 300) takes an even sample of N pages, 2/3 articles;
// `--files set/id,…` (with `--repeat K`) looks again at chosen pages. A DOM difference counts as
// caused only when page-safety.mjs's comparePage says so (its verdicts are explained there).
import { existsSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { comparePage, launchChromium, sampleWcxb, serveWcxb } from "./page-safety.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const data = resolve(root, "../shared/data/wcxb");
if (!existsSync(data)) {
  console.log("npm run crawl: ../shared/data/wcxb not found (the development data sets are not in this clone)");
  process.exit(0);
}
const argv = process.argv.slice(2);
const n = Number(argv[argv.indexOf("--pages") + 1]) || 300;
// --files dev-other/0235,dev-articles/0113: only these pages (to look again at what a crawl flagged)
const only = argv.includes("--files") ? argv[argv.indexOf("--files") + 1].split(",") : null;
const repeat = Number(argv[argv.indexOf("--repeat") + 1]) || 1;
/** How many more times a page the crawl flagged is compared before it counts as caused. */
const RECHECKS = 2;

const pages = only
  ? only.flatMap((f) => Array.from({ length: repeat }, () => ({ set: f.split("/")[0], file: `${f.split("/")[1]}.html.gz`, path: `/${f}.html` })))
  : sampleWcxb(data, n);
const server = await serveWcxb(data);
const origin = server.origin;

const ext = join(process.env.DRAMATIS_DIST ? resolve(process.env.DRAMATIS_DIST) : join(root, "dist"), "chrome");
const withExt = await launchChromium(ext);
const plain = await launchChromium(null);
const results = [];
const t0 = Date.now();
try {
  for (const [i, p] of pages.entries()) {
    const url = origin + p.path;
    const r = await comparePage(withExt, plain, url);
    results.push({ set: p.set, file: p.file, ...r });
    const bad = r.domDiff || r.pageErrors.length || r.consoleErrors.length || r.extensionExceptions.length;
    if (bad) console.log(`  ${p.set}/${p.file}: ${JSON.stringify({ verdict: r.verdict, pageErrors: r.pageErrors, consoleErrors: r.consoleErrors, extensionExceptions: r.extensionExceptions, firstDifference: r.firstDifference })}`);
    else if (r.verdict === "page-nondeterministic") console.log(`  ${p.set}/${p.file}: page-nondeterministic (${r.nondeterminism.between} differ): ${JSON.stringify(r.nondeterminism)}`);
    if ((i + 1) % 25 === 0) console.log(`  … ${i + 1}/${pages.length} pages, ${Math.round((Date.now() - t0) / 1000)} s`);
  }
  // A page flagged once is loaded again before it counts: in the stop-14 crawl, both flagged pages
  // (a consent script's iframe placed by timing, an ad-blocker shield that reloads the page)
  // turned out, loaded again by hand, to differ between their own loads without the extension.
  // Verdicts are unchanged in kind: a page stays "caused" only if every re-check says so.
  for (const r of results.filter((x) => x.verdict === "caused")) {
    const url = `${origin}/${r.set}/${r.file.replace(/\.gz$/, "")}`;
    for (let k = 1; k <= RECHECKS; k++) {
      const again = await comparePage(withExt, plain, url);
      r.errorsOnRecheck = (r.errorsOnRecheck ?? 0) + again.pageErrors.length + again.extensionExceptions.length;
      if (again.verdict === "page-nondeterministic") {
        r.verdict = "page-nondeterministic";
        r.nondeterminism = { ...again.nondeterminism, onRecheck: k, firstFlag: r.firstDifference };
        console.log(`  ${r.set}/${r.file}: flagged, then page-nondeterministic on re-check ${k}: ${JSON.stringify(again.nondeterminism)}`);
        break;
      }
      console.log(`  ${r.set}/${r.file}: re-check ${k}: ${again.verdict}`);
    }
  }
} finally {
  await withExt.close();
  await plain.close();
  server.close();
}

const count = (f) => results.filter(f).length;
const sum = (f) => results.reduce((a, r) => a + f(r), 0);
const summary = {
  pages: results.length,
  painted: count((r) => r.painted > 0),
  paintedArticles: count((r) => r.set === "dev-articles" && r.painted > 0),
  paintedOther: count((r) => r.set === "dev-other" && r.painted > 0),
  domDifferences: count((r) => r.verdict === "caused"),
  flaggedThenNondeterministic: count((r) => r.nondeterminism?.onRecheck),
  pageNondeterministic: count((r) => r.verdict === "page-nondeterministic"),
  pageErrors: sum((r) => r.pageErrors.length),
  consoleErrors: sum((r) => r.consoleErrors.length),
  extensionExceptions: sum((r) => r.extensionExceptions.length),
  loadErrors: count((r) => r.loadError),
  seconds: Math.round((Date.now() - t0) / 1000),
};
console.log("\ncrawl (bars: 0 page errors, 0 DOM differences, 0 extension exceptions caused; page-nondeterministic pages differ between their own loads and are listed, not counted):");
for (const [k, v] of Object.entries(summary)) console.log(`  ${k.padEnd(28)} ${v}`);
mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench/crawl.json"), JSON.stringify({ summary, results }, null, 1));
console.log("details: .bench/crawl.json");
process.exitCode = summary.domDifferences || summary.pageErrors || summary.extensionExceptions ? 1 : 0;
