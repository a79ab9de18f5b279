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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const wcxbDir = join(root, "../shared/data/wcxb");
const { demo } = benchPages(root);
const server = await serveWcxb(wcxbDir, { "/demo.html": demo });
const others = sampleWcxb(wcxbDir, nPages * 3).filter((p) => p.set === "dev-other").slice(0, nPages);
const browsers = [];
for (const d of dists) browsers.push(await launchChromium(join(resolve(d), "test-chrome")));

/** Thread-time (ms) of trace events that belong to extension scripts, by kind. */
function attribute(events) {
  // the content scripts' files (the worker's background.js runs on a thread of its own)
  const ext = (e) => /chrome-extension:\/\/[^"]*\/content[-a-z]*\.js/.test(JSON.stringify(e.args ?? {}));
  const onMain = events;
  const out = {};
  const add = (k, e) => (out[k] = (out[k] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  // top-level events only: nested ones (v8.compile inside EvaluateScript) are in their parent
  const top = onMain.filter((e) => e.ph === "X" && ext(e) && ["EvaluateScript", "v8.compile", "FunctionCall", "v8.compileModule", "v8.evaluateModule", "TimerFire", "EventDispatch"].includes(e.name));
  top.sort((a, b) => a.ts - b.ts);
  let end = -1;
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    add(e.name, e);
    add("total", e);
  }
  // inside content.js's evaluation: compiling it (no code cache for content scripts: every page
  // compiles it afresh) and running its top level, the first look and what follows in that task
  for (const e of top.filter((x) => x.name === "EvaluateScript" && /\/content\.js/.test(JSON.stringify(x.args))))
    for (const c of onMain)
      if ((c.name === "v8.compile" || c.name === "v8.run") && c.ph === "X" && c.tid === e.tid && c.pid === e.pid && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur) add(`content.js ${c.name.slice(3)}`, c);
  // the task that evaluated content.js, whole: before its evaluation the browser creates the
  // content scripts' isolated world and injects them, which any content script costs (the floor)
  for (const e of top.filter((x) => x.name === "EvaluateScript" && /\/content\.js/.test(JSON.stringify(x.args)))) {
    const task = onMain.filter((t) => t.name === "RunTask" && t.ph === "X" && t.tid === e.tid && t.pid === e.pid && t.ts <= e.ts && t.ts + t.dur >= e.ts + e.dur).sort((a, b) => b.dur - a.dur)[0];
    if (task) add("content.js task", task);
  }
  // wall time of the same events, to show what the load did to them
  let wall = 0;
  end = -1;
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    wall += e.dur / 1000;
  }
  out.wall = wall;
  return out;
}

async function traced(browser, url) {
  const page = await browser.newPage();
  await page.tracing.start({ categories: ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline"] });
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
