// Page safety: load a page with and without the extension and tell what the extension changed.
// Shared by `npm run crawl` (300 WCXB dev pages) and tests/e2e/safety.test.ts (hostile fixtures).
//
// What counts as "caused by the extension":
//  - a DOM difference: the page's final serialisation with the extension (its one host element
//    removed) differs from every serialisation without it, on a page whose own serialisation is
//    stable (two loads without the extension agree), and again when both sides are given more
//    time; otherwise the page is "page-nondeterministic", reported and listed, not counted
//    (comparePage says exactly how);
//  - a page error or console error seen with the extension and not without it;
//  - an extension exception: any console message from Dramatis ("Dramatis" in the text) at
//    warning/error level, or a page error whose stack points into the extension.
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import puppeteer from "puppeteer-core";
import { CHROME_ARGS } from "../scripts/chromium-flags.mjs";


export function chromePath() {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

/** An even sample of `n` WCXB dev pages, two thirds of them articles, as { set, file, path }
 *  where `path` is where serveWcxb serves the page. */
export function sampleWcxb(wcxbDir, n) {
  const take = (set, count) => {
    const files = readdirSync(join(wcxbDir, set, "html")).filter((f) => f.endsWith(".html.gz")).sort();
    const step = files.length / Math.max(1, count);
    return Array.from({ length: Math.min(count, files.length) }, (_, i) => {
      const file = files[Math.floor(i * step)];
      return { set, file, path: `/${set}/${file.replace(".html.gz", ".html")}` };
    });
  };
  const articles = Math.round((n * 2) / 3);
  return [...take("dev-articles", articles), ...take("dev-other", n - articles)];
}

/** Serves WCXB pages (gunzipped) at /<set>/<id>.html on 127.0.0.1, plus `extra` paths → HTML. */
export async function serveWcxb(wcxbDir, extra = {}) {
  const server = createServer((req, res) => {
    const u = req.url ?? "";
    let html = extra[u] ?? null;
    const m = html === null && /^\/(dev-articles|dev-other)\/(\d+)\.html$/.exec(u);
    const file = m && join(wcxbDir, m[1], "html", `${m[2]}.html.gz`);
    if (file && existsSync(file)) html = gunzipSync(readFileSync(file));
    if (html === null) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Chromium with (extensionDir) or without (null) the extension. */
export async function launchChromium(extensionDir) {
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    pipe: true,
    ...(extensionDir ? { enableExtensions: [extensionDir] } : {}),
    args: CHROME_ARGS,
  });
  if (extensionDir) {
    await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 30_000 });
  }
  return browser;
}

/** The page's DOM as markup, without any element Dramatis adds (its host is `dramatis-*`). */
function serialise() {
  const clone = document.documentElement.cloneNode(true);
  for (const el of clone.querySelectorAll("*")) if (el.localName.startsWith("dramatis")) el.remove();
  return clone.outerHTML;
}

/**
 * Posts `message` to a test build's content script on `page` (its `dramatis-test:` hooks) and
 * resolves with the JSON after `prefix` in its reply, or null when nothing answers in `timeoutMs`.
 */
export function askTestBuild(page, message, prefix, timeoutMs = 1000) {
  return page.evaluate(
    (message, prefix, timeoutMs) =>
      new Promise((resolve) => {
        const on = (e) => {
          if (typeof e.data === "string" && e.data.startsWith(prefix)) {
            removeEventListener("message", on);
            resolve(JSON.parse(e.data.slice(prefix.length)));
          }
        };
        addEventListener("message", on);
        postMessage(message, "*");
        setTimeout(() => resolve(null), timeoutMs);
      }),
    message,
    prefix,
    timeoutMs,
  );
}

/**
 * The benchmark's two article pages, from the demo (`root` is the repository): the demo itself and
 * the reference article 20 times in one page. Each copy's paragraphs end with the copy's number:
 * the article finder reads a body repeated word for word once (a template's mobile + desktop
 * copy), and this page is meant to be 20× the text, not the same text twice.
 */
export function benchPages(root) {
  const demo = readFileSync(join(root, "tests/fixtures/pages/demo.html"), "utf8");
  const body = /<article>([\s\S]*?)<\/article>/.exec(demo)[1];
  const times = (n) => demo.replace(/<article>[\s\S]*?<\/article>/, Array.from({ length: n }, (_, i) => `<article>${body.replace(/<\/p>/g, ` [${i + 1}]</p>`)}</article>`).join("\n"));
  // x40: the long-task check on a page twice as long (issue 9's bar is set on x20)
  return { demo, x20: times(20), x40: times(40) };
}

/** Records `page`'s long tasks (the content script shares the page's event loop) from a
 *  main-world observer, for `page.evaluate(() => globalThis.__longTasks)` after the load. */
export function watchLongTasks(page) {
  return page.evaluateOnNewDocument(() => {
    globalThis.__longTasks = [];
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) globalThis.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // no longtask entries in this browser: the column stays 0
    }
  });
}

/** What the content script has done on `page` (test builds' probe), or null. */
export const probeDramatis = (page) => askTestBuild(page, "dramatis-test:probe", "dramatis-test:reply:");

/**
 * Loads `url` in a new tab of `browser`, lets the extension work (`settle` ms after load, or
 * until it painted), and returns the serialisation and what was logged. Requests leaving
 * 127.0.0.1 are aborted: pages are served locally and nothing may go out.
 */
export async function visit(browser, url, { settle = 1500, after = 300 } = {}) {
  const page = await browser.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  const dramatisLogs = [];
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    // the page may close before the dialog is answered: that is no failure of the crawl
    d.dismiss().catch(() => {});
  });
  page.on("pageerror", (e) => {
    const text = String(e?.stack ?? e);
    (text.includes("-extension://") ? dramatisLogs : pageErrors).push(text.slice(0, 300));
  });
  page.on("console", (m) => {
    const text = m.text();
    if (/dramatis/i.test(text) && (m.type() === "error" || m.type() === "warn" || m.type() === "warning")) dramatisLogs.push(text.slice(0, 300));
    else if (m.type() === "error" && !/Failed to load resource|net::ERR_/i.test(text)) consoleErrors.push(text.slice(0, 300));
  });
  // every page of a crawl is served from one origin, so cookies and storage one page sets (a
  // consent choice, a visitor id) would change how the next pages behave, differently in each
  // browser: each load starts from an empty origin
  try {
    const cdp = await page.createCDPSession();
    await cdp.send("Storage.clearDataForOrigin", { origin: new URL(url).origin, storageTypes: "all" });
    await cdp.detach();
  } catch {
    // not a web origin (data:, about:): nothing stored to clear
  }
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    const u = r.url();
    // a request still pending when the page closes rejects: no failure of the crawl either
    if (/^(?:http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:|chrome-extension:|moz-extension:)/.test(u)) r.continue().catch(() => {});
    else r.abort("blockedbyclient").catch(() => {});
  });
  let loadError = null;
  try {
    await page.goto(url, { waitUntil: "load", timeout: 30_000 });
  } catch (e) {
    loadError = String(e).slice(0, 200);
  }
  const end = Date.now() + settle;
  while (Date.now() < end) {
    const painted = await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith("dramatis"))).catch(() => false);
    if (painted) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // let a debounced re-analysis or late paint finish before reading the DOM
  await new Promise((r) => setTimeout(r, after));
  const dom = await page.evaluate(serialise).catch((e) => `unreadable: ${e}`);
  const painted = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("dramatis")).length).catch(() => 0);
  const title = await page.evaluate(() => document.title).catch(() => "");
  await page.close();
  return { dom, title, pageErrors, consoleErrors, dramatisLogs, dialogs, painted, loadError };
}

/**
 * Compares one page with and without the extension. The verdict on the DOM:
 *  - "same": the first load with and the first without agree;
 *  - "caused": the extension's DOM differs from every load without it, at the same timing and
 *    with more time, on a page whose own loads without the extension agree with each other;
 *  - "page-nondeterministic": a difference was seen, but the page is not the same from one load
 *    to the next by itself (two loads without the extension differ), or a later load with the
 *    extension matched a load without it. Such pages are reported and listed, never counted as
 *    caused; `nondeterminism` shows where the page's own loads (or ours) differed.
 * Extra loads are made only for pages where the first two differ.
 */
export async function comparePage(withExt, plain, url, options) {
  const a = await visit(withExt, url, options);
  const b = await visit(plain, url, options);
  let verdict = "same";
  let nondeterminism = null;
  let domDiff = false;
  if (a.dom !== b.dom) {
    const c = await visit(plain, url, options);
    // the page's own timers (consent frames, ad slots) may not have fired yet while the extension
    // had the main thread: both sides are looked at again with more time, at the same timing
    const longer = { ...options, after: 3000 };
    const again = await visit(withExt, url, longer);
    const d = await visit(plain, url, longer);
    const plainDoms = [b.dom, c.dom, d.dom];
    const extDoms = [a.dom, again.dom];
    const matched = extDoms.some((e) => plainDoms.includes(e));
    if (!matched && b.dom === c.dom) {
      verdict = "caused";
      domDiff = true;
    } else {
      verdict = "page-nondeterministic";
      nondeterminism = b.dom !== c.dom ? { between: "two loads without the extension", ...firstDifference(c.dom, b.dom) } : { between: "loads with the extension", ...firstDifference(a.dom, again.dom) };
    }
  }
  const unseenIn = (loads, key) => (e) => !loads.some((l) => l[key].some((f) => errorShape(f) === errorShape(e)));
  let newErrors = a.pageErrors.filter(unseenIn([b], "pageErrors"));
  let newConsole = a.consoleErrors.filter(unseenIn([b], "consoleErrors"));
  if (newErrors.length || newConsole.length) {
    // some pages fail on their own now and then (a race in their scripts): an error the page
    // also throws in another load without the extension is the page's
    const d = await visit(plain, url, options);
    newErrors = newErrors.filter(unseenIn([d], "pageErrors"));
    newConsole = newConsole.filter(unseenIn([d], "consoleErrors"));
  }
  return {
    url,
    verdict,
    domDiff,
    // kept for readers of older reports: the page differed between its own loads
    unstable: verdict === "page-nondeterministic",
    pageErrors: newErrors,
    consoleErrors: newConsole,
    extensionExceptions: a.dramatisLogs,
    dialogs: a.dialogs.filter((d) => !b.dialogs.includes(d)),
    titleChanged: a.title !== b.title,
    painted: a.painted,
    loadError: a.loadError ?? b.loadError,
    ...(domDiff ? { firstDifference: firstDifference(a.dom, b.dom) } : {}),
    ...(nondeterminism ? { nondeterminism } : {}),
  };
}

/**
 * An error as compared between loads: its text with every address masked. A snapshot page that
 * imports several files missing from the snapshot fails on whichever import rejects first, so its
 * own loads name different files in the same error (dev-other/2842: "Failed to fetch dynamically
 * imported module: …/client….js" in 10 of 10 loads without the extension, "…/header-wrapper….js"
 * once in 10 with it). Masking the address keeps the error's kind and message, which is what an
 * error the extension caused would change.
 */
export function errorShape(text) {
  return text.replace(/\b(?:https?|chrome-extension|moz-extension|blob):\/\/[^\s)'"]+/g, "<address>");
}

function firstDifference(x, y) {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return { with: x.slice(Math.max(0, i - 80), i + 120), without: y.slice(Math.max(0, i - 80), i + 120) };
}
