// `npm run bench` part "people": findPeople() (names, grouping and roles) on the ground-truth
// article texts of the 711 WCXB dev articles, in words per second, against compromise's
// people() on the same texts in the same run (issue 4 bar: >= 10x faster). Also the cost of
// findEntities() on top (issue 10 bar: the engine's time grows by under 30%).
// Runnable alone: `node bench/parts/people.mjs`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { loadMatchers } from "../../scripts/eval/parts/people.mjs";

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

/** Total ms of fn over all texts, best of `rounds` (the machine is shared: best is least noisy). */
function timeAll(texts, fn, rounds) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const log = ctx?.log ?? console.log;
  const table = ctx?.table ?? ((rows) => console.table(rows));
  const texts = loadTexts(dataDir);
  if (!texts) {
    log("wcxb/dev-articles not found: skipped");
    return;
  }
  const m = await loadMatchers(root);
  const nlp = (await import("compromise")).default;
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  for (const t of texts.slice(0, 20)) m.findPeople(t); // warm up the JIT
  const people = timeAll(texts, (t) => m.findPeople(t), 3);
  const withEntities = timeAll(texts, (t) => m.findEntities(t, m.findPeople(t)), 3);
  const base = timeAll(texts, (t) => nlp(t).people().json({ offset: true }), 1);
  const row = (system, ms) => ({ system, ms: Math.round(ms), wordsPerSec: Math.round((words / ms) * 1000) });
  log(`${texts.length} WCXB dev article texts, ${words} words (best of 3 for ours, 1 run of compromise)`);
  table([row("dramatis findPeople (+roles)", people), row("dramatis findPeople + findEntities", withEntities), row("compromise people()", base)]);
  log(`speed-up over compromise: ${(base / people).toFixed(1)}x (bar >= 10x); findEntities adds ${(((withEntities - people) / people) * 100).toFixed(1)}% to findPeople`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run(null);
