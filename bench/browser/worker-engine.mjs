#!/usr/bin/env node
// Why is the engine slower in the background worker than in Node? Drives the worker's
// engine/analyse directly from an extension page (popup.html, no content script, no paint) and
// prints the analysis's own ms (measured inside the worker) call by call, in several patterns:
//   burst: N calls back to back (does it warm up like Node after 10, 50, 200 calls?)
//   gap:   calls 1 s apart, as bench/browser/ab.mjs loads pages (tier-down / flushing between?)
// and the same text in the popup page's own engine (engine-page.js) for a second V8 context, and
// the worker's heap (CDP Runtime.getHeapUsage) before and after.
//   node bench/browser/worker-engine.mjs DIST [--burst N] [--gap N] [--x20]
//   node bench/browser/worker-engine.mjs DIST --paced N [--x20]   (first call, then N calls 1 s apart only)
//   node bench/browser/worker-engine.mjs DIST --sweep   (warm, then worker and page engine at gaps 0-1000 ms)
// DIST is a DRAMATIS_DIST of `node scripts/build.mjs --test`.
import { execFileSync } from "node:child_process";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../page-safety.mjs";
import { median, studyText, workerAndPage } from "./worker-study.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = process.argv[2];
if (!dist) throw new Error("usage: worker-engine.mjs DIST [--burst N] [--gap N] [--x20]");
const opt = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const burst = opt("--burst", 200);
const gaps = opt("--gap", 10);
const text = studyText(root, process.argv.includes("--x20"));

const fmt = (xs) => `median ${median(xs).toFixed(2)} min ${Math.min(...xs).toFixed(2)} (n=${xs.length})`;

console.log(execFileSync("uptime").toString().trim());
console.log(`text ${text.length} chars`);
const browser = await launchChromium(join(resolve(dist), "test-chrome"));
const { worker: swTarget, page } = await workerAndPage(browser);
const cdp = await swTarget.createCDPSession();
const heap = async () => {
  const h = await cdp.send("Runtime.getHeapUsage");
  return `${(h.usedSize / 1e6).toFixed(1)}/${(h.totalSize / 1e6).toFixed(1)} MB`;
};

/** n analyses in the worker, `gapMs` apart; the worker's own ms of each. */
const inWorker = (n, gapMs) =>
  page.evaluate(
    async (text, n, gapMs) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
        const a = await chrome.runtime.sendMessage({ type: "engine/analyse", text, title: "" });
        if (!a?.ok) throw new Error(JSON.stringify(a));
        out.push(a.ms);
      }
      return out;
    },
    text,
    n,
    gapMs,
  );

console.log(`worker heap at start ${await heap()}`);
const first = await inWorker(1, 0);
console.log(`first call (cold engine) ${first[0].toFixed(1)} ms`);
const paced = opt("--paced", 0);
if (paced) {
  // as ab.mjs sees the worker: after its first analysis, one analysis a second
  const p = await inWorker(paced, 1000);
  console.log(`paced, 1 s apart, calls 2-${paced + 1}: ${fmt(p)}  [${p.map((x) => x.toFixed(1)).join(" ")}]`);
  console.log(`worker heap ${await heap()}`);
  console.log(execFileSync("uptime").toString().trim());
  await browser.close();
  process.exit(0);
}
if (process.argv.includes("--sweep")) {
  // warm both engines first, then the same calls at growing gaps: is a slower call after a pause
  // the worker's own (its heap shrunk, code tiered down) or any context's (the CPU's caches)?
  const inPageGap = (n, gapMs) =>
    page.evaluate(
      async (text, n, gapMs) => {
        const m = await import("/engine-page.js");
        const out = [];
        for (let i = 0; i < n; i++) {
          if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
          const t0 = performance.now();
          m.analyzeText(text, "");
          out.push(performance.now() - t0);
        }
        return out;
      },
      text,
      n,
      gapMs,
    );
  await inWorker(burst, 0);
  await inPageGap(burst, 0);
  for (const gap of [0, 100, 300, 1000, 0]) {
    const w = await inWorker(12, gap);
    const pg = await inPageGap(12, gap);
    console.log(`gap ${String(gap).padStart(4)} ms: worker ${fmt(w)} | page ${fmt(pg)} | worker heap ${await heap()}`);
  }
  console.log(execFileSync("uptime").toString().trim());
  await browser.close();
  process.exit(0);
}
const b = await inWorker(burst, 0);
const slice = (from, to) => b.slice(from, to);
console.log(`burst calls 2-10   ${fmt(slice(0, 9))}`);
console.log(`burst calls 11-50  ${fmt(slice(9, 49))}`);
console.log(`burst calls 51-200 ${fmt(slice(49, 199))}`);
if (b.length > 199) console.log(`burst calls 200+   ${fmt(slice(199))}`);
console.log(`worker heap after burst ${await heap()}`);
const g = await inWorker(gaps, 1000);
console.log(`1 s apart          ${fmt(g)}  [${g.map((x) => x.toFixed(1)).join(" ")}]`);
const g2 = await inWorker(gaps, 100);
console.log(`0.1 s apart        ${fmt(g2)}`);
const b2 = await inWorker(50, 0);
console.log(`burst again (50)   ${fmt(b2)}`);

// the same engine, same text, in the popup page's own context
const inPage = await page.evaluate(
  async (text, n) => {
    const m = await import("/engine-page.js");
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      m.analyzeText(text, "");
      out.push(performance.now() - t0);
    }
    return out;
  },
  text,
  burst,
);
console.log(`page engine first ${inPage[0].toFixed(1)}, calls 2-10 ${fmt(inPage.slice(1, 10))}, 51+ ${fmt(inPage.slice(50))}`);
console.log(execFileSync("uptime").toString().trim());
await browser.close();
