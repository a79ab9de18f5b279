/**
 * axe-core on the popup and the options page, light and dark, in both browsers: zero violations.
 *
 * The popup is checked in the states a user spends time in: the demo article's cast with a
 * person opened (stepper, note) and the export menu open, the quotes view, and a "can't run
 * here" message. axe is evaluated as a string rather than added as a <script>: the extension
 * pages' CSP (script-src 'self') refuses inline scripts, while evaluation through the
 * automation protocol is not subject to it, in Chromium and in Firefox.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { BROWSERS, launch, setScheme, tabShowing, until, type Session } from "./harness";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TITLE = (JSON.parse(readFileSync(new URL("../fixtures/seed/expected.json", import.meta.url), "utf8")) as { title: string }).title;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function axe(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === "object");
  if (!loaded) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const a = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await a.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`) }));
  });
}

async function bothSchemes(page: Page, check: (scheme: string) => Promise<void>): Promise<void> {
  for (const scheme of ["light", "dark"] as const) {
    await setScheme(page, scheme);
    await check(scheme);
  }
  await setScheme(page, "light");
}

/** The popup, as a tab pointed at the demo article's tab (popup.html?tab=ID). */
async function popupForDemo(s: Session): Promise<Page> {
  const popup = await s.openExtensionPage("popup.html");
  const id = await tabShowing(popup, TITLE, 20_000);
  await popup.evaluate((u) => void (location.href = u), `${s.extensionOrigin}/popup.html?tab=${id}`);
  await until(() => popup.evaluate(() => location.search.startsWith("?tab=") && document.getElementById("app")?.dataset.state === "article").catch(() => false), "the cast");
  return popup;
}

describe.each(BROWSERS)("accessibility in %s", (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("the popup with the demo article's cast, a person opened, export open, and the quotes view", async () => {
    const page = await s.open(s.server.url("demo.html"));
    const popup = await popupForDemo(s);
    await popup.setViewport({ width: 380, height: 600 }).catch(() => undefined);
    // open a person (stepper, and the note editor if the worker knows them) and the export menu
    await popup.$eval("button.person", (b) => (b as HTMLButtonElement).click());
    await until(() => popup.$(".detail .position"), "the stepper");
    await popup.click("#export summary");
    await bothSchemes(popup, async (scheme) => {
      expect(await axe(popup), `cast, ${scheme}`).toEqual([]);
    });
    await popup.click("#tab-quotes");
    await bothSchemes(popup, async (scheme) => {
      expect(await axe(popup), `quotes, ${scheme}`).toEqual([]);
    });
    await popup.close();
    await page.close();
  });

  it("the popup's 'can't run here' message", async () => {
    // opened on its own, the popup's tab is an extension page: one of the pages it cannot read
    const popup = await s.openExtensionPage("popup.html");
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state === "cant-run").catch(() => false), "the can't-run message");
    await popup.setViewport({ width: 380, height: 240 }).catch(() => undefined);
    await bothSchemes(popup, async (scheme) => {
      expect(await axe(popup), `can't run, ${scheme}`).toEqual([]);
      await s.screenshot(popup, `popup-cant-run-${scheme}`);
    });
    await popup.close();
  });

  it("in forced colours (Windows high contrast) the popup's switches show their state and the open tab is marked", async () => {
    // Firefox turns forced colours on from its 'never use page colours' pref; Chromium emulates
    const fc = await launch(name, { firefoxPrefs: { "browser.display.document_color_use": 2 } });
    try {
      const page = await fc.open(fc.server.url("demo.html"));
      const popup = await popupForDemo(fc);
      await popup.setViewport({ width: 380, height: 600 }).catch(() => undefined);
      if (name === "chrome") await popup.emulateMediaFeatures([{ name: "forced-colors", value: "active" }]);
      await popup.bringToFront();
      expect(await popup.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      // the switches' own transitions (150 ms) run when the colours change: shoot once they end
      const settled = () => popup.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => true));
      await settled();
      const box = (sel: string) => popup.$eval(sel, (e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
      const shot = (clip: { x: number; y: number; width: number; height: number }) => popup.screenshot({ clip, encoding: "base64" });
      // the page switch, on and then off, must not look the same
      const sw = await box("#sw-page");
      const on = await shot(sw);
      await fc.screenshot(popup, "popup-forced-colors");
      await popup.click("#sw-page");
      await until(() => popup.$eval("#sw-page", (e) => !(e as HTMLInputElement).checked), "the switch to turn off");
      await settled();
      const off = await shot(sw);
      expect(on).not.toBe(off);
      await popup.click("#sw-page");
      // the line under the open tab differs from the one under the other tab
      const [cast, quotes] = [await box("#tab-cast"), await box("#tab-quotes")];
      const width = Math.min(cast.width, quotes.width) - 8;
      const under = (b: typeof cast) => shot({ x: b.x + 4, y: b.y + b.height - 2, width, height: 2 });
      expect(await under(cast)).not.toBe(await under(quotes));
      await popup.close();
      await page.close();
    } finally {
      await fc.close();
    }
  });

  it("with reduced motion the popup's switches change state without sliding", async () => {
    // Firefox takes the preference from a pref at launch; Chromium emulates it per page
    const rm = name === "chrome" ? s : await launch(name, { firefoxPrefs: { "ui.prefersReducedMotion": 1 } });
    try {
      const page = await rm.open(rm.server.url("demo.html"));
      const popup = await popupForDemo(rm);
      if (name === "chrome") await popup.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
      expect(await popup.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
      const moves = await popup.$$eval("input.switch", (els) =>
        els.map((e) => [getComputedStyle(e).transitionDuration, getComputedStyle(e, "::after").transitionDuration]),
      );
      expect(moves.length).toBe(2);
      for (const m of moves) expect(m.every((d) => d.split(",").every((x) => parseFloat(x) === 0))).toBe(true);
      await popup.close();
      await page.close();
    } finally {
      if (rm !== s) await rm.close();
    }
  });

  it("the options page", async () => {
    const options = await s.openExtensionPage("options.html");
    await until(() => options.evaluate(() => document.readyState === "complete"), "options to load");
    // let its first render and the worker's reply land
    await new Promise((r) => setTimeout(r, 500));
    await bothSchemes(options, async (scheme) => {
      expect(await axe(options), `options, ${scheme}`).toEqual([]);
    });
    await options.close();
  });
});
