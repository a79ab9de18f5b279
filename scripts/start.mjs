#!/usr/bin/env node
// `npm start`: build the extension and run it on the bundled demo article.
//   With a display ($DISPLAY or $WAYLAND_DISPLAY): a visible Chromium with dist/chrome loaded,
//   on tests/fixtures/pages/demo.html served from 127.0.0.1; runs until you close the browser.
//   Without one: headless Chromium, waits for the highlights to be painted, saves demo.png
//   (1280×900) at the repo root and prints who the extension found and how many quotes.
// `--headless` forces the second mode even with a display.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import puppeteer from "puppeteer-core";
import { distDir, ensureBrowsers, ensureDependencies, log, main, root, run } from "./bootstrap.mjs";
import { CHROME_ARGS } from "./chromium-flags.mjs";

const PAINT_TIMEOUT = 20_000;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves the fixture pages on 127.0.0.1 at a free port (only that folder, nothing above it). */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: (p) => `http://127.0.0.1:${port}/${p}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Highlight names and their painted texts, read from the page's main world. */
function painted(page) {
  return page.evaluate(() => {
    const out = {};
    if (!globalThis.CSS?.highlights) return out;
    for (const [name, h] of CSS.highlights) if (name.startsWith("dramatis-")) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** Waits until some dramatis-* highlight exists and the set of ranges stops growing. */
async function waitForPaint(page) {
  const end = Date.now() + PAINT_TIMEOUT;
  let last = -1;
  let stableSince = 0;
  while (Date.now() < end) {
    const p = await painted(page).catch(() => ({}));
    const n = Object.values(p).reduce((a, t) => a + t.length, 0);
    if (n > 0 && n === last) {
      if (Date.now() - stableSince >= 500) return p;
    } else {
      stableSince = Date.now();
      last = n;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return last > 0 ? painted(page) : null;
}

/** The content script's own answer (page/get-analysis), asked from the service worker. */
async function askContentScript(browser) {
  const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 10_000 });
  const worker = await target.worker();
  if (!worker) return null;
  // Without the "tabs" permission (Dramatis does not ask for it) tabs.query cannot filter by
  // URL, so ask every tab; only the demo page's content script answers with an analysis.
  return worker.evaluate(async () => {
    let last = null;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = await chrome.tabs.sendMessage(tab.id, { type: "page/get-analysis" }).catch((e) => ({ ok: false, error: String(e) }));
      if (reply?.ok && reply.analysis) return reply;
      last = reply ?? last;
    }
    return last;
  });
}

function report(state, paintedTexts) {
  const a = state?.ok ? state.analysis : null;
  if (a && Array.isArray(a.people)) {
    const quotes = Array.isArray(a.quotes) ? a.quotes : [];
    const byId = new Map(a.people.map((p) => [p.id, p]));
    console.log(`\nDramatis found ${a.people.length} people and ${quotes.length} quotes in "${a.title ?? "the demo article"}":`);
    for (const p of a.people) {
      const said = quotes.filter((q) => q.speaker === p.id).length;
      console.log(`  ${p.name}${p.role ? ` — ${p.role}` : ""} (${p.mentions?.length ?? 0} mention${p.mentions?.length === 1 ? "" : "s"}${said ? `, ${said} quote${said === 1 ? "" : "s"}` : ""})`);
    }
    const unattributed = quotes.filter((q) => !q.speaker || !byId.has(q.speaker)).length;
    if (unattributed) console.log(`  (${unattributed} quotes with no speaker)`);
    return;
  }
  // No answer from the content script: say what the page shows instead.
  const people = new Map();
  let quotes = 0;
  for (const [name, texts] of Object.entries(paintedTexts)) {
    if (/quote/.test(name)) quotes += texts.length;
    else if (/person/.test(name)) people.set(name, [...new Set(texts)]);
  }
  console.log(`\nThe content script did not answer page/get-analysis${state && !state.ok ? ` (${state.error})` : ""}; from the painted highlights:`);
  console.log(`  ${people.size} people, ${quotes} quoted passages`);
  for (const [name, texts] of people) console.log(`  ${name}: ${texts.slice(0, 6).join(", ")}`);
}

async function headless(browserPath, ext, server) {
  const browser = await puppeteer.launch({ executablePath: browserPath, headless: true, pipe: true, enableExtensions: [ext], args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    const url = server.url("demo.html");
    await page.goto(url, { waitUntil: "load" });
    log(`waiting up to ${PAINT_TIMEOUT / 1000} s for the highlights on ${url}`);
    const paintedTexts = await waitForPaint(page);
    const shot = join(root, "demo.png");
    await page.screenshot({ path: shot });
    if (!paintedTexts) {
      console.log(`\nThe extension painted NO highlights within ${PAINT_TIMEOUT / 1000} s: the content script is not painting (yet).`);
      console.log(`Saved ${shot} anyway (the demo page without highlights).`);
      return 0;
    }
    const state = await askContentScript(browser).catch((e) => ({ ok: false, error: String(e.message ?? e) }));
    report(state, paintedTexts);
    if (errors.length) console.log(`\nPage errors while running: ${errors.join("; ")}`);
    console.log(`\nSaved ${shot} (1280×900)`);
    return 0;
  } finally {
    await browser.close();
  }
}

async function headful(browserPath, ext, server) {
  const browser = await puppeteer.launch({
    executablePath: browserPath,
    headless: false,
    pipe: true,
    enableExtensions: [ext],
    defaultViewport: null,
    args: [...CHROME_ARGS, "--window-size=1280,900"],
  });
  const [blank] = await browser.pages();
  const page = blank ?? (await browser.newPage());
  await page.goto(server.url("demo.html"), { waitUntil: "load" });
  log("Chromium is open on the demo article with Dramatis loaded; close the browser to stop");
  const stop = () => browser.close().catch(() => {});
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await new Promise((ok) => browser.once("disconnected", ok));
  return 0;
}

await main(async () => {
  await ensureDependencies();
  const { chrome } = await ensureBrowsers(["chrome"]);
  const dist = distDir();
  log(`building the extension into ${dist}`);
  const built = await run(process.execPath, [join(root, "scripts/build.mjs")], { env: { ...process.env, DRAMATIS_DIST: dist } });
  if (built !== 0) return built;
  const ext = join(dist, "chrome");
  const server = await serve(join(root, "tests/fixtures/pages"));
  try {
    const display = (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes("--headless");
    return display ? await headful(chrome, ext, server) : await headless(chrome, ext, server);
  } finally {
    await server.close();
  }
});
