// Issue 9: the extension in real Chromium against the baseline pipeline (Readability +
// compromise + mark.js, bench/browser/baseline.js), in one run, on
//   - the demo page (tests/fixtures/pages/demo.html), 20 loads;
//   - the reference article repeated 20 times in one page, half as many loads (at least 10);
//   - the demo again with the worker stopped before each load, then x20 again right after (a worker
//     a few seconds old), so each row's worker state is known;
//   - WCXB dev pages served from 127.0.0.1 (default 200: --browser-pages N).
// "Time to painted" is measured by the content script itself (test build probe: from the first
// statement of content.js, the issue's document_idle, to the paint; the baseline's span is its
// pipeline from the start of its script). The content script paints once, when everything is analysed, so first
// paint = all painted (no progressive paint). The probe also reports where that time went (phases), printed as medians.
// Long tasks come from a main-world PerformanceObserver (the content script shares the page's
// event loop); memory is the JS heap of the page (both worlds) from CDP, with minus without.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { benchPages, launchChromium, probeDramatis, sampleWcxb, serveWcxb, watchLongTasks } from "../page-safety.mjs";
import { TRACE_CATEGORIES, attribute } from "../browser/trace-cpu.mjs";

export async function run(ctx) {
  // DRAMATIS_DIST (as for the e2e tests) keeps parallel bench runs from sharing one build
  const dist = process.env.DRAMATIS_DIST ? `${process.env.DRAMATIS_DIST}-bench` : join(ctx.root, ".bench/dist");
  execFileSync(process.execPath, [join(ctx.root, "scripts/build.mjs"), "--test"], { env: { ...process.env, DRAMATIS_DIST: dist }, stdio: "ignore" });
  const require = createRequire(join(ctx.root, "package.json"));
  const esbuild = require("esbuild");
  const baseline = esbuild.buildSync({ entryPoints: [join(ctx.root, "bench/browser/baseline.js")], bundle: true, write: false, format: "iife", minify: true, logLevel: "silent" }).outputFiles[0].text;

  const opt = (name, d) => {
    const i = ctx.args.indexOf(name);
    return i >= 0 ? Number(ctx.args[i + 1]) : d;
  };
  const nPages = opt("--browser-pages", 200);
  const loads = opt("--loads", 20);

  // pages: the demo, the article ×20, WCXB dev pages
  const { demo, x20 } = benchPages(ctx.root);
  const wcxbDir = join(ctx.dataDir, "wcxb");
  const wcxb = sampleWcxb(wcxbDir, nPages);
  const server = await serveWcxb(wcxbDir, { "/demo.html": demo, "/x20.html": x20 });
  const origin = server.origin;

  const withExt = await launchChromium(join(dist, "test-chrome"));
  const plain = await launchChromium(null);

  async function newPage(browser) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    // the extension's own files (content-main.js) load; nothing else leaves 127.0.0.1
    page.on("request", (r) => (r.url().startsWith(origin) || r.url().startsWith("chrome-extension:") ? r.continue() : r.abort("blockedbyclient")));
    await watchLongTasks(page);
    return page;
  }
  const heap = async (page) => {
    const s = await page.createCDPSession();
    await s.send("Performance.enable").catch(() => {});
    await s.send("HeapProfiler.collectGarbage").catch(() => {});
    const { metrics } = await s.send("Performance.getMetrics").catch(() => ({ metrics: [] }));
    await s.detach();
    return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
  };

  let baselineFailures = 0;
  /** Pages (with the extension) whose main thread did not answer within 15 s, and pages that
   *  could not be measured at all. */
  const hung = [];
  const failed = [];
  /** Stops the extension's service worker, as Chromium does after 30 s idle: the next page's
   *  analysis then waits for the worker to start and evaluate its engine cold. */
  async function stopWorker() {
    const target = withExt.targets().find((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"));
    const worker = await target?.worker().catch(() => null);
    await worker?.close().catch(() => {});
    const end = Date.now() + 5_000;
    while (Date.now() < end && withExt.targets().some((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"))) await new Promise((r) => setTimeout(r, 20));
  }
  /** Loads alternate between the two browsers on 2 cores: the baseline's page (its teardown, its
   *  garbage collection) is still running when the next load of ours starts, and the other way
   *  round. Each load waits this long first, so each pipeline is timed on a machine the other has
   *  left (--browser-settle MS; 0 = the old back-to-back runs). */
  const settleArg = opt("--browser-settle", 500);
  const SETTLE_MS = Number.isFinite(settleArg) ? settleArg : 500;
  const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));
  /** `trace`: the load runs under Chromium's tracing, and `cpu` is the content scripts' main-thread
   *  CPU from it (trace-cpu.mjs), which counts compiling content.js: the probe's clock starts at
   *  content.js's first statement, after that compile. Tracing costs the page a little: stricter. */
  async function ours(url, { waitPaint, coldWorker = false, trace = false }) {
    await settle();
    if (coldWorker) await stopWorker();
    const page = await newPage(withExt);
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    let p = null;
    const end = Date.now() + (waitPaint ? 10_000 : 1500);
    while (Date.now() < end) {
      p = await Promise.race([probeDramatis(page), new Promise((resolve) => setTimeout(() => resolve(null), 3_000))]).catch(() => null);
      if (p && (p.firstPaintMs !== null || (!waitPaint && p.status && p.status !== "loading"))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    let cpu = null;
    if (trace) {
      const json = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      cpu = attribute(json.traceEvents ?? json);
    }
    // a page whose main thread never comes back must not stop the run: it is counted and named
    const longTasks = await Promise.race([page.evaluate(() => globalThis.__longTasks), new Promise((resolve) => setTimeout(() => resolve(null), 15_000))]).catch(() => null);
    if (!longTasks) {
      hung.push(url);
      await page.close().catch(() => {});
      return { painted: p?.firstPaintMs ?? null, scriptMs: p?.scriptMs ?? null, topLevel: p?.topLevel ?? null, looks: p?.looks ?? null, status: p?.status ?? null, phases: p?.phases ?? null, by: p?.analysedBy ?? null, longest: NaN, mem: NaN, cpu };
    }
    const mem = await heap(page);
    await page.close();
    return { painted: p?.firstPaintMs ?? null, scriptMs: p?.scriptMs ?? null, topLevel: p?.topLevel ?? null, looks: p?.looks ?? null, status: p?.status ?? null, phases: p?.phases ?? null, by: p?.analysedBy ?? null, longest: Math.max(0, ...longTasks), mem, cpu };
  }
  async function theirs(url) {
    await settle();
    const page = await newPage(plain);
    await page.goto(url, { waitUntil: "load" });
    // the page's own long tasks (its parse and first layout, which may come after "load": two
    // frames and a pause let it run and its entry arrive), before the baseline's script runs
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))).catch(() => {});
    const pageLongest = Math.max(0, ...((await page.evaluate(() => globalThis.__longTasks).catch(() => [])) ?? []));
    const memBefore = await heap(page);
    await page.addScriptTag({ content: baseline });
    // a page the baseline cannot finish in 30 s is counted as failed, not waited for
    const r = await Promise.race([
      page.evaluate(() => globalThis.__baseline()),
      new Promise((resolve) => setTimeout(() => resolve({ ms: NaN, error: "timeout" }), 30_000)),
    ]).catch((e) => ({ ms: NaN, error: String(e) }));
    if (r.error) baselineFailures++;
    const longTasks = r.error ? [] : await page.evaluate(() => globalThis.__longTasks).catch(() => []);
    const mem = r.error ? NaN : await heap(page);
    await page.close().catch(() => {});
    return { ms: r.ms, longest: Math.max(0, ...longTasks), pageLongest, memDelta: mem - memBefore, memBase: memBefore };
  }
  async function plainMem(url) {
    const page = await newPage(plain);
    await page.goto(url, { waitUntil: "load" });
    const m = await heap(page);
    await page.close();
    return m;
  }

  const rows = [];
  /** Per page kind, the median of each phase of the content script's start (test probe). */
  const breakdown = [];
  const phaseRow = (label, o) => {
    const withPhases = o.filter((x) => x.phases && x.painted !== null);
    if (!withPhases.length) return;
    const names = [...new Set(withPhases.flatMap((x) => Object.keys(x.phases)))];
    const row = { pages: label, n: withPhases.length, byWorker: withPhases.filter((x) => x.by === "worker").length };
    for (const k of names) row[k] = +ctx.stats(withPhases.map((x) => x.phases[k]).filter(Number.isFinite)).median.toFixed(1);
    row.painted = +ctx.stats(withPhases.map((x) => x.painted)).median.toFixed(1);
    breakdown.push(row);
  };

  const summarise = (label, o, t, extra = {}) => {
    const op = ctx.stats(o.map((x) => x.painted).filter((x) => x !== null));
    const tp = ctx.stats(t.map((x) => x.ms).filter(Number.isFinite));
    rows.push({
      pages: label,
      n: o.length,
      painted: op.n,
      oursMedMs: op.median,
      oursP95Ms: op.p95,
      oursLongestTaskMs: Math.max(0, ...o.map((x) => x.longest).filter(Number.isFinite)),
      // the longest task of a typical load: the max above is one load's worst, which on a loaded
      // machine may be a short task stretched by other processes
      oursLongestTaskMedMs: ctx.stats(o.map((x) => x.longest).filter(Number.isFinite)).median,
      // of those, the tasks that ran our code (traced loads only): the rest are the page's own
      ...(o.some((x) => Number.isFinite(x.cpu?.["own longest task"]))
        ? { ownTaskMs: Math.max(0, ...o.map((x) => x.cpu?.["own longest task"] ?? 0)), ownTaskMedMs: ctx.stats(o.map((x) => x.cpu?.["own longest task"] ?? 0)).median }
        : {}),
      // the page alone, no extension and no baseline yet: its own longest task (parse, first layout)
      pageLongestTaskMedMs: ctx.stats(t.map((x) => x.pageLongest).filter(Number.isFinite)).median,
      baseMedMs: tp.median,
      baseP95Ms: tp.p95,
      baseLongestTaskMs: Math.max(0, ...t.map((x) => x.longest)),
      speedup: tp.median / op.median,
      ...extra,
    });
  };
  try {
    // Each row says what state the worker is in. The warm rows come first (the worker has been
    // analysing pages for a while, as on a reader's tenth article); the worker-stopped demo row
    // stops it before every load; the last row is x20 just after those restarts, with a worker a
    // few seconds old whose engine has run only a few demo pages: until 2026-11-29 the x20 row
    // came there by accident of order, and its figure mixed the two states.
    const baseOf = new Map();
    for (const [label, path, n] of [["demo", "/demo.html", loads], ["article x20", "/x20.html", Math.max(10, Math.round(loads / 2))]]) {
      const o = [];
      const t = [];
      for (let i = 0; i < n; i++) {
        o.push(await ours(origin + path, { waitPaint: true, trace: true }));
        t.push(await theirs(origin + path));
      }
      baseOf.set(path, t);
      const base = await plainMem(origin + path);
      const memOurs = ctx.stats(o.map((x) => x.mem - base)).median / 1024;
      const memTheirs = ctx.stats(t.map((x) => x.memDelta)).median / 1024;
      // the demo's time to painted plus compiling content.js, which comes before the probe's start
      const compiled = o.filter((x) => x.painted !== null && Number.isFinite(x.cpu?.["content.js compile"]));
      const withCompile = compiled.length ? { oursWithCompileMedMs: ctx.stats(compiled.map((x) => x.painted + x.cpu["content.js compile"])).median, compileMedMs: ctx.stats(compiled.map((x) => x.cpu["content.js compile"])).median } : {};
      summarise(label, o, t, { oursHeapKB: Math.round(memOurs), baseHeapKB: Math.round(memTheirs), ...withCompile });
      phaseRow(label, o);
    }
    // the demo with the worker stopped before each load (a reader's first article after a pause),
    // against the same baseline loads
    const cold = [];
    for (let i = 0; i < Math.max(5, Math.round(loads / 2)); i++) cold.push(await ours(origin + "/demo.html", { waitPaint: true, coldWorker: true }));
    summarise("demo, worker stopped", cold, baseOf.get("/demo.html"));
    phaseRow("demo, worker stopped", cold);
    // x20 right after: the worker restarted seconds ago and has analysed only those demo pages
    const young = [];
    for (let i = 0; i < Math.max(10, Math.round(loads / 2)); i++) young.push(await ours(origin + "/x20.html", { waitPaint: true }));
    summarise("article x20, young worker", young, baseOf.get("/x20.html"));
    phaseRow("article x20, young worker", young);
    const o = [];
    const t = [];
    const nonArticleScript = [];
    /** How many first looks each non-article page ran (the first check, then the observer's rechecks). */
    const nonArticleLooks = [];
    /** Non-article pages: content.js's top level before its first check (test probe): evaluating
     *  the bundle's modules, and registering the message listener (the extension API's bindings). */
    const nonArticleTop = [];
    /** Non-article pages, from the trace: all the content scripts' main-thread CPU (compile included),
     *  and the whole task that evaluated content.js (with the isolated world's creation). */
    const nonArticleCpu = [];
    const nonArticleTask = [];
    for (const p of wcxb) {
      const url = origin + p.path;
      let r;
      try {
        r = await ours(url, { waitPaint: false, trace: true });
      } catch (e) {
        failed.push(`${p.path}: ${String(e).slice(0, 120)}`);
        continue;
      }
      o.push({ ...r, path: p.path });
      if (r.status === "not-article" && r.scriptMs !== null) nonArticleScript.push(r.scriptMs);
      if (r.status === "not-article" && r.looks !== null) nonArticleLooks.push(r.looks);
      if (r.status === "not-article" && r.topLevel) nonArticleTop.push(r.topLevel);
      if (r.status === "not-article" && r.cpu) {
        nonArticleCpu.push(r.cpu.total ?? 0);
        if (Number.isFinite(r.cpu["content.js task"])) nonArticleTask.push(r.cpu["content.js task"]);
      }
      try {
        t.push(await theirs(url));
      } catch (e) {
        baselineFailures++;
        failed.push(`${p.path} (baseline): ${String(e).slice(0, 120)}`);
      }
    }
    summarise(`WCXB dev (${wcxb.length})`, o, t);
    // a long task on a page with the extension may be the page's own (the observer sees every task
    // of the page's event loop): name the pages, with our own longest task there when the probe
    // knows it (gateTask: the gate's checks and the paint's start), to tell the two apart
    const longPages = o.filter((x) => x.longest >= 50);
    if (longPages.length) ctx.log(`WCXB pages with a task >= 50 ms with the extension: ${longPages.map((x) => `${x.path} ${x.longest.toFixed(0)} ms (ours ${Number.isFinite(x.phases?.gateTask) ? `${x.phases.gateTask.toFixed(0)} ms` : "unknown"}, ${x.status})`).join("; ")}`);
    ctx.table(rows);
    ctx.log("time to painted (ours) = first statement of content.js (≈ document_idle) to the paint; first paint = all painted (one paint)");
    ctx.log("oursLongestTask* = the longest task of the page with the extension, the page's own included (a long-task observer); ownTask* = of those,");
    ctx.log("  the longest that ran our code (Chromium's trace; traced rows only); pageLongestTaskMedMs = the page alone, no extension, no baseline");
    ctx.log("the background worker analyses the article (its engine stays warm across pages); the page analyses by itself only when the worker cannot answer");
    ctx.log("where it went, median ms per phase (test probe): byWorker = loads analysed by the worker; moduleEval = evaluating content-main.js's");
    ctx.log("  modules before its own code; setup = its own code up to the start; locate = finding + indexing the article;");
    ctx.log("  settingsReady = when the settings read came back (ms from module start); settingsWait = what the analysis waited for it;");
    ctx.log("  worker = waiting for the worker's analysis (message both ways + its analysis; off the page's main thread);");
    ctx.log("  workerAnalysis = the analysis itself in the worker; workerAge = how long the worker had been running when it began (small = just started);");
    ctx.log("  only when the page analysed by itself: model = unpacking the tagger's weights, tokenize, tag/mentions/group = people, quotes,");
    ctx.log("  entities, paused = the page's turns between analysis slices; host = attaching the UI host; theme = reading the page's theme");
    ctx.log("  (content.js: while the worker analyses); paint = colours, targets and the CSS.highlights paint; summary = after the paint");
    ctx.log("  fromIdle = from content.js's first statement (about document_idle, the issue's start) to the paint: adds the gate's check and loading content-main.js");
    ctx.log("  gateLook / gateFinder = the gate's first look and full article finder; index = indexing the article's text (content.js paints:");
    ctx.log("  index, worker request, theme, paint all run in content.js, and content-article.js / content-main.js load after the paint);");
    ctx.log("  indexTasks = how many tasks the index took (1 = in the finder's own task, while that task stays under 40 ms; else slices of 25 ms);");
    ctx.log("  settingsReady = the page's own settings read, only when the worker's reply brought none (the worker sends them with its analysis);");
    ctx.log("  targets = listing what to paint from the analysis (part of paint);");
    ctx.log("  importLoad = the gate's import() call to content-main.js's first module (fetch + compile + link); mainStart = when that module started,");
    ctx.log("  from content.js's start; mainWait = how long it then waited for content.js's paint; msgTo / msgBack = the worker round trip's two");
    ctx.log("  crossings (arrival at the worker, its reply's arrival in the page; two processes' clocks, so their split is only as good as");
    ctx.log("  the clocks' agreement); crossings = both together, clock-free: worker - workerWait - workerAnalysis, load by load (medians of");
    ctx.log("  parts do not add up to the median of the whole); send = the page's postMessage call itself (serialising the text, main thread);");
    ctx.log("  workerWait = the worker's time besides the analysis: workerParse (sender + schema check), workerReady (engine import +");
    ctx.log("  site switch), workerPack (packing the reply); check = the page's check and unpacking of the reply; hop = from the finder's");
    ctx.log("  verdict to the start of content.js's paint path (first-paint.ts startEarly; the same task, so ~0);");
    ctx.log("  requestAt = from the finder's verdict to the worker request's start (the port's connect, then the index);");
    ctx.log("  paintPrep = the paint's preparation done while the worker analyses (colour distances, the article's editable check);");
    ctx.log("  startTask = from the paint path's start to the end of its preparation (index, send, theme, paintPrep; the preparation moves to");
    ctx.log("  a task of its own when the request's task passed 25 ms);");
    ctx.log("  replyWait = how long the worker's reply waited, once in the page, for the paint path to take it (> 0: the page's main thread was busy)");
    ctx.table(breakdown);
    const na = ctx.stats(nonArticleScript);
    ctx.log(`baseline pipeline failed or took over 30 s on ${baselineFailures} page(s) (left out of its timings)`);
    ctx.log(`with the extension: ${hung.length} page(s) did not answer within 15 s${hung.length ? ` (${hung.join(", ")})` : ""}; ${failed.length} could not be measured${failed.length ? ` (${failed.join("; ")})` : ""}`);
    ctx.log(`non-article pages: extension script time median ${na.median?.toFixed?.(2)} ms, p95 ${na.p95?.toFixed?.(2)} ms over ${na.n} pages (bar: <= 1 ms median; the probe's clock: content.js from its first statement, not its compile)`);
    const [ti, tl] = [ctx.stats(nonArticleTop.map((t) => t.init)), ctx.stats(nonArticleTop.map((t) => t.listen))];
    ctx.log(`non-article pages: content.js's top level before its check (not in the script time above): module evaluation median ${ti.median?.toFixed?.(2)} ms (p95 ${ti.p95?.toFixed?.(2)}), message listener registration median ${tl.median?.toFixed?.(2)} ms (p95 ${tl.p95?.toFixed?.(2)})`);
    const nl = ctx.stats(nonArticleLooks);
    ctx.log(`non-article pages: first looks per page median ${nl.median}, p95 ${nl.p95} (1 = no recheck: the script time is one look's, and the finder's when the look said maybe)`);
    const nc = ctx.stats(nonArticleCpu);
    const nt = ctx.stats(nonArticleTask);
    ctx.log(`non-article pages, Chromium's trace: content scripts' main-thread CPU (compile + run + later calls) median ${nc.median?.toFixed?.(2)} ms, p95 ${nc.p95?.toFixed?.(2)} ms over ${nc.n} pages; the whole task that evaluated content.js (isolated world, compile, run) median ${nt.median?.toFixed?.(2)} ms (an empty content script's task: ~0.6 ms)`);
    ctx.log("demo: oursWithCompileMedMs = time to painted plus compiling content.js (trace CPU), which comes before the probe's start; compileMedMs = that compile alone");
  } finally {
    await withExt.close();
    await plain.close();
    server.close();
  }
  const sizes = ["content.js", "content-main.js", "background.js", "popup.js", "options.js"]
    .filter((f) => existsSync(join(dist, "chrome", f)))
    .map((f) => ({ file: f, KB: +(statSync(join(dist, "chrome", f)).size / 1024).toFixed(1) }));
  ctx.table(sizes);
  ctx.log("script parsed on every page = content.js (bar: <= 60 KB)");
}
