// The finder's time (findArticle alone, parse excluded) on the demo page and the article ×20, in
// Node with jsdom: the median of 101 runs after 20 warm-up runs. To compare two builds of a change
// to measure(), run it on each, alternately, and quote `uptime` beside the figures.
//   node scripts/fit/finder-time.mjs [DIST]    (DIST: a build directory; default dist/)
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(process.argv[2] ?? join(root, "dist"));
const lib = await import(pathToFileURL(join(dist, "lib/index.js")).href);
const { benchPages } = await import(pathToFileURL(join(root, "bench/page-safety.mjs")).href);
const pages = benchPages(root);
for (const name of ["demo", "x20"]) {
  const dom = lib.parsePage(pages[name], "https://news.example/2024/05/story-of-the-day");
  const doc = dom.window.document;
  for (let i = 0; i < 20; i++) lib.findArticle(doc);
  const ts = [];
  for (let i = 0; i < 101; i++) { const t = performance.now(); lib.findArticle(doc); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(`${name}: median ${ts[50].toFixed(3)} ms, p10 ${ts[10].toFixed(3)} p90 ${ts[90].toFixed(3)}`);
}
