#!/usr/bin/env node
// Where the content script's time goes, from Chromium's own trace (not the script's clock): per
// page load, the main thread's CPU time (the trace's thread time, `tdur`, which a loaded machine
// stretches far less than wall time) spent compiling and running each extension script, split by
// event (compile, evaluate, function calls, timers, messages, GC inside them).
//   node bench/browser/trace.mjs DIST [DIST...] [--pages N] [--demo N] [--dump FILE]
// Each DIST is a DRAMATIS_DIST of `node scripts/build.mjs --test` (its test-chrome is loaded).
// The dists load in turns, page by page. A dist whose content.js is empty measures the floor:
// what any content script costs the page (its isolated world, injection) before our code runs.
// --pages N: N WCXB dev-other pages (default 20); --demo N: N loads of the demo (default 10).
import { writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPages, launchChromium, sampleWcxb, serveWcxb } from "../page-safety.mjs";
import { TRACE_CATEGORIES, attribute } from "./trace-cpu.mjs";
import { median } from "./worker-study.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const argv = process.argv.slice(2);
const opt = (name, d) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : d;
};
const dists = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
const nPages = Number(opt("--pages", 20));
const nDemo = Number(opt("--demo", 10));
const dump = opt("--dump", null);
if (!dists.length) throw new Error("usage: trace.mjs DIST [DIST...] [--pages N] [--demo N]");


const wcxbDir = join(root, "../shared/data/wcxb");
const { demo } = benchPages(root);
const server = await serveWcxb(wcxbDir, { "/demo.html": demo });
const others = sampleWcxb(wcxbDir, nPages * 3).filter((p) => p.set === "dev-other").slice(0, nPages);
const browsers = [];
for (const d of dists) browsers.push(await launchChromium(join(resolve(d), "test-chrome")));

async function traced(browser, url) {
  const page = await browser.newPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: "load" });
  await new Promise((r) => setTimeout(r, 1500));
  const json = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  if (process.env.TRACE_RAW) writeFileSync(process.env.TRACE_RAW, JSON.stringify(json));
  return attribute(json.traceEvents ?? json);
}

const rows = dists.map(() => ({ demo: [], other: [] }));
try {
  for (const [kind, urls] of [["demo", Array.from({ length: nDemo }, () => "/demo.html")], ["other", others.map((p) => p.path)]])
    for (let j = 0; j < urls.length; j++)
      for (let k = 0; k < dists.length; k++) {
        const b = (j + k) % dists.length;
        rows[b][kind].push(await traced(browsers[b], server.origin + urls[j]));
      }
} finally {
  for (const b of browsers) await b.close();
  server.close();
}
if (dump) writeFileSync(dump, JSON.stringify(rows));
for (const [k, d] of dists.entries())
  for (const kind of ["demo", "other"]) {
    const r = rows[k][kind];
    const keys = [...new Set(r.flatMap((x) => Object.keys(x)))];
    console.log(`${d} ${kind} (n=${r.length}) median thread ms: ${keys.map((n) => `${n} ${median(r.map((x) => x[n] ?? 0)).toFixed(2)}`).join(", ")}`);
  }
