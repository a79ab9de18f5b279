#!/usr/bin/env node
// `npm run bench`: timings of the engine on the development data in ../shared/data.
// Timings live here, never in tests.
//
// PART API: bench/parts/NAME.mjs exporting `async function run(ctx)`; run in name order.
// ctx is the eval ctx (see scripts/eval/index.mjs: dataDir, lib, jsdom, root, args, log, table,
// readPage) plus:
//   ctx.time(fn, n = 1)  calls fn() n times and returns its stats in ms
//                 { n, median, p95, mean, min, max, samples }
//   ctx.stats(samples)   the same stats for durations you measured yourself (ms)
//   ctx.now()            performance.now()
// `npm run bench -- --only NAME` runs one part.
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { runParts } from "../scripts/eval/index.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN);
  return {
    n: s.length,
    median: q(0.5),
    p95: q(0.95),
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    samples: s,
  };
}

export function time(fn, n = 1) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

process.exitCode = await runParts({
  name: "bench",
  partsDir: join(root, "bench/parts"),
  libPath: join(root, "dist/lib/index.js"),
  extra: () => ({ time, stats, now: () => performance.now() }),
});
