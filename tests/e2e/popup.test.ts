/**
 * The popup against the real content script and worker, in both browsers: it lists the demo
 * article's people with their roles, a click scrolls the page to the person, the quotes view
 * attributes "fake news" to Trump, and the JSON export is the Analysis contract.
 *
 * The popup is opened as a tab at popup.html?tab=<id of the demo tab> (see src/popup/index.ts):
 * Firefox offers no way to open the real popup from a test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { BROWSERS, launch, paintedTexts, setScheme, tabShowing, until, type Session } from "./harness";

interface ExpectedPerson {
  name: string;
  match: string[];
  role: string[] | null;
}
const expected = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/seed/expected.json"), "utf8")) as {
  title: string;
  people: ExpectedPerson[];
  optional_people: string[];
  quotes: { text: string; speaker: string }[];
};

/** The little of the extension API this test calls from an extension page. */
type Chromeish = {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown): Promise<{ analysis?: { title?: string } } | null>;
    };
  };
};

/** Points the extension page at popup.html?tab=ID and waits for the tab's state to show. */
async function openPopupFor(s: Session, title: string): Promise<Page> {
  const popup = await s.openExtensionPage("popup.html");
  const id = await tabShowing(popup, title);
  const url = `${s.extensionOrigin}/popup.html?tab=${id}`;
  await popup.evaluate((u) => void (location.href = u), url);
  await until(() => popup.evaluate(() => location.search.startsWith("?tab=") && document.readyState === "complete").catch(() => false), "popup.html?tab to load");
  await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state === "article").catch(() => false), "the popup to show the article", 20_000);
  return popup;
}

/** Bounding boxes of every occurrence of `word` in the page's text, in viewport coordinates. */
function wordBoxes(page: Page, word: string) {
  return page.evaluate((w) => {
    const out: { top: number; bottom: number; innerHeight: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue ?? "";
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        out.push({ top: b.top, bottom: b.bottom, innerHeight: window.innerHeight });
      }
    }
    return out;
  }, word);
}

/** The reference's own matching rule (as scripts/eval/parts/people.mjs): a found name stands
 *  for an expected person when one of its words is one of that person's surface forms. */
const isPerson = (e: ExpectedPerson, name: string) => e.match.some((w) => name.split(/\s+/).includes(w));
function expectTheCast(names: string[]): void {
  for (const e of expected.people) expect(names.filter((n) => isPerson(e, n)), e.name).toHaveLength(1);
  const extra = names.filter((n) => !expected.people.some((e) => isPerson(e, n)) && !expected.optional_people.some((o) => o.toLowerCase() === n.toLowerCase()));
  expect(extra).toEqual([]);
}

const inView = (b: { top: number; bottom: number; innerHeight: number }) => b.top >= 0 && b.bottom <= b.innerHeight && b.bottom > b.top;

describe.each(BROWSERS)("popup in %s", (name) => {
  let s: Session;
  let page: Page;
  let popup: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    s = await launch(name);
    page = await s.open(s.server.url("demo.html"));
    // openPopupFor waits for the content script to hold the article; painting is checked where
    // it matters (scrolling to a person)
    popup = await openPopupFor(s, expected.title);
    popup.on("pageerror", (e) => errors.push(String(e)));
    await popup.setViewport({ width: 380, height: 600 }).catch(() => undefined);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists the 7 people of the demo page, most mentioned first, with their roles", async () => {
    const rows = await popup.$$eval("button.person", (bs) =>
      bs.map((b) => ({
        name: b.querySelector(".name")?.textContent ?? "",
        role: b.querySelector(".role:not(.none)")?.textContent ?? null,
        mentions: Number(/(\d+)/.exec(b.querySelector(".counts")?.textContent ?? "")?.[1] ?? NaN),
      })),
    );
    await s.screenshot(popup, "popup-cast-light");
    await setScheme(popup, "dark");
    await s.screenshot(popup, "popup-cast-dark");
    await setScheme(popup, "light");
    expectTheCast(rows.map((r) => r.name));
    for (const p of expected.people) {
      const row = rows.find((r) => isPerson(p, r.name))!;
      if (p.role) expect(p.role, `${p.name}'s role`).toContain(row.role);
      else expect(row.role, `${p.name} has no role in the article`).toBeNull();
    }
    const mentions = rows.map((r) => r.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });

  it("clicking Christopher Wray scrolls the page so his mention is in view", async () => {
    await page.bringToFront();
    await until(async () => Object.values(await paintedTexts(page)).flat().length > 0, "highlights on the demo page");
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await wordBoxes(page, "Wray");
    expect(before.length).toBeGreaterThan(0);
    // the test means something only if the name starts out of view
    expect(before.some(inView)).toBe(false);
    await popup.bringToFront();
    await popup.$$eval("button.person", (bs) => bs.find((b) => b.querySelector(".name")?.textContent === "Christopher Wray")?.click());
    await until(() => popup.$eval(".detail .position", (e) => e.textContent ?? "").catch(() => ""), "the mention stepper");
    await page.bringToFront();
    await until(async () => (await wordBoxes(page, "Wray")).some(inView), "a Wray mention in the viewport");
    await popup.bringToFront();
    await s.screenshot(popup, "popup-selected-light");
  });

  it("the glossary note is editable in place and reaches the worker's store", async () => {
    // Wray is open from the previous test; the editor shows once the worker has his entry
    const area = await until(() => popup.$(".detail textarea.note"), "the note editor");
    const note = `Director since 2017 <b>not bold</b> ${name}`;
    await area.type(note);
    await until(() => popup.$eval(".note-meta [role=status]", (e) => e.textContent === "Note saved").catch(() => false), "the note to be saved");
    const stored = await popup.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ entries?: Record<string, { note?: string }> }> } } }).chrome;
      return (await c.runtime.sendMessage({ type: "glossary/lookup", names: ["Christopher Wray"] })).entries?.["Christopher Wray"]?.note;
    });
    expect(stored).toBe(note);
    await s.screenshot(popup, "popup-note-light");
  });

  it("the quotes view lists quotes in article order and gives 'fake news' to Trump", async () => {
    await popup.click("#tab-quotes");
    expect(await popup.$eval("#tab-quotes", (e) => e.getAttribute("aria-selected"))).toBe("true");
    const quotes = await popup.$$eval("button.quote", (bs) => bs.map((b) => ({ speaker: b.querySelector(".speaker")?.textContent ?? "", text: b.querySelector(".qtext")?.textContent ?? "" })));
    const fake = quotes.filter((q) => q.text.includes("fake news"));
    const trump = expected.people.find((p) => p.name === expected.quotes.find((q) => q.text === "fake news")!.speaker)!;
    expect(fake).toHaveLength(1);
    expect(isPerson(trump, fake[0]!.speaker), `"fake news" attributed to ${fake[0]!.speaker}`).toBe(true);
    await s.screenshot(popup, "popup-quotes-light");
    await setScheme(popup, "dark");
    await s.screenshot(popup, "popup-quotes-dark");
    await setScheme(popup, "light");
    await popup.click("#tab-cast");
  });

  it("the JSON export parses as the Analysis contract: version 1, people, quotes indexing text", async () => {
    await popup.click("#export summary");
    await popup.click("#fmt-json");
    await popup.click("#export-copy");
    const json = await until(() => popup.$eval("#export", (e) => (e as HTMLElement).dataset.lastExport ?? ""), "an export");
    const a = JSON.parse(json) as { version: number; byline: string | null; text: string; people: { id: string; name: string }[]; quotes: { start: number; end: number; text: string; speaker: string | null }[] };
    expect(a.version).toBe(1);
    // the byline under the demo's headline (content.js paints without it; content-main.js reads it)
    expect(a.byline).toBe("Daily Ledger Staff");
    expectTheCast(a.people.map((p) => p.name));
    expect(a.people.map((p) => p.name).sort()).toEqual((await popup.$$eval("button.person .name", (n) => n.map((e) => e.textContent ?? ""))).sort());
    expect(a.quotes.length).toBeGreaterThan(0);
    for (const q of a.quotes) expect(a.text.slice(q.start, q.end)).toBe(q.text);
    const ids = new Set(a.people.map((p) => p.id));
    for (const q of a.quotes) if (q.speaker) expect(ids.has(q.speaker)).toBe(true);
    // the user is told what happened either way (clipboard or the select-and-copy fallback)
    const told = await until(() => popup.$eval(".export-status", (e) => e.textContent ?? ""), "the copy outcome");
    expect(told).toMatch(/Copied|clipboard/);
    await s.screenshot(popup, "popup-export-light");
    await popup.click("#export summary");

    // organisations and places: collapsible sections holding every one the analysis has
    const entities = a as unknown as { organizations: { name: string }[]; places: { name: string }[] };
    for (const [kind, list] of [["organization", entities.organizations], ["place", entities.places]] as const) {
      if (!list.length) continue;
      const names = await popup.$$eval(`details.${kind} button.entity .name`, (n) => n.map((e) => e.textContent ?? ""));
      expect(names.sort()).toEqual(list.map((e) => e.name).sort());
    }
    await popup.$eval("details.organization", (d) => {
      (d as HTMLDetailsElement).open = true;
      d.scrollIntoView({ block: "start" });
    });
    await s.screenshot(popup, "popup-organizations-light");
    await popup.$eval("details.organization", (d) => ((d as HTMLDetailsElement).open = false));
  });

  it("'Highlights on this page' off empties the page's highlights, on paints them again", async () => {
    const painted = async () => Object.values(await paintedTexts(page)).flat().length;
    expect(await painted()).toBeGreaterThan(0);
    await popup.click("#sw-page");
    await until(async () => (await painted()) === 0, "the highlights to go");
    expect(await popup.$eval("#sw-page", (e) => (e as HTMLInputElement).checked)).toBe(false);
    await popup.click("#sw-page");
    await until(async () => (await painted()) > 0, "the highlights to come back");
    expect(errors).toEqual([]);
  });

  it("works from the keyboard: filter, Tab to a person, Enter opens them; arrows switch views", async () => {
    await popup.focus("#filter");
    await popup.keyboard.type("davis");
    expect(await popup.$$eval("button.person .name", (n) => n.map((e) => e.textContent))).toEqual(["Angela Davis"]);
    await popup.keyboard.press("Tab");
    expect(await popup.evaluate(() => document.activeElement?.querySelector(".name")?.textContent)).toBe("Angela Davis");
    await popup.keyboard.press("Enter");
    await until(() => popup.$eval("button.person", (b) => b.getAttribute("aria-expanded") === "true"), "Angela Davis to open");
    await popup.focus("#tab-cast");
    await popup.keyboard.press("ArrowRight");
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe("tab-quotes");
    expect(await popup.$eval("#panel-quotes", (e) => (e as HTMLElement).hidden)).toBe(false);
    await popup.keyboard.press("ArrowLeft");
    expect(await popup.$eval("#panel-cast", (e) => (e as HTMLElement).hidden)).toBe(false);
  });

  /** The id of the first tab whose content script answers page/get-analysis with `status`, or null
   *  (each asked to listen first, as the popup does: src/popup/index.ts; unless `wakeFirst` is false). */
  const tabAnswering = (status: string, wakeFirst = true): Promise<number | null> =>
    popup.evaluate(async (want, wakeFirst) => {
      const c = (globalThis as unknown as Chromeish & { chrome: { scripting: { executeScript(x: { target: { tabId: number }; func: () => void }): Promise<unknown> } } }).chrome;
      const wake = () => (globalThis as unknown as { __dramatisListen?: () => void }).__dramatisListen?.();
      for (const t of await c.tabs.query({})) {
        if (typeof t.id !== "number") continue;
        if (wakeFirst) await c.scripting.executeScript({ target: { tabId: t.id }, func: wake }).catch(() => null);
        const r = (await c.tabs.sendMessage(t.id, { type: "page/get-analysis" }).catch(() => null)) as { status?: string } | null;
        if (r?.status === want) return t.id;
      }
      return null;
    }, status, wakeFirst);

  it("a page that is no article: says so, and 'Analyse anyway' reads it (here: nobody in it)", async () => {
    const url = s.server.url("blank.html?not-an-article");
    const blank = await s.open(url);
    // judged (the test probe says so), the page does not listen for the extension until asked
    await until(() => blank.evaluate(() => new Promise<boolean>((ok) => {
      addEventListener("message", (e) => typeof e.data === "string" && e.data.includes('"status":"not-article"') && ok(true));
      postMessage("dramatis-test:probe", "*");
      setTimeout(() => ok(false), 500);
    })), "the blank page judged");
    expect(await tabAnswering("not-article", false)).toBeNull();
    // the only page of this session that is no article (the demo is one; the browsers' own
    // blank tabs run no content script)
    const id = await until(() => tabAnswering("not-article"), "the blank page's tab");
    await popup.evaluate((u) => void (location.href = u), `${s.extensionOrigin}/popup.html?tab=${id}`);
    await until(() => popup.evaluate((i) => location.search === `?tab=${i}` && document.getElementById("app")?.dataset.state === "not-article", id).catch(() => false), "the not-an-article state");
    expect(await popup.$eval(".message p", (e) => e.textContent)).toBe("This page doesn't look like a news article.");
    // a tab in the background never paints a frame to screenshot (Chromium waits forever)
    await popup.bringToFront();
    await s.screenshot(popup, "popup-not-article-light");
    await popup.click("button.primary");
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state === "article").catch(() => false), "the forced analysis");
    expect(await popup.$eval("#panel-cast .empty", (e) => e.textContent)).toBe("No people found in this article.");
  });

  it("an article in another language: nothing painted, the popup says why, and 'Analyse anyway' reads it", async () => {
    const german = await s.open(s.server.url("german-article.html"));
    const id = await until(() => tabAnswering("not-english"), "the German article's tab to answer not-english");
    // the page as it was: no highlight of ours, no host element
    const painted = () => german.evaluate(() => ({ highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith("dramatis")).length, host: !!document.querySelector("dramatis-ui") }));
    expect(await painted()).toEqual({ highlights: 0, host: false });
    await popup.evaluate((u) => void (location.href = u), `${s.extensionOrigin}/popup.html?tab=${id}`);
    await until(() => popup.evaluate((i) => location.search === `?tab=${i}` && document.getElementById("app")?.dataset.state === "not-english", id).catch(() => false), "the popup's not-english state");
    expect(await popup.$eval(".message p", (e) => e.textContent)).toContain("doesn't seem to be in English");
    // the page's own title heads the popup in both browsers (Chromium gives the popup no tab title)
    expect(await popup.$eval("h1", (e) => e.textContent)).toBe("Stadtrat von Lindenau beschließt den Bau einer neuen Rheinbrücke");
    await popup.bringToFront();
    await s.screenshot(popup, "popup-not-english-light");
    await popup.click("button.primary");
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state === "article").catch(() => false), "the forced analysis");
    await until(async () => (await painted()).highlights > 0, "the forced analysis painted");
    await german.close();
  });

  it("with a cast of 40 the list scrolls under a filter that stays in view, and no focus ring is cut off", async () => {
    const big = await s.open(s.server.url("big-cast.html"));
    const pop = await openPopupFor(s, "Westmere votes for the estuary bridge after a decade of argument");
    await pop.setViewport({ width: 380, height: 600 }).catch(() => undefined);
    await pop.bringToFront();
    try {
      expect(await pop.$$eval("button.person", (b) => b.length)).toBeGreaterThanOrEqual(30);
      // the whole popup fits the browsers' 600 px popup height: only the list scrolls
      expect(await pop.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
      /** Where `selector` is, and whether its box plus its focus ring lies inside the list's
       *  visible box (the scrolling list clips anything drawn outside it). */
      const inList = (selector: string) =>
        pop.evaluate((sel) => {
          const panel = document.querySelector("#panel-cast") as HTMLElement;
          const p = panel.getBoundingClientRect();
          const box = { top: p.top + panel.clientTop, left: p.left + panel.clientLeft, right: p.left + panel.clientLeft + panel.clientWidth, bottom: p.top + panel.clientTop + panel.clientHeight };
          const el = (sel === ":focus" ? document.activeElement : document.querySelector(sel)) as HTMLElement;
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          const ring = cs.outlineStyle === "none" ? 0 : parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
          const within = (g: number) => r.top - g >= box.top - 0.5 && r.left - g >= box.left - 0.5 && r.right + g <= box.right + 0.5 && r.bottom + g <= box.bottom + 0.5;
          return { visible: within(0), ringVisible: within(Math.max(0, ring)), scrolls: panel.scrollHeight > panel.clientHeight + 200 };
        }, selector);
      expect((await inList("#filter")).scrolls).toBe(true);
      // to the end of the list: the last person is in view, and so is the filter
      await pop.$eval("#cast-list > li:last-child", (e) => e.scrollIntoView({ block: "end" }));
      expect(await pop.$eval("#panel-cast", (e) => e.scrollTop)).toBeGreaterThan(200);
      expect((await inList("#cast-list > li:last-child")).visible).toBe(true);
      expect((await inList("#filter")).visible).toBe(true);
      await s.screenshot(pop, "popup-big-cast-light");
      // typing there filters the whole list, and the focused filter shows all of its ring
      await pop.focus("#filter");
      expect((await inList(":focus")).ringVisible).toBe(true);
      await pop.keyboard.type("Lombardi");
      expect(await pop.$$eval("button.person .name", (n) => n.map((e) => e.textContent))).toEqual(["Thaddeus Lombardi"]);
      await pop.keyboard.press("Tab");
      expect(await pop.evaluate(() => document.activeElement?.querySelector(".name")?.textContent)).toBe("Thaddeus Lombardi");
      expect((await inList(":focus")).ringVisible).toBe(true);
      await s.screenshot(pop, "popup-big-cast-focus-light");
    } finally {
      await pop.close();
      await big.close();
    }
  });
});

/**
 * The real toolbar popup (Chromium only: Firefox cannot open it from automation). It finds its
 * tab the way a user's popup does (the active tab, whose URL activeTab reveals), so the site
 * switch works: off hides every highlight and says so; on brings the cast back.
 */
describe("the real toolbar popup in chrome", () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch("chrome");
  });
  afterAll(async () => {
    await s?.close();
  });

  async function openRealPopup(): Promise<Page> {
    const popupUrl = `${s.extensionOrigin}/popup.html`;
    const waiting = s.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
    const worker = await s.worker();
    await worker!.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup());
    const popup = (await (await waiting).asPage())!;
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state ?? "").then((st) => st !== "loading" && st), "the popup to settle", 20_000);
    return popup;
  }

  it("shows the active tab's cast, and the site switch turns Dramatis off and on for the site", async () => {
    const page = await s.open(s.server.url("demo.html"));
    await page.bringToFront();
    await until(async () => Object.values(await paintedTexts(page)).flat().length > 0, "highlights on the demo page", 20_000);
    let popup = await openRealPopup();
    expect(await popup.evaluate(() => document.getElementById("app")?.dataset.state)).toBe("article");
    expectTheCast(await popup.$$eval("button.person .name", (n) => n.map((e) => e.textContent ?? "")));
    await s.screenshot(popup, "popup-real-light");
    expect(await popup.$eval("#sw-site", (e) => (e as HTMLInputElement).disabled)).toBe(false);
    await popup.click("#sw-site");
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state === "disabled").catch(() => false), "the popup to say Dramatis is off here");
    expect(await popup.$eval(".message[role=status]", (e) => e.textContent)).toContain("turned off for this site");
    await until(async () => Object.values(await paintedTexts(page)).flat().length === 0, "the highlights to go");
    await popup.close().catch(() => undefined);
    // a fresh popup reads the same setting back
    popup = await openRealPopup();
    expect(await popup.evaluate(() => document.getElementById("app")?.dataset.state)).toBe("disabled");
    expect(await popup.$eval("#sw-site", (e) => (e as HTMLInputElement).checked)).toBe(false);
    await popup.click("#sw-site");
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state === "article").catch(() => false), "the cast to come back", 20_000);
    await until(async () => Object.values(await paintedTexts(page)).flat().length > 0, "the highlights to come back", 20_000);
    await popup.close().catch(() => undefined);
  });
});

/**
 * The shipping build (no host permission beyond its content script's: test builds add one so a
 * popup opened as a page can reach tabs) on a page that is no article: its content script waits
 * to be asked before it listens, and the toolbar button's click (Chromium's own action trigger,
 * which grants the popup the tab as a user's click does: activeTab) is all the popup needs.
 */
describe("the real toolbar popup in chrome, shipping build", () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch("chrome", { build: "release" });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("on a page that is no article, the toolbar button's popup says so", async () => {
    const page = await s.open(s.server.url("blank.html?toolbar"));
    await page.bringToFront();
    const popupUrl = `${s.extensionOrigin}/popup.html`;
    const waiting = s.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
    const cdp = await s.browser.target().createCDPSession();
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const tab = targetInfos.find((t) => t.type === "tab" && t.url === page.url())!;
    await cdp.send("Extensions.triggerAction", { id: new URL(popupUrl).host, targetId: tab.targetId });
    const popup = (await (await waiting).asPage())!;
    await until(() => popup.evaluate(() => document.getElementById("app")?.dataset.state ?? "").then((st) => st !== "loading" && st), "the popup to settle", 20_000);
    expect(await popup.evaluate(() => document.getElementById("app")?.dataset.state)).toBe("not-article");
    await popup.close().catch(() => undefined);
  });
});

/**
 * Firefox lets users withhold host permission (Chromium cannot remove a required one): then the
 * content script does not run and the tab's URL is hidden. The popup must say so and offer a
 * button whose click reaches permissions.request — which Firefox refuses outside a user gesture,
 * so a refusal message here would mean the call is not made from the click.
 */
describe("needs permission in firefox", () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch("firefox");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("offers a button that asks for host permission from the click", async () => {
    const page = await s.open(s.server.url("demo.html"));
    const popup = await s.openExtensionPage("popup.html");
    const id = await tabShowing(popup, expected.title);
    const removed = await popup.evaluate(() => (globalThis as unknown as { browser: { permissions: { remove(p: object): Promise<boolean> } } }).browser.permissions.remove({ origins: ["<all_urls>"] }));
    expect(removed).toBe(true);
    // a reload drops the content script, which now may not come back
    await page.reload({ waitUntil: "load" });
    await popup.evaluate((u) => void (location.href = u), `${s.extensionOrigin}/popup.html?tab=${id}`);
    await until(() => popup.evaluate(() => location.search.startsWith("?tab=") && document.getElementById("app")?.dataset.state === "needs-permission").catch(() => false), "the permission request state", 20_000);
    expect(await popup.$eval(".message p", (e) => e.textContent)).toBe("Dramatis needs your permission to read pages on this site.");
    await popup.setViewport({ width: 380, height: 240 }).catch(() => undefined);
    await s.screenshot(popup, "popup-needs-permission-light");
    await popup.click("button.primary");
    // the browser now shows its own prompt (which automation cannot answer); what must not
    // appear is an error saying the request was refused or failed
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await popup.$eval(".hint", (e) => e.textContent)).toBe("");
  });
});
