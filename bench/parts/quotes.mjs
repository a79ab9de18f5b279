// `npm run bench` part "quotes" (issue 5 bar: quotations add under 20% to the engine's time):
// on the ground-truth texts of the 711 WCXB dev articles, the engine without quotes
// (findPeople + findEntities) against findQuotes on the same people, best of 3 each.
// Also the reference article x20 (each copy's paragraphs numbered, as bench/browser builds it):
// findQuotes alone and the whole analyzeText, best of 40 runs each (--x20-only skips WCXB).
// Runnable alone: `node bench/parts/quotes.mjs [--x20-only]`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";
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

/** Best total ms of fn(i) over all texts (the machine is shared: the best run is least noisy). */
function best(n, fn, rounds = 3) {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** The reference article x20, as the browser bench builds it. */
function x20Text(root) {
  const dir = existsSync(resolve(root, "../shared/seed/article.txt")) ? resolve(root, "../shared/seed") : join(root, "tests/fixtures/seed");
  const article = readFileSync(join(dir, "article.txt"), "utf8");
  return Array.from({ length: 20 }, (_, k) => article.replace(/\n/g, ` [${k + 1}]\n`)).join("\n");
}

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const log = ctx?.log ?? console.log;
  const args = ctx?.args ?? process.argv.slice(2);
  {
    // timings on a shared machine mean little without its load
    let load = "";
    try {
      load = execFileSync("uptime").toString().trim().replace(/^.*load/, "load");
    } catch {
      load = "load unknown (no uptime)";
    }
    const m = await loadMatchers(root);
    const text = x20Text(root);
    const people = m.findPeople(text);
    for (let i = 0; i < 10; i++) m.analyzeText(text); // warm up the JIT
    const q = best(1, () => m.findQuotes(text, people), 40);
    const all = best(1, () => m.analyzeText(text), 40);
    log(`reference article x20 (${text.length} chars, ${m.findQuotes(text, people).length} quotations): findQuotes ${q.toFixed(2)} ms, analyzeText ${all.toFixed(2)} ms (best of 40; ${load})`);
    if (args.includes("--x20-only")) return;
  }
  const texts = loadTexts(dataDir);
  if (!texts) {
    log("wcxb/dev-articles not found: skipped");
    return;
  }
  const m = await loadMatchers(root);
  const people = texts.map((t) => m.findPeople(t));
  for (let i = 0; i < 20; i++) m.findQuotes(texts[i], people[i]); // warm up the JIT
  const engine = best(texts.length, (i) => m.findEntities(texts[i], m.findPeople(texts[i])));
  const quotes = best(texts.length, (i) => m.findQuotes(texts[i], people[i]));
  const found = texts.reduce((n, t, i) => n + m.findQuotes(t, people[i]).length, 0);
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  log(`${texts.length} WCXB dev article texts, ${words} words, ${found} quotations found`);
  log(`engine without quotes (findPeople + findEntities): ${Math.round(engine)} ms; findQuotes: ${Math.round(quotes)} ms`);
  log(`quotes add ${((quotes / engine) * 100).toFixed(1)}% to the engine's time (bar < 20%)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run(null);
