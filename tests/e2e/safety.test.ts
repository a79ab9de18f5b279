/**
 * Page safety on hostile and odd pages (issue 9's crawl, on a small sample that ships with the
 * repo): with the extension the page ends exactly as without it — same DOM (but for our one
 * host element), no new page or console error, no script run from page text, and no Dramatis
 * exception. Chromium only: the comparison drives two browser instances side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { comparePage, launchChromium } from "../../bench/page-safety.mjs";
import { distDir, serveFixtures, until, type FixtureServer } from "./harness";

const PAGES = [
  "demo.html",
  "hostile/prototypes.html",
  "hostile/markup-names.html",
  "hostile/editable.html",
  "hostile/odd-structure.html",
  "hostile/empty.html",
  "hostile/strict-csp.html",
  "listing.html",
];

describe("page safety in chrome", () => {
  let server: FixtureServer;
  let withExt: Browser;
  let plain: Browser;
  beforeAll(async () => {
    server = await serveFixtures();
    withExt = await launchChromium(join(distDir, "test-chrome"));
    plain = await launchChromium(null);
  });
  afterAll(async () => {
    await withExt?.close();
    await plain?.close();
    await server?.close();
  });

  it.each(PAGES)("%s ends exactly as it would without Dramatis", async (path) => {
    const r = await comparePage(withExt, plain, server.url(path));
    expect(r.loadError).toBeNull();
    expect(r.firstDifference ?? null).toBeNull();
    expect(r.domDiff).toBe(false);
    expect(r.pageErrors).toEqual([]);
    expect(r.consoleErrors).toEqual([]);
    expect(r.extensionExceptions).toEqual([]);
    expect(r.dialogs).toEqual([]);
    expect(r.titleChanged).toBe(false);
  });

  it("articles are still painted on hostile pages, never inside editable regions", async () => {
    const page = await withExt.newPage();
    try {
      for (const path of ["hostile/prototypes.html", "hostile/editable.html", "hostile/markup-names.html", "hostile/strict-csp.html"]) {
        await page.goto(server.url(path), { waitUntil: "load" });
        const painted = await page.waitForFunction(
          () => {
            // plain loops: this page has poisoned Array.prototype.map in its main world
            const out: { text: string; editable: boolean }[] = [];
            for (const [name, h] of CSS.highlights) {
              if (!name.startsWith("dramatis")) continue;
              for (const r of h as unknown as Iterable<AbstractRange>) {
                // Dramatis paints StaticRanges: their text is read through a Range
                const live = document.createRange();
                live.setStart(r.startContainer, r.startOffset);
                live.setEnd(r.endContainer, r.endOffset);
                out.push({ text: live.toString(), editable: !!r.startContainer.parentElement?.closest("[contenteditable], textarea, input") });
              }
            }
            return out.length ? out : null;
          },
          { timeout: 15_000 },
        ).then((h) => h.jsonValue());
        expect(painted!.map((p) => p.text).join(" | ")).toMatch(/Reyes|Walters|Miller/);
        // the editable draft and the textarea name the same people: none of those copies is painted
        expect(painted!.filter((p) => p.editable)).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it("a page that is not an article costs only the first look: the rest of Dramatis is never fetched", async () => {
    const page = await withExt.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.url().startsWith("chrome-extension://")) fetched.push(r.url());
    });
    try {
      for (const [path, article] of [["listing.html", false], ["demo.html", true]] as const) {
        fetched.length = 0;
        await page.goto(server.url(path), { waitUntil: "load" });
        if (article) {
          await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith("dramatis")), { timeout: 15_000 });
          // both load once the first paint is done, so they may still be on their way
          await until(() => fetched.some((u) => u.endsWith("/content-main.js")) && fetched.some((u) => u.endsWith("/content-article.js")), `${path} fetching the rest of Dramatis`, 10_000);
        } else {
          // the gate answers its probe with the first look's verdict once it has looked
          const look = await page.waitForFunction(
            () =>
              new Promise<string | null>((resolve) => {
                const on = (e: MessageEvent): void => {
                  if (typeof e.data === "string" && e.data.startsWith("dramatis-test:reply:")) {
                    removeEventListener("message", on);
                    resolve(e.data);
                  }
                };
                addEventListener("message", on);
                postMessage("dramatis-test:probe", "*");
                setTimeout(() => resolve(null), 500);
              }),
            { timeout: 10_000 },
          ).then((h) => h.jsonValue());
          const reply = JSON.parse(look!.slice("dramatis-test:reply:".length)) as { firstLook: { verdict: string } | null };
          expect(reply.firstLook?.verdict).toBe("not-article");
          // time for a late import to show, had there been one
          await new Promise((r) => setTimeout(r, 500));
          expect(fetched.filter((u) => u.endsWith("/content-main.js") || u.endsWith("/content-article.js")), path).toEqual([]);
          expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("dramatis")))).toEqual([]);
        }
      }
    } finally {
      await page.close();
    }
  });
});
