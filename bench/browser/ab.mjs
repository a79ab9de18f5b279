#!/usr/bin/env node
// A/B time to painted on a shared, loaded machine: two test builds of the extension (A and B),
// each in its own Chromium, loading the demo page (and the article ×20) in turns, so both see
// the same load. Prints per build the median and p95 of fromIdle (content.js's first statement to
// the paint), the worker's analysis and the round trip, with `uptime` before and after.
//   node bench/browser/ab.mjs DIST_A DIST_B [--loads N] [--x40] [--demo-only] [--raw FILE]
// --x40 adds the article 40 times in one page (a quarter as many loads as the demo): its longest task.
// --demo-only leaves out the article x20 (on a machine so loaded that x20 loads take seconds each).
// --wcxb-only with --wcxb: no demo or x20 rows.
// --other N: like --wcxb N, but N WCXB dev-other pages only (evenly spaced: the non-article pages
// issue 9's bar is about; --wcxb's sample holds a third of them); implies --wcxb-only.
// --raw FILE writes every load's phases (JSON lines: page, build, phases), for questions medians
// cannot answer (how often one phase ended after another).
// --cold stops each build's worker before every load (a reader's first article after a pause: the
// page's request starts the worker); --woken MS stops it, starts it again from an extension page
// (options.html, as the popup or a glossary change would) and loads the page MS later. Both have
// no warm-up load, and print the worker's age at the analysis.
// --wcxb N loads N WCXB dev pages (bench/page-safety.mjs sampleWcxb: the bench's own sample) with
// each build in turn, page by page, and compares the builds PAIRED: per page, B's time over A's
// (time to painted on pages both paint, script time on pages neither paints), so the machine's
// drift between runs (17-19 % between two unpaired bench runs at idle) cancels out. Requests
// leaving 127.0.0.1 are blocked, as in the bench. One build against itself (A/A, 30 pages, load
// 7-8 from five other jobs) gave painted geometric means of 1.138 (95 % 1.022-1.268) and 1.059:
// on a loaded machine read only differences well past 15 %, and run it at idle.
// DIST_x is a DRAMATIS_DIST of `node scripts/build.mjs --test` (its test-chrome folder is loaded).
import { execFileSync } from "node:child_process";
import { appendFileSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPages, launchChromium, probeDramatis, sampleWcxb, serveWcxb, watchLongTasks } from "../page-safety.mjs";

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN);
  return { n: s.length, median: q(0.5), p95: q(0.95) };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const [distA, distB] = process.argv.slice(2, 4);
const i = process.argv.indexOf("--loads");
const loads = i > 0 ? Number(process.argv[i + 1]) : 20;
const rawAt = process.argv.indexOf("--raw");
const raw = rawAt > 0 ? process.argv[rawAt + 1] : null;
if (raw) writeFileSync(raw, "");
if (!distA || !distB) throw new Error("usage: ab.mjs DIST_A DIST_B [--loads N]");

const { demo, x20, x40 } = benchPages(root);
const server = await serveWcxb(join(root, "../shared/data/wcxb"), { "/demo.html": demo, "/x20.html": x20, "/x40.html": x40 });

const up = () => execFileSync("uptime").toString().trim();
console.log(up());
const builds = { A: await launchChromium(join(resolve(distA), "test-chrome")), B: await launchChromium(join(resolve(distB), "test-chrome")) };

const cold = process.argv.includes("--cold");
const wokenAt = process.argv.indexOf("--woken");
const woken = wokenAt > 0 ? Number(process.argv[wokenAt + 1]) : null;
const workerTarget = (browser) => browser.targets().find((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"));
const extensionId = Object.fromEntries(Object.entries(builds).map(([k, b]) => [k, new URL(workerTarget(b).url()).host]));

async function stopWorker(browser) {
  const worker = await workerTarget(browser)?.worker().catch(() => null);
  await worker?.close().catch(() => {});
  const end = Date.now() + 5_000;
  while (Date.now() < end && workerTarget(browser)) await new Promise((r) => setTimeout(r, 20));
}

/** Starts the stopped worker the way an extension page does (options.html asks it for the glossary). */
async function wakeWorker(browser, id) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/options.html`, { waitUntil: "load" });
  await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 10_000 });
  await page.close();
}

async function load(browser, url, k) {
  if (cold || woken !== null) await stopWorker(browser);
  if (woken !== null) {
    await wakeWorker(browser, extensionId[k]);
    await new Promise((r) => setTimeout(r, woken));
  }
  const page = await browser.newPage();
  await watchLongTasks(page);
  await page.goto(url, { waitUntil: "load" });
  let p = null;
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    p = await probeDramatis(page).catch(() => null);
    if (p && p.firstPaintMs !== null && p.phases?.fromIdle !== undefined) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const longTasks = await page.evaluate(() => globalThis.__longTasks).catch(() => []);
  await page.close();
  return { ...(p?.phases ?? {}), longestTask: Math.max(0, ...longTasks) };
}

/** One WCXB page in `browser`: time to painted, or the script time of a page left unpainted. */
async function loadWcxb(browser, url) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (r) => (r.url().startsWith(server.origin) || r.url().startsWith("chrome-extension:") ? r.continue() : r.abort("blockedbyclient")));
  await page.goto(url, { waitUntil: "load" }).catch(() => {});
  let p = null;
  // a page that is not painted has settled once the probe says what it is (as the bench waits)
  const end = Date.now() + 10_000;
  const unpaintedBy = Date.now() + 1_500;
  while (Date.now() < end) {
    p = await Promise.race([probeDramatis(page), new Promise((ok) => setTimeout(() => ok(null), 3_000))]).catch(() => null);
    if (p && (p.firstPaintMs !== null || (Date.now() > unpaintedBy && p.status && p.status !== "loading"))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.close().catch(() => {});
  // evaluating content.js's modules (topLevel.init) comes before the check, and scriptMs leaves it out
  const withInit = p?.scriptMs != null && Number.isFinite(p?.topLevel?.init) ? p.scriptMs + p.topLevel.init : null;
  return { painted: p?.firstPaintMs ?? null, scriptMs: p?.scriptMs ?? null, withInit, status: p?.status ?? null };
}

/** Paired figures of A and B over the same pages: medians, B/A per page (its median and geometric
 *  mean) and on how many pages B was the faster. */
function paired(label, pairs) {
  if (!pairs.length) return void console.log(`${label}: no page measured by both builds`);
  const logs = pairs.map(([a, b]) => Math.log(b / a)).filter(Number.isFinite);
  const mean = logs.reduce((s, x) => s + x, 0) / (logs.length || 1);
  // the interval of the geometric mean (normal approximation of the mean log ratio): a change
  // is shown only when 1 lies outside it
  const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, logs.length - 1));
  const half = (1.96 * sd) / Math.sqrt(logs.length || 1);
  const ratios = logs.map(Math.exp);
  const faster = pairs.filter(([a, b]) => b < a).length;
  const [sa, sb] = [stats(pairs.map((x) => x[0])), stats(pairs.map((x) => x[1]))];
  console.log(`${label}: ${pairs.length} pages, median A ${sa.median.toFixed(2)} ms, B ${sb.median.toFixed(2)} ms (p95 A ${sa.p95.toFixed(2)}, B ${sb.p95.toFixed(2)}); B/A per page: median ${stats(ratios).median.toFixed(3)}, geometric mean ${Math.exp(mean).toFixed(3)} (95 % ${Math.exp(mean - half).toFixed(3)}-${Math.exp(mean + half).toFixed(3)}); B faster on ${faster} of ${pairs.length}`);
}

try {
  const wcxbAt = process.argv.indexOf("--wcxb");
  const otherAt = process.argv.indexOf("--other");
  if (wcxbAt > 0 || otherAt > 0) {
    const wcxbDir = join(root, "../shared/data/wcxb");
    const pages = otherAt > 0 ? sampleWcxb(wcxbDir, 3 * Number(process.argv[otherAt + 1])).filter((p) => p.set === "dev-other") : sampleWcxb(wcxbDir, Number(process.argv[wcxbAt + 1]));
    for (const k of ["A", "B"]) await loadWcxb(builds[k], server.origin + "/demo.html");
    const paint = [];
    const script = [];
    const withInit = [];
    let mixed = 0;
    for (const [j, page] of pages.entries()) {
      const got = {};
      for (const k of j % 2 ? ["B", "A"] : ["A", "B"]) got[k] = await loadWcxb(builds[k], server.origin + page.path);
      if (raw) appendFileSync(raw, JSON.stringify({ page: page.path, A: got.A, B: got.B }) + "\n");
      if (got.A.painted !== null && got.B.painted !== null) paint.push([got.A.painted, got.B.painted]);
      else if (got.A.painted === null && got.B.painted === null && got.A.scriptMs !== null && got.B.scriptMs !== null) {
        script.push([got.A.scriptMs, got.B.scriptMs]);
        if (got.A.withInit !== null && got.B.withInit !== null) withInit.push([got.A.withInit, got.B.withInit]);
      }
      else mixed++;
    }
    paired("WCXB painted (time to painted)", paint);
    paired("WCXB not painted (script time)", script);
    paired("WCXB not painted (script time + module evaluation)", withInit);
    console.log(`WCXB pages one build painted and the other did not, or with no probe answer: ${mixed}`);
  }
  const sets = [["demo", "/demo.html", loads]];
  if (process.argv.includes("--wcxb-only") || otherAt > 0) sets.length = 0;
  else if (!process.argv.includes("--demo-only")) sets.push(["article x20", "/x20.html", Math.max(5, Math.round(loads / 2))]);
  if (process.argv.includes("--x40") && sets.length) sets.push(["article x40", "/x40.html", Math.max(5, Math.round(loads / 4))]);
  for (const [label, path, n] of sets) {
    const got = { A: [], B: [] };
    // one warm-up load each (the worker's first analysis compiles its engine)
    if (!cold && woken === null) for (const k of ["A", "B"]) await load(builds[k], server.origin + path, k);
    for (let j = 0; j < n; j++)
      for (const k of j % 2 ? ["B", "A"] : ["A", "B"]) {
        const phases = await load(builds[k], server.origin + path, k);
        got[k].push(phases);
        if (raw) appendFileSync(raw, JSON.stringify({ page: label, build: k, phases }) + "\n");
      }
    for (const k of ["A", "B"]) {
      const col = (name) => stats(got[k].map((x) => x[name]).filter(Number.isFinite));
      const f = (s) => `${s.median?.toFixed(1)} (p95 ${s.p95?.toFixed(1)})`;
      console.log(`${label} ${k}: n=${col("fromIdle").n} fromIdle ${f(col("fromIdle"))}; workerAge ${col("workerAge").median?.toFixed(0)}, worker ${col("worker").median?.toFixed(1)}, workerAnalysis ${col("workerAnalysis").median?.toFixed(1)}, gateFinder ${col("gateFinder").median?.toFixed(1)}, index/locate ${(col("index").n ? col("index") : col("locate")).median?.toFixed(1)}, paint ${col("paint").median?.toFixed(1)}, longest task ${f(col("longestTask"))}`);
    }
    // every phase the probe reports, medians side by side (a phase only one build has shows "-")
    const names = [...new Set(["A", "B"].flatMap((k) => got[k].flatMap((x) => Object.keys(x))))];
    const med = (k, name) => stats(got[k].map((x) => x[name]).filter(Number.isFinite)).median;
    console.log(`${label} phases (median ms)  A / B`);
    for (const name of names) {
      const [a, b] = ["A", "B"].map((k) => med(k, name));
      console.log(`  ${name.padEnd(16)} ${Number.isFinite(a) ? a.toFixed(1).padStart(7) : "      -"} ${Number.isFinite(b) ? b.toFixed(1).padStart(7) : "      -"}`);
    }
  }
} finally {
  for (const b of Object.values(builds)) await b.close();
  server.close();
}
console.log(up());
