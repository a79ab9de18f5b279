// `npm run bench` part "people": findPeople() (names, grouping and roles) on the ground-truth
// article texts of the 711 WCXB dev articles, in words per second, against compromise's
// people() on the same texts in the same run (issue 4 bar: >= 10x faster). Also the cost of
// findEntities() on top (issue 10 bar: the engine's time grows by under 30%), and the tagger's
// cold start (model decode, first analysis) in fresh Node processes.
// Runnable alone: `node bench/parts/people.mjs`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { bundleMatchers } from "../../scripts/eval/parts/people.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

function loadTexts(dataDir) {
  const dir = join(dataDir, "wcxb/dev-articles/ground-truth");
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")).ground_truth?.main_content ?? "")
    .filter((t) => t.length);
}

/**
 * Wall and CPU ms of fn over all texts, best of `rounds` each. The machine is shared: the best
 * round is the least disturbed, and CPU time counts only the time this process ran.
 */
function timeAll(texts, fn, rounds) {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of texts) fn(t);
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

// One fresh process: import the bundle, decode the model, then analyse the reference article
// twice (the second time a different text, so nothing is memoised, but caches and JIT are warm).
const COLD_PROBE = `
const t0 = performance.now();
const m = await import(process.argv[1]);
const t1 = performance.now();
const text = (await import("node:fs")).readFileSync(process.argv[2], "utf8");
const t2 = performance.now();
m.warmTagger();
const t3 = performance.now();
m.analyzeText(text);
const t4 = performance.now();
m.analyzeText(text + " ");
const t5 = performance.now();
console.log(JSON.stringify({ import: t1 - t0, decode: t3 - t2, first: t4 - t3, second: t5 - t4 }));
`;

function coldStart(bundle, article, runs) {
  const rows = [];
  for (let r = 0; r < runs; r++) rows.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", COLD_PROBE, pathToFileURL(bundle).href, article], { encoding: "utf8" })));
  const median = (k) => {
    const a = rows.map((x) => x[k]).sort((x, y) => x - y);
    return +a[a.length >> 1].toFixed(1);
  };
  return { runs, importMs: median("import"), modelDecodeMs: median("decode"), firstAnalyzeMs: median("first"), secondAnalyzeMs: median("second") };
}

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const log = ctx?.log ?? console.log;
  const table = ctx?.table ?? ((rows) => console.table(rows));
  const bundle = await bundleMatchers(root);
  const seed = existsSync(resolve(root, "../shared/seed/article.txt")) ? resolve(root, "../shared/seed") : join(root, "tests/fixtures/seed");
  const cold = coldStart(bundle, join(seed, "article.txt"), 7);
  log(`cold start (fresh Node process, median of ${cold.runs}; reference article): import ${cold.importMs} ms, model decode ${cold.modelDecodeMs} ms, first analyzeText ${cold.firstAnalyzeMs} ms, second ${cold.secondAnalyzeMs} ms`);
  const texts = loadTexts(dataDir);
  if (!texts) {
    log("wcxb/dev-articles not found: skipped");
    return;
  }
  const m = await import(pathToFileURL(bundle).href);
  const nlp = (await import("compromise")).default;
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  for (const t of texts.slice(0, 20)) m.findPeople(t); // warm up the JIT
  const people = timeAll(texts, (t) => m.findPeople(t), 3);
  // as the product runs them (src/engine/analyze.ts): one token list for people and entities
  const withEntities = timeAll(
    texts,
    (t) => {
      const tokens = m.tokenize(t);
      m.findEntities(t, m.findPeople(t, tokens), tokens);
    },
    3,
  );
  const base = timeAll(texts, (t) => nlp(t).people().json({ offset: true }), 1);
  const row = (system, ms) => ({ system, wallMs: Math.round(ms.wall), cpuMs: Math.round(ms.cpu), wordsPerSec: Math.round((words / ms.wall) * 1000) });
  log(`${texts.length} WCXB dev article texts, ${words} words (best of 3 for ours, 1 run of compromise)`);
  table([row("dramatis findPeople (+roles)", people), row("dramatis findPeople + findEntities", withEntities), row("compromise people()", base)]);
  const pct = (a, b) => (((a - b) / b) * 100).toFixed(1);
  log(`speed-up over compromise: ${(base.wall / people.wall).toFixed(1)}x wall, ${(base.cpu / people.cpu).toFixed(1)}x CPU (bar >= 10x); findEntities adds ${pct(withEntities.wall, people.wall)}% wall, ${pct(withEntities.cpu, people.cpu)}% CPU to findPeople (bar < 30%)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run(null);
