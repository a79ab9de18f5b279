/**
 * One helper for every end-to-end test: launch Chromium or Firefox ESR with the built test
 * extension, serve fixture pages from 127.0.0.1, open the popup/options pages, screenshot.
 * Facts it relies on are in ../shared/TESTING.md (verified on these machines).
 *
 * The extension comes from $DRAMATIS_DIST (default dist/) as built by
 * `node scripts/build.mjs --test`: test-chrome/ and test-firefox/ list popup.html and
 * options.html as web-accessible, which Firefox needs before a page may navigate to them.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { CHROME_ARGS } from "../../scripts/chromium-flags.mjs";
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from "puppeteer-core";

export type BrowserName = "chrome" | "firefox";
export const BROWSERS: BrowserName[] = ["chrome", "firefox"];

const root = resolve(import.meta.dirname, "../..");
export const fixturesDir = join(root, "tests/fixtures/pages");
export const distDir = process.env.DRAMATIS_DIST ? resolve(process.env.DRAMATIS_DIST) : join(root, "dist");
export const screenshotDir = join(root, "tests/e2e/.screenshots");

const GECKO_ID = "dramatis@dramatis.invalid";
/** Fixed so the test knows moz-extension://UUID/ before installing. */
const FIREFOX_UUID = "6d1f0c1e-8a63-4f0b-9d2a-3b7c1e5a9f10";

export function executablePath(name: BrowserName): string {
  const fromEnv = name === "chrome" ? process.env.CHROME_PATH : process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  const candidates = name === "chrome" ? ["/usr/bin/chromium", "/usr/bin/chromium-browser"] : ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${name}: no browser found (install Debian's ${name === "chrome" ? "chromium" : "firefox-esr"} or set ${name === "chrome" ? "CHROME_PATH" : "FIREFOX_PATH"})`);
  return found;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages (and any extra directory) on 127.0.0.1 at a free port. */
export async function serveFixtures(dir = fixturesDir): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, "")}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Session {
  name: BrowserName;
  /** Serves tests/fixtures/pages for this session on 127.0.0.1. */
  server: FixtureServer;
  browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID, no trailing slash. */
  extensionOrigin: string;
  /** Chromium only: the extension's service worker (stop it with `(await sw()).close()`). */
  worker(): Promise<WebWorker | null>;
  /** A new tab at `url`, waited until loaded. */
  open(url: string): Promise<Page>;
  /** The popup page in its own tab (Firefox: navigated to from a page, see above). */
  openExtensionPage(file: "popup.html" | "options.html", query?: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Launches a browser with the test build of the extension installed. */
export interface LaunchOptions {
  build?: "test" | "release";
  /** The colour scheme every page sees. Firefox (BiDi) cannot emulate media features per page,
   *  so it is a launch-time pref there; Chromium emulates it on each page it opens. */
  colorScheme?: "light" | "dark";
  /** Firefox only: extra prefs, for what BiDi cannot emulate per page (forced colours). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const ext = join(distDir, options.build === "release" ? name : `test-${name}`);
  if (!existsSync(join(ext, "manifest.json"))) throw new Error(`${ext} missing: run \`node scripts/build.mjs --test\` first`);
  const server = await serveFixtures();
  let browser: Browser;
  let extensionOrigin: string;
  if (name === "chrome") {
    browser = await puppeteer.launch({
      executablePath: executablePath("chrome"),
      headless: true,
      pipe: true,
      enableExtensions: [ext],
      args: CHROME_ARGS,
    });
    const sw = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 30_000 });
    // URL.origin is "null" for non-special schemes such as chrome-extension:
    extensionOrigin = sw.url().split("/").slice(0, 3).join("/");
  } else {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: executablePath("firefox"),
      headless: true,
      enableExtensions: true,
      extraPrefsFirefox: {
        "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // no network at all: keep Firefox from trying its services
        "network.captive-portal-service.enabled": false,
        "browser.safebrowsing.malware.enabled": false,
        "browser.safebrowsing.phishing.enabled": false,
        // 0 dark, 1 light: what prefers-color-scheme answers in pages and extension pages
        "layout.css.prefers-color-scheme.content-override": options.colorScheme === "dark" ? 0 : 1,
        "ui.systemUsesDarkTheme": options.colorScheme === "dark" ? 1 : 0,
        ...options.firefoxPrefs,
      },
    });
    await browser.installExtension(ext);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }
  const serviceWorkerTarget = async (): Promise<Target | null> =>
    browser.targets().find((t) => t.type() === "service_worker" && t.url().startsWith(extensionOrigin)) ??
    (await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(extensionOrigin), { timeout: 10_000 }).catch(() => null));

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    if (name === "chrome") await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: options.colorScheme ?? "light" }]);
    return page;
  };
  const open = async (url: string): Promise<Page> => {
    const page = await newPage();
    await page.goto(url, { waitUntil: "load" });
    return page;
  };

  return {
    name,
    server,
    browser,
    extensionOrigin,
    async worker() {
      if (name !== "chrome") return null;
      const t = await serviceWorkerTarget();
      return t ? t.worker() : null;
    },
    open,
    async openExtensionPage(file, query = "") {
      const url = `${extensionOrigin}/${file}${query}`;
      if (name === "chrome") return open(url);
      // Firefox will not open moz-extension:// from outside; a web page may, when listed as
      // web-accessible (test build only).
      const page = await newPage();
      await page.goto(server.url("blank.html"), { waitUntil: "load" });
      await page.evaluate((u) => void (location.href = u), url);
      // puppeteer's page.url() does not follow this navigation under BiDi; ask the page itself
      await until(() => page.evaluate(() => location.protocol === "moz-extension:" && document.readyState === "complete").catch(() => false), `${file} to load`);
      return page;
    },
    async screenshot(page, shot) {
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}-${shot}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * prefers-color-scheme for one page. Chromium emulates it; Firefox under WebDriver BiDi cannot
 * (puppeteer: "CDP support is required"), so there the page's own stylesheets are switched:
 * every @media rule on prefers-color-scheme is turned on or off to match, and color-scheme is
 * set on the root so light-dark() and form controls follow. What is checked is the same CSS.
 */
export async function setScheme(page: Page, scheme: "light" | "dark"): Promise<void> {
  const emulated = await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]).then(
    () => true,
    () => false,
  );
  if (emulated) return;
  await page.evaluate((want) => {
    const g = globalThis as unknown as { __schemeMedia?: Map<CSSMediaRule, string> };
    const original = (g.__schemeMedia ??= new Map());
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          const text = original.get(rule) ?? rule.media.mediaText;
          if (/prefers-color-scheme/.test(text)) {
            original.set(rule, text);
            const dark = /prefers-color-scheme:\s*dark/.test(text);
            const light = /prefers-color-scheme:\s*light/.test(text);
            const others = text.replace(/\(\s*prefers-color-scheme:\s*(dark|light)\s*\)/, "").replace(/^\s*and\s+|\s+and\s*$/g, "").trim();
            const on = (dark && want === "dark") || (light && want === "light");
            rule.media.mediaText = on ? others || "all" : "not all";
          }
          visit(rule.cssRules);
        }
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    document.documentElement.style.colorScheme = want;
  }, scheme);
}

/** Every painted text, per highlight name, read from the page's main world. */
export async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // Dramatis paints StaticRanges, which have no text of their own: read each through a Range
    const text = (r: AbstractRange): string => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    for (const [name, h] of CSS.highlights) out[name] = [...h].map(text);
    return out;
  });
}

/**
 * page.setViewport in both browsers. Puppeteer 25 sets a Firefox viewport with two WebDriver BiDi
 * commands at once, the viewport and a screen orientation; Firefox ESR 140.12 does not know the
 * second ("unknown command emulation.setScreenOrientationOverride") and the call rejects,
 * although the viewport and the pixel ratio are set. So that error alone is let through, and the
 * page is then waited for until it has the size asked for: a viewport that was not set still fails.
 */
export async function setViewport(page: Page, viewport: { width: number; height: number; deviceScaleFactor?: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
    return;
  } catch (e) {
    if (!String(e).includes("setScreenOrientationOverride")) throw e;
  }
  const want = { w: viewport.width, h: viewport.height, dpr: viewport.deviceScaleFactor ?? 1 };
  await until(
    () => page.evaluate((x) => innerWidth === x.w && innerHeight === x.h && devicePixelRatio === x.dpr, want),
    `the viewport ${want.w}x${want.h} at ${want.dpr}x`,
  );
}

/** Polls `fn` until it returns a truthy value or `timeout` ms pass (then throws with `what`). */
export async function until<T>(fn: () => Promise<T> | T, what: string, timeout = 15_000, every = 100): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * The id of the tab whose content script holds the article titled `title`, asked from an
 * extension page. Tab URLs are hidden from the extension here (no "tabs" permission), so each
 * tab is asked for its state instead.
 */
export async function tabShowing(ext: Page, title: string, timeout?: number): Promise<number> {
  return until(
    () =>
      ext.evaluate(async (want) => {
        const c = (globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ analysis?: { title?: string } } | null> } };
        }).chrome;
        for (const t of await c.tabs.query({})) {
          if (typeof t.id !== "number") continue;
          const r = await c.tabs.sendMessage(t.id, { type: "page/get-analysis" }).catch(() => null);
          if (r?.analysis?.title === want) return t.id;
        }
        return null;
      }, title),
    `the tab showing "${title}"`,
    timeout,
  );
}
