#!/usr/bin/env node
// The Node side of bench/browser/worker-engine.mjs: the same analysis of the same text, called as
// the browser bench calls the worker (one call a second from a young process) and as Node is
// usually timed (warm, back to back), with a control workload that is not the engine (lookups in a
// Map as big as a lexicon) at the same gaps. If the control slows after a pause as much as the
// engine does, the pause costs the machine (caches refilled after other processes ran), not V8.
//   node bench/browser/node-gap.mjs DIST
// DIST is a DRAMATIS_DIST of `node scripts/build.mjs` (its lib/index.js is imported).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = process.argv[2];
if (!dist) throw new Error("usage: node-gap.mjs DIST");
const { analyzeText } = await import(join(resolve(dist), "lib/index.js"));
const text = readFileSync(join(root, "tests/fixtures/seed/article.txt"), "utf8");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** n calls of fn, gapMs apart (a timer: the process sleeps): median wall and CPU ms. */
async function run(fn, n, gapMs) {
  const wall = [];
  const used = [];
  for (let i = 0; i < n; i++) {
    if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    const c0 = cpu();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    used.push(cpu() - c0);
  }
  return { wall: median(wall), cpu: median(used), all: wall };
}
const show = (r) => `wall ${r.wall.toFixed(2)} cpu ${r.cpu.toFixed(2)}`;

const words = Array.from({ length: 200_000 }, (_, i) => "w" + ((i * 2654435761) % 1000003).toString(36));
const map = new Map(words.map((w, i) => [w, i]));
const probes = Array.from({ length: 20_000 }, (_, i) => words[(i * 7919) % words.length]);
const control = () => {
  let s = 0;
  for (let r = 0; r < 5; r++) for (const w of probes) s += map.get(w) ?? 0;
  return s;
};
const engine = () => analyzeText(text, "");

console.log(execFileSync("uptime").toString().trim());
const first = await run(engine, 1, 0);
console.log(`engine first call ${first.wall.toFixed(1)} ms`);
const paced = await run(engine, 20, 1000);
console.log(`engine calls 2-21, 1 s apart (as ab.mjs's demo loads reach the worker): ${show(paced)}  [${paced.all.map((x) => x.toFixed(1)).join(" ")}]`);
await run(engine, 200, 0);
await run(control, 100, 0);
for (const gap of [0, 100, 1000, 0]) {
  console.log(`warm, gap ${String(gap).padStart(4)} ms: engine ${show(await run(engine, 10, gap))} | control ${show(await run(control, 10, gap))}`);
}
console.log(execFileSync("uptime").toString().trim());
