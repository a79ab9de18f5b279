// Issue 9, the every-page cost: what the gate (content.js: the first look, then the full article
// finder when the first look cannot rule the page out) costs in real Chromium on WCXB dev pages
// the gate judges not to be articles, median and p95 of its own script time, against the full
// finder alone on the same pages in the same run (the gate before the first look existed).
//
// Two ways of serving the same pages from 127.0.0.1:
//   neutral  /dev-other/0021.html, as the browser part serves them: the address says nothing;
//   real     the page's own path and query (https://site/blog/2024/05/x → /blog/2024/05/x), as a
//            user meets the page; only the host name is lost.
// Options: --gate-pages N (default 200, the browser part's even sample, 2/3 articles),
//   --gate-modes neutral,real (default both), --gate-dist DIR (a test build to use instead of
//   building this tree: compare two commits' gates under the same load), --gate-sets dev-other (visit only the sample's pages
//   of these sets: a quicker look at the pages that matter here, while iterating),
//   --gate-dist-b DIR (a second test build, paired: each page is loaded with both builds in turn,
//   the order alternating page by page, in two browsers open side by side, and the log gives the
//   median of B - A per page on the pages A's first look rejected: differences of a few tenths of
//   a ms are lost between two separate runs on a loaded machine).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { askTestBuild, launchChromium, sampleWcxb, serveWcxb } from "../page-safety.mjs";

export async function run(ctx) {
  const opt = (name, d) => {
    const i = ctx.args.indexOf(name);
    return i >= 0 ? ctx.args[i + 1] : d;
  };
  // --gate-dist DIR: a test build made elsewhere (another commit's, to compare two gates under the
  // same machine load), used as it is
  const dist = opt("--gate-dist", null) ?? join(ctx.root, ".bench/dist-gate");
  if (!opt("--gate-dist", null)) {
    execFileSync(process.execPath, [join(ctx.root, "scripts/build.mjs"), "--test"], { env: { ...process.env, DRAMATIS_DIST: dist }, stdio: "ignore" });
  }
  const nPages = Number(opt("--gate-pages", 200));
  const modes = String(opt("--gate-modes", "neutral,real")).split(",");
  const wcxbDir = join(ctx.dataDir, "wcxb");
  const sets = opt("--gate-sets", null)?.split(",");
  const sample = sampleWcxb(wcxbDir, nPages).filter((p) => !sets || sets.includes(p.set));

  // real paths: each page at its own path (first come keeps a path two pages share)
  const realPaths = {};
  const realOf = new Map();
  for (const p of sample) {
    const id = p.file.replace(".html.gz", "");
    const meta = JSON.parse(readFileSync(join(wcxbDir, p.set, "ground-truth", `${id}.json`), "utf8"));
    let path = null;
    try {
      const u = new URL(meta.url);
      path = u.pathname + u.search;
    } catch {
      path = null;
    }
    if (!path || realPaths[path] || /^\/(?:dev-articles|dev-other)\//.test(path)) path = p.path;
    else realPaths[path] = gunzipSync(readFileSync(join(wcxbDir, p.set, "html", p.file)));
    realOf.set(p, path);
  }
  const server = await serveWcxb(wcxbDir, realPaths);
  const distB = opt("--gate-dist-b", null);
  const builds = [{ name: "A", browser: await launchChromium(join(dist, "test-chrome")) }];
  if (distB) builds.push({ name: "B", browser: await launchChromium(join(distB, "test-chrome")) });

  const ask = (page, message, prefix) => askTestBuild(page, message, prefix, 2000);

  async function visit(browser, url) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (r) => (r.url().startsWith(server.origin) || r.url().startsWith("chrome-extension:") ? r.continue() : r.abort("blockedbyclient")));
    // the probe's script time counts only the look and the finder; the trace also has what every
    // page pays around them: compiling content.js and running its top level (the listener, the
    // observer), all in the one task that evaluates it
    await page.tracing.start({ categories: ["devtools.timeline", "v8"] });
    try {
      await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    } catch {
      // a page that never fires load is measured as it stands
    }
    let p = null;
    const end = Date.now() + 1500;
    while (Date.now() < end) {
      p = await ask(page, "dramatis-test:probe", "dramatis-test:reply:").catch(() => null);
      if (p && p.status && p.status !== "loading") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const events = await page.tracing.stop().then((b) => JSON.parse(Buffer.from(b).toString()).traceEvents, () => []);
    const task = events.find((e) => e.ph === "X" && e.name === "EvaluateScript" && /^chrome-extension:\/\/[^/]+\/content\.js$/.test(e.args?.data?.url ?? ""));
    let finder = null;
    if (p?.status === "not-article") finder = await ask(page, "dramatis-test:finder", "dramatis-test:finder:").catch(() => null);
    await page.close().catch(() => {});
    return { status: p?.status ?? null, scriptMs: p?.scriptMs ?? null, look: p?.firstLook ?? null, finderMs: finder?.ms ?? null, taskCpuMs: task ? task.tdur / 1000 : null };
  }

  const rows = [];
  try {
    for (const mode of modes) {
      const byBuild = builds.map(() => []);
      for (const [i, p] of sample.entries()) {
        const path = mode === "real" ? realOf.get(p) : p.path;
        const order = builds.map((_, k) => k);
        if (i % 2) order.reverse();
        for (const k of order) byBuild[k][i] = { set: p.set, ...(await visit(builds[k].browser, server.origin + path)) };
        if ((i + 1) % 50 === 0) ctx.log(`${mode}: ${i + 1}/${sample.length} pages`);
      }
      if (distB) {
        const diffs = (key) =>
          ctx.stats(
            byBuild[0].flatMap((a, i) => {
              const b = byBuild[1][i];
              const ok = a.status === "not-article" && a.look?.verdict === "not-article" && b.status === "not-article";
              return ok && a[key] !== null && b[key] !== null ? [b[key] - a[key]] : [];
            }),
          );
        const [script, cpu] = [diffs("scriptMs"), diffs("taskCpuMs")];
        ctx.log(
          `${mode}: B - A on ${script.n} pages A's first look rejected: script median ${script.median.toFixed(3)} ms (mean ${script.mean.toFixed(3)}), ` +
            `task cpu median ${cpu.median.toFixed(3)} ms (mean ${cpu.mean.toFixed(3)})`,
        );
      }
      for (const [k, results] of byBuild.entries()) {
        const na = results.filter((r) => r.status === "not-article" && r.scriptMs !== null);
        const gate = ctx.stats(na.map((r) => r.scriptMs));
        const fin = ctx.stats(na.filter((r) => r.finderMs !== null).map((r) => r.finderMs));
        const rejected = na.filter((r) => r.look?.verdict === "not-article");
        const fl = ctx.stats(rejected.map((r) => r.scriptMs));
        const cpu = (rows) => ctx.stats(rows.map((r) => r.taskCpuMs).filter((x) => x !== null));
        const [task, taskRejected] = [cpu(na), cpu(rejected)];
        rows.push({
          paths: distB ? `${mode} ${builds[k].name}` : mode,
          pages: results.length,
          "not-article": na.length,
          "first look rejects": rejected.length,
          "rejects %": na.length ? (100 * rejected.length) / na.length : NaN,
          "gate med ms": gate.median,
          "gate p95 ms": gate.p95,
          "finder-only med ms": fin.median,
          "finder-only p95 ms": fin.p95,
          "rejected pages med ms": fl.median,
          "rejected pages p95 ms": fl.p95,
          "task cpu med ms": task.median,
          "task cpu p95 ms": task.p95,
          "rejected task cpu med ms": taskRejected.median,
          "articles painted": results.filter((r) => r.set === "dev-articles" && r.status !== "not-article").length,
        });
      }
    }
  } finally {
    for (const b of builds) await b.browser.close();
    server.close();
  }
  ctx.table(rows);
  ctx.log("gate = the content script's own script time on pages it judged not to be articles (bar: <= 1 ms median);");
  ctx.log("finder-only = the full finder alone on the same pages, the gate's cost before the first look");
  ctx.log("task cpu = CPU time (trace) of the task that compiles and runs content.js at document_idle on those pages: the");
  ctx.log("  look (and the finder when the look lets the page through) plus compiling the file and its top level; what loads later");
  ctx.log("  (content-article.js, off this task) is not in it");
  const kb = (f) => (existsSync(join(dist, "chrome", f)) ? +(statSync(join(dist, "chrome", f)).size / 1024).toFixed(1) : "-");
  ctx.log(`content.js (parsed on every page) ${kb("content.js")} KB (bar: <= 60 KB); content-article.js (after a look that lets the page through) ${kb("content-article.js")} KB`);
}
