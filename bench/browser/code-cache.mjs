#!/usr/bin/env node
// Does Chromium keep a V8 code cache for the modules content.js import()s (content-article.js,
// content-main.js), as it does for a web page's own modules? Loads the demo N times in one
// profile, then lists the profile's code cache (Default/Code Cache/js): one entry per script and
// page site, with its size. An entry of a few hundred bytes holds only its key and timestamp; a
// cached compile is kilobytes. The control is the same file (content-article.js) import()ed by an
// http:// page from the test server (cacheable), which does get a code cache.
//   node bench/browser/code-cache.mjs DIST [--loads N]
// DIST is a DRAMATIS_DIST of `node scripts/build.mjs --test` (its test-chrome folder is loaded).
// Session 29, Chromium 150, 8 loads: content-main.js and content-article.js kept entries of
// 270-273 B (keyed by the page's site, http://127.0.0.1/, so a cache would be per news site
// anyway), rewritten every load and never holding code; no trace showed a cache consumed
// (v8.compileModule streamed, no consumedCacheSize) while v8.produceModuleCache ran on every load.
// The control's entry was 8,592 B after 5 loads. So an import()ed extension module compiles cold
// on every page, like content.js: moving code out of content.js into one saves no compile.
import { createServer } from "node:http";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPages, launchChromium } from "../page-safety.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const argv = process.argv.slice(2);
const dist = argv[0];
const at = argv.indexOf("--loads");
const loads = at >= 0 ? Number(argv[at + 1]) : 8;
if (!dist) throw new Error("usage: code-cache.mjs DIST [--loads N]");
const ext = join(resolve(dist), "test-chrome");
const control = readFileSync(join(ext, "content-article.js"));
const { demo } = benchPages(root);
const server = createServer((req, res) => {
  if (req.url === "/demo.html") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(demo);
  if (req.url === "/control.js") return void res.writeHead(200, { "content-type": "text/javascript", "cache-control": "max-age=3600", "last-modified": "Wed, 01 Jan 2025 00:00:00 GMT" }).end(control);
  // the control page: an http:// module import()ed the way content.js imports its modules
  if (req.url === "/control.html") return void res.writeHead(200, { "content-type": "text/html" }).end(`<p>control</p><script type=module>import("/control.js").catch(() => {})</script>`);
  res.writeHead(404).end();
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(ext);
try {
  const profile = /--user-data-dir=(\S+)/.exec(browser.process().spawnargs.join(" "))?.[1];
  if (!profile) throw new Error("code-cache.mjs: no --user-data-dir in Chromium's arguments");
  for (let i = 0; i < loads; i++)
    for (const path of ["/demo.html", "/control.html"]) {
      const page = await browser.newPage();
      await page.goto(origin + path, { waitUntil: "load" });
      await new Promise((r) => setTimeout(r, 1500));
      await page.close();
    }
  // the cache writes its entries off the pages' way
  await new Promise((r) => setTimeout(r, 3000));
  const dir = join(profile, "Default", "Code Cache", "js");
  for (const f of readdirSync(dir).filter((name) => /_0$/.test(name))) {
    const bytes = readFileSync(join(dir, f)).toString("latin1");
    const script = /(?:chrome-extension|http):\/\/[\x21-\x7e]+?\.js/.exec(bytes)?.[0] ?? "?";
    const site = /https?:\/\/[\x21-\x7e]+?\/(?=[^\x21-\x7e]|$)/.exec(bytes.slice(bytes.indexOf(script) + script.length))?.[0] ?? "?";
    console.log(`${statSync(join(dir, f)).size} B  ${script.replace(/^chrome-extension:\/\/[a-z]+/, "chrome-extension://…")}  for pages of ${site}`);
  }
} finally {
  await browser.close();
  server.close();
}
