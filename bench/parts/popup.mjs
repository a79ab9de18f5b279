// Issue 8 bar: the popup shows its list within 100 ms of opening on the demo page.
// The real toolbar popup in Chromium (chrome.action.openPopup() from the worker, bound to the
// demo tab as for a user), opened --popup-opens times (default 20). Two spans per open:
//   click → list   from the worker's Date.now() just before openPopup() to the moment the
//                  popup rendered its cast (performance.timeOrigin + the popup's own mark,
//                  data-list-shown-ms on <html>), both on the same clock;
//   document → list  the popup's own mark alone (from its navigation start).
// The issue's bar ("within 100 ms of opening") is shown against both spans: the browser's own
// share of click → list (creating the popup window and renderer) is no code of ours.
// Also the browser's share (click → the popup document exists), our share (the popup script's
// first statement → list), a breakdown by performance marks, and the popup bundle's size. Firefox has no way to open the real popup from automation.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../page-safety.mjs";

export async function run(ctx) {
  const dist = join(ctx.root, ".bench/dist-popup");
  execFileSync(process.execPath, [join(ctx.root, "scripts/build.mjs")], { env: { ...process.env, DRAMATIS_DIST: dist }, stdio: "ignore" });
  const i = ctx.args.indexOf("--popup-opens");
  const opens = i >= 0 ? Number(ctx.args[i + 1]) : 20;

  const demo = readFileSync(join(ctx.root, "tests/fixtures/pages/demo.html"));
  const server = createServer((req, res) => {
    if (req.url !== "/demo.html") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(demo);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/demo.html`;
  const browser = await launchChromium(join(dist, "chrome"));
  const clickToList = [];
  const docToList = [];
  /** the browser's share: from the click until the popup document exists */
  const clickToDoc = [];
  /** ours: from the popup script's first statement to the list */
  const ownWork = [];
  /** popup:start (script running), popup:tab, popup:reply (content script answered), popup:parsed, popup:list */
  const phases = {};
  let people = 0;
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.bringToFront();
    const sw = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"));
    const popupUrl = sw.url().split("/").slice(0, 3).join("/") + "/popup.html";
    // the content script has the article before the first open: we time the popup, not the page
    await page.waitForFunction(() => [...CSS.highlights.keys()].length > 0, { timeout: 30_000 });
    for (let n = 0; n < opens; n++) {
      const worker = await sw.worker();
      const waiting = browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
      const clicked = await worker.evaluate(async () => {
        const t = Date.now();
        await chrome.action.openPopup();
        return t;
      });
      const popup = await (await waiting).asPage();
      await popup.waitForFunction(() => document.documentElement.dataset.listShownMs, { timeout: 15_000 });
      const { mark, origin, count, marks } = await popup.evaluate(() => ({
        mark: Number(document.documentElement.dataset.listShownMs),
        origin: performance.timeOrigin,
        count: document.querySelectorAll("button.person").length,
        marks: {
          ...Object.fromEntries(
            ["responseEnd", "domInteractive"].map((k) => [`nav:${k}`, performance.getEntriesByType("navigation")[0]?.[k] ?? NaN]),
          ),
          ...Object.fromEntries(performance.getEntriesByType("resource").map((r) => [`loaded:${r.name.split("/").pop()}`, r.responseEnd])),
          ...Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
        },
      }));
      for (const [k, v] of Object.entries(marks)) (phases[k] ??= []).push(v);
      people = count;
      docToList.push(mark);
      clickToList.push(origin + mark - clicked);
      clickToDoc.push(origin - clicked);
      ownWork.push(mark - (marks["popup:start"] ?? NaN));
      await popup.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const c = ctx.stats(clickToList);
  const d = ctx.stats(docToList);
  const f = (x) => x.toFixed(1);
  ctx.table([
    { span: "click → list (ms)", n: c.n, median: f(c.median), p95: f(c.p95), max: f(c.max), bar: "≤ 100", ok: c.median <= 100 ? "yes" : "NO" },
    { span: "popup document → list (ms)", n: d.n, median: f(d.median), p95: f(d.p95), max: f(d.max), bar: "≤ 100", ok: d.median <= 100 ? "yes" : "NO" },
    ...[["  click → popup document (browser)", ctx.stats(clickToDoc)], ["  popup script → list (ours)", ctx.stats(ownWork)]].map(([span, x]) => ({ span, n: x.n, median: f(x.median), p95: f(x.p95), max: f(x.max), bar: "", ok: "" })),
  ]);
  ctx.log(`popup document → mark, medians (ms): ${Object.entries(phases).map(([k, v]) => `${k} ${f(ctx.stats(v).median)}`).join(", ")}`);
  const kb = (p) => (statSync(join(dist, "chrome", p)).size / 1024).toFixed(1);
  ctx.log(`popup: ${people} people listed; popup.js ${kb("popup.js")} KiB, popup.css ${kb("popup.css")} KiB (minified, unzipped)`);
}
