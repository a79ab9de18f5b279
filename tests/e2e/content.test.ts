/**
 * The content script in real browsers: what it paints on the demo page, the hover card, that the
 * page's DOM is untouched but for the one host, toggling off and on, and a React page that
 * re-renders under it. Both Chromium and Firefox ESR.
 *
 * The card lives in a CLOSED shadow root. Chromium's accessibility snapshot reaches into it, so
 * there the test reads the card as a screen reader would. Firefox's (BiDi) has no such snapshot,
 * so the test build's probe answers a main-world postMessage with the card's text (see the end
 * of src/content/index.ts; compiled out of what ships).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, fixturesDir, launch, paintedTexts, setViewport, tabShowing, until, type Session } from "./harness";

interface Probe {
  status: string;
  enabled: boolean;
  host: boolean;
  cardOpen: boolean;
  cardText: string;
  cardLabel: string;
  cardRect: { x: number; y: number; width: number; height: number } | null;
  cardFocused: boolean;
  painted: number;
  firstPaintMs: number | null;
  analysedBy: "worker" | "page" | null;
  theme: string;
  counts: { mutationBatches: number; reruns: number; repaints: number };
  phases: Record<string, number>;
}

/** Asks the test build's content script what it shows (main-world postMessage round trip). */
async function probe(page: Page): Promise<Probe> {
  const raw = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no probe reply")), 2_000);
        const on = (e: MessageEvent): void => {
          if (typeof e.data === "string" && e.data.startsWith("dramatis-test:reply:")) {
            removeEventListener("message", on);
            clearTimeout(timer);
            resolve(e.data.slice("dramatis-test:reply:".length));
          }
        };
        addEventListener("message", on);
        postMessage("dramatis-test:probe", "*");
      }),
  );
  return JSON.parse(raw) as Probe;
}

/** The probe once the page's first paint is done and content-main.js has taken it over (until
 *  then content.js answers the probe, and it cannot say who analysed the text). */
const firstPainted = (p: Page, what: string): Promise<Probe> =>
  until(async () => {
    const r = await probe(p);
    return r.firstPaintMs !== null && r.analysedBy ? r : null;
  }, what);

const allPainted = async (page: Page): Promise<string[]> =>
  Object.entries(await paintedTexts(page))
    .filter(([n]) => n.startsWith("dramatis-"))
    .flatMap(([, v]) => v);

const ourHighlightNames = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith("dramatis-")));

const hostCount = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll("dramatis-ui").length);

/** Centre of the n-th occurrence of `word` as a text node substring in the article, from the main world. */
async function rectOf(page: Page, word: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    (w, n) => {
      const root = document.querySelector("article") ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const re = new RegExp(`\\b${w}\\b`, "g");
        for (let m = re.exec(t.data); m; m = re.exec(t.data)) {
          if (seen++ < n) continue;
          const r = document.createRange();
          r.setStart(t, m.index);
          r.setEnd(t, m.index + w.length);
          r.startContainer.parentElement?.scrollIntoView({ block: "center" });
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    },
    word,
    nth,
  );
}

/** What a framework's re-render does under a resting pointer: the block at (x, y) is swapped for an
 *  identical copy, and the browser reports the pointer over it (both do after a layout change),
 *  before Dramatis has repainted. */
async function rerenderUnder(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.evaluate(
    (x, y) => {
      const under = document.elementFromPoint(x, y)!;
      const block = under.closest("p, h1, h2, li") ?? under;
      block.replaceWith(block.cloneNode(true));
      document.dispatchEvent(new PointerEvent("pointermove", { clientX: x, clientY: y, bubbles: true }));
    },
    at.x,
    at.y,
  );
}

/** Moves the pointer onto `word` from up and to the left of it, as a reader's hand arrives (the
 *  card opens on the dwell that follows); returns the word's centre. */
async function hoverFromAside(page: Page, word: string): Promise<{ x: number; y: number }> {
  const at = await rectOf(page, word);
  expect(at).not.toBeNull();
  await page.mouse.move(at!.x - 40, at!.y - 40);
  await page.mouse.move(at!.x, at!.y, { steps: 3 });
  return at!;
}

/** Sends a message to every tab's content script the way the popup does: from an extension page
 *  through tabs.sendMessage (works the same in both browsers), after asking each tab's content
 *  script to listen (on a page that is no article it waits to be asked: src/popup/index.ts). */
async function sendToContent(s: Session, message: unknown): Promise<unknown[]> {
  const ext = await s.openExtensionPage("popup.html");
  try {
    return await ext.evaluate(async (m) => {
      interface TabsApi {
        tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
        scripting: { executeScript(x: { target: { tabId: number }; func: () => void }): Promise<unknown> };
      }
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const api = g.browser ?? g.chrome;
      const tabs = await api.tabs.query({});
      const wake = () => (globalThis as unknown as { __dramatisListen?: () => void }).__dramatisListen?.();
      await Promise.all(tabs.map((t) => (t.id === undefined ? null : api.scripting.executeScript({ target: { tabId: t.id }, func: wake }).catch(() => null))));
      const replies = await Promise.all(tabs.map((t) => (t.id === undefined ? null : api.tabs.sendMessage(t.id, m).catch(() => null))));
      return replies.filter((r) => r !== null && r !== undefined);
    }, message);
  } finally {
    await ext.close();
  }
}

/** Sends a message to the content script of the tab showing the article titled `title` only
 *  (the demo page is open beside it). */
async function sendToArticle(s: Session, title: string, message: unknown): Promise<unknown> {
  const ext = await s.openExtensionPage("popup.html");
  try {
    const id = await tabShowing(ext, title);
    return await ext.evaluate(
      (tab, m) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(tab, m),
      id,
      message,
    );
  } finally {
    await ext.close();
  }
}

/** Watches for the next jump flash from now on and keeps its range and its box as first drawn
 *  (read with flashBox(page, true) and firstFlashBox): on a loaded machine the question after a
 *  jump can come after its 1.2 s flash has ended. */
const watchFlash = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen = window as unknown as { __lastFlash?: AbstractRange; __firstFlash?: { top: number; bottom: number; text: string } };
    const current = (): AbstractRange | undefined => {
      const h = [...CSS.highlights].find(([n]) => n.endsWith("-flash"))?.[1];
      return h ? ([...h][0] as AbstractRange | undefined) : undefined;
    };
    // a flash still drawn from an earlier jump is not this jump's
    const earlier = current();
    seen.__lastFlash = undefined;
    seen.__firstFlash = undefined;
    const tick = (): void => {
      const r = current();
      if (!r || r === earlier) return void requestAnimationFrame(tick);
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const b = live.getClientRects()[0] ?? live.getBoundingClientRect();
      seen.__lastFlash = r;
      seen.__firstFlash = { top: b.top, bottom: b.bottom, text: live.toString() };
    };
    requestAnimationFrame(tick);
  });

const firstFlashBox = (page: Page): Promise<{ top: number; bottom: number; text: string }> =>
  until(() => page.evaluate(() => (window as unknown as { __firstFlash?: { top: number; bottom: number; text: string } }).__firstFlash ?? null), "the jump's flash");

/** The viewport box and text of the jump flash's range, or null when nothing is flashing.
 *  `since`: the range the last flash covered, flashing or not (the flash lasts 1.2 s, which a
 *  loaded machine can spend between two questions; where the word is then still matters). */
const flashBox = (page: Page, since = false): Promise<{ top: number; bottom: number; text: string } | null> =>
  page.evaluate((since) => {
    const seen = window as unknown as { __lastFlash?: AbstractRange };
    const h = [...CSS.highlights].find(([n]) => n.endsWith("-flash"))?.[1];
    const r = (h ? ([...h][0] as AbstractRange | undefined) : undefined) ?? (since ? seen.__lastFlash : undefined);
    if (!r) return null;
    seen.__lastFlash = r;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const b = live.getClientRects()[0] ?? live.getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, text: live.toString() };
  }, since);

/** The people of the reference article (tests/fixtures/seed/expected.json): full name and the
 *  short forms the article also uses for them. */
const EXPECTED = (JSON.parse(readFileSync(join(fixturesDir, "../seed/expected.json"), "utf8")) as { people: { name: string; match: string[] }[] }).people;
const OUTSIDE = ["Elon Musk", "Margaret Thompson", "Jacinda Ardern", "Robert Kessler"];

describe.each(BROWSERS)("content script in %s", (name) => {
  let s: Session;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    // the React fixture's bundle is built here, not committed (it is react + react-dom)
    await esbuild.build({
      entryPoints: [join(fixturesDir, "../react/app.js")],
      outfile: join(fixturesDir, "react-article.bundle.js"),
      bundle: true,
      format: "iife",
      minify: true,
      define: { "process.env.NODE_ENV": '"production"' },
      loader: { ".txt": "text" },
      logLevel: "error",
    });
    s = await launch(name);
    page = await s.open(s.server.url("demo.html"));
    page.on("pageerror", (e) => errors.push(String(e)));
    await until(async () => (await allPainted(page)).length > 20, "the demo page to be painted");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("paints every person's mentions and the quotations, nothing outside the article", async () => {
    const painted = await allPainted(page);
    // each of the 7 under the fullest name the page uses ("Trump" is never called "Donald Trump" here)
    for (const p of EXPECTED) expect(painted.some((t) => t === p.name || p.match.includes(t)), p.name).toBe(true);
    for (const full of ["Vladimir Putin", "Christopher Wray", "Angela Davis", "Joe Biden", "Kamala Harris", "Hillary Clinton"]) expect(painted, full).toContain(full);
    for (const short of ["Putin", "Biden", "Trump"]) expect(painted, short).toContain(short);
    expect(painted.some((t) => t.includes("fake news"))).toBe(true);
    expect(painted.some((t) => t.includes("denigrate"))).toBe(true);
    for (const n of OUTSIDE) expect(painted.some((t) => t.includes(n)), n).toBe(false);
    const names = await ourHighlightNames(page);
    expect(names.some((n) => /^dramatis-person-\d+$/.test(n))).toBe(true);
    expect(names.some((n) => /^dramatis-quote-\d+$/.test(n))).toBe(true);
  });

  it("the background worker analyses the article, even right after it was stopped (Chromium), and a new page is painted the same", async () => {
    expect((await firstPainted(page, "the demo's paint to be taken over")).analysedBy).toBe("worker");
    const first = (await allPainted(page)).sort();
    // MV3 stops an idle worker at any time: the next page's message must wake it
    if (name === "chrome") await (await s.worker())?.close();
    const again = await s.open(s.server.url("demo.html"));
    try {
      const p = await firstPainted(again, "the second page to be painted");
      expect(p.analysedBy).toBe("worker");
      expect((await allPainted(again)).sort()).toEqual(first);
    } finally {
      await again.close();
    }
  });

  it("without the worker's answer, the page analyses the article itself and paints exactly the same", async () => {
    const first = (await allPainted(page)).sort();
    // the test build's switch for a worker that cannot answer (compiled out of what ships)
    const alone = await s.open(`${s.server.url("demo.html")}#dramatis-test-no-worker`);
    try {
      const p = await firstPainted(alone, "the page to be painted without the worker");
      expect(p.analysedBy).toBe("page");
      expect((await allPainted(alone)).sort()).toEqual(first);
    } finally {
      await alone.close();
    }
  });

  // the test build's switches for the smallest slices of each sliced step (compiled out of what
  // ships): a short page then takes the path a long one takes, and must paint the same
  it.each([
    ["indexed", "sliced-index", "indexTasks"],
    ["found", "sliced-finder", "finderTasks"],
    ["painted", "sliced-paint", "paintTasks"],
  ] as const)("an article %s over many tasks (as a long one is) is painted exactly as in one task", async (_step, hash, phase) => {
    const first = (await allPainted(page)).sort();
    const sliced = await s.open(`${s.server.url("demo.html")}#dramatis-test-${hash}`);
    try {
      const p = await firstPainted(sliced, `the page (#dramatis-test-${hash}) to be painted`);
      expect(p.phases[phase]).toBeGreaterThan(1);
      expect((await allPainted(sliced)).sort()).toEqual(first);
    } finally {
      await sliced.close();
    }
  });

  it("every occurrence of each person's short name in the article is painted as that person", async () => {
    const uncovered = await page.evaluate((people) => {
      const ranges = [...CSS.highlights]
        .filter(([n]) => /^dramatis-(dark-)?person-/.test(n))
        .flatMap(([, h]) => [...h]);
      // Dramatis paints StaticRanges: a Range over the same points answers comparePoint
      const live = (r: AbstractRange): Range => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      };
      const out: string[] = [];
      const root = document.querySelector("article")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        if (t.parentElement?.closest("h1, .byline, figcaption, .related-links, .ad-slot, .tags, .comments")) continue;
        for (const p of people)
          for (const form of p.match) {
            const re = new RegExp(`\\b${form}\\b`, "g");
            for (let m = re.exec(t.data); m; m = re.exec(t.data)) {
              const covered = ranges.some((r) => live(r).comparePoint(t!, m!.index) === 0 && live(r).comparePoint(t!, m!.index + form.length) === 0);
              if (!covered) out.push(`${form} in "…${t.data.slice(Math.max(0, m.index - 30), m.index + 30)}…"`);
            }
          }
      }
      return out;
    }, EXPECTED);
    expect(uncovered).toEqual([]);
  });

  it("the same person has one colour, different people different colours", async () => {
    const byName = await paintedTexts(page);
    const slotOf = (text: string): string[] => Object.entries(byName).filter(([n, v]) => /person-\d+$/.test(n) && v.includes(text)).map(([n]) => n);
    expect(slotOf("Putin")).toEqual(slotOf("Vladimir Putin"));
    expect(slotOf("Biden")).toEqual(slotOf("Joe Biden"));
    expect(slotOf("Biden")).not.toEqual(slotOf("Putin"));
    expect(slotOf("Putin")).toHaveLength(1);
  });

  it("hovering Wray opens a card that says FBI Director", async () => {
    const at = await hoverFromAside(page, "Wray");
    const p = await until(async () => {
      const r = await probe(page);
      return r.cardOpen ? r : null;
    }, "the hover card to open");
    expect(p.cardText).toContain("Christopher Wray");
    expect(p.cardText).toContain("FBI Director");
    expect(p.cardText).toMatch(/Mentioned (once|\d+ times)/);
    if (name === "chrome") {
      // what a screen reader gets, through the closed root
      const tree = JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false }));
      expect(tree).toContain("FBI Director");
      expect(tree).toContain("Dramatis: Christopher Wray");
    }
    await s.screenshot(page, "content-card-light");
    if (name === "chrome") {
      // the demo site has a dark theme: the paint and the open card follow it live (Firefox
      // under BiDi cannot emulate the media feature; its dark shots come from the React page)
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
      await until(async () => (await probe(page)).theme === "dark", "the dark palette");
      await s.screenshot(page, "content-card-dark");
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
      await until(async () => (await probe(page)).theme === "light", "the light palette again");
    }
    // the card is beside the word and inside the viewport
    const box = (await probe(page)).cardRect!;
    const vp = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: document.documentElement.clientHeight }));
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.w);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.h);
    expect(Math.abs(box.y - at.y)).toBeLessThan(box.height + 40);
    // and never over the word itself
    expect(at.y < box.y || at.y > box.y + box.height).toBe(true);
    // moving from the word into the card keeps it open
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await new Promise((r) => setTimeout(r, 700));
    expect((await probe(page)).cardOpen).toBe(true);
    // leaving both closes it after the grace period
    await page.mouse.move(5, 5, { steps: 2 });
    await until(async () => !(await probe(page)).cardOpen, "the card to close on leave");
  });

  it("after two articles naming the same person, the card says where else they were seen and shows the reader's note as text", async () => {
    // the demo page is open (one article); the React page tells the same story at another address
    // the extension page first: the page opened last is the one that gets the pointer in Firefox
    const ext = await s.openExtensionPage("options.html");
    const react = await s.open(s.server.url("react-article.html"));
    try {
      await firstPainted(react, "the React page to be painted");
      const send = (m: unknown): Promise<{ ok: boolean; entries?: { id: string; name: string; seenIn: number }[] }> =>
        ext.evaluate((msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage(msg), m);
      // Both visits recorded before the hover, so the card cannot be asked between the two.
      const wray = await until(async () => {
        const r = await send({ type: "glossary/list", query: "Christopher Wray" });
        return r.entries?.find((e) => e.name === "Christopher Wray" && e.seenIn === 2) ?? null;
      }, "Wray in the glossary from both articles");
      const note = "Runs the FBI <img src=x onerror=alert(1)>";
      expect((await send({ type: "glossary/update", id: wray.id, note })).ok).toBe(true);
      // The React page replaces its story body every 1.5 s. On a loaded machine the pointer can
      // land between a re-render and its repaint, where no name is under it; a reader would move
      // the hand again, so the test does too when no card has opened after a while.
      let hovered = 0;
      const card = await until(async () => {
        const r = await probe(react);
        if (r.cardOpen && r.cardText.includes("Seen in")) return r;
        if (!r.cardOpen && Date.now() - hovered > 2_000) {
          await hoverFromAside(react, "Wray");
          hovered = Date.now();
        }
        return null;
      }, "the card with its glossary lines");
      expect(card.cardLabel).toBe("Dramatis: Christopher Wray");
      expect(card.cardText).toContain("Seen in 2 articles");
      expect(card.cardText).toContain(note);
      await s.screenshot(react, "content-card-seen-twice");
      await react.mouse.move(5, 5, { steps: 2 });
    } finally {
      await ext.close();
      await react.close();
    }
  });

  it("Escape closes the card", async () => {
    const at = await rectOf(page, "Putin", 2);
    await page.mouse.move(at!.x, at!.y, { steps: 2 });
    await until(async () => (await probe(page)).cardText.includes("Vladimir Putin"), "the card to open on Putin");
    await page.keyboard.press("Escape");
    await until(async () => !(await probe(page)).cardOpen, "Escape to close the card");
  });

  it("a click outside closes the card", async () => {
    const at = await rectOf(page, "Biden", 3);
    await page.mouse.move(at!.x, at!.y, { steps: 2 });
    await until(async () => (await probe(page)).cardText.includes("Biden"), "the card to open on Biden");
    const box = (await probe(page)).cardRect!;
    // a click in the page margin, away from the word and the card
    await page.mouse.move(box.x + box.width + 5 < 780 ? 790 : 3, box.y + box.height / 2, { steps: 1 });
    await page.mouse.down();
    await page.mouse.up();
    await until(async () => !(await probe(page)).cardOpen, "a click outside to close the card");
  });

  it("hovering a quotation says who said it", async () => {
    const at = await rectOf(page, "denigrate");
    await page.mouse.move(at!.x, at!.y, { steps: 2 });
    const p = await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardLabel.includes("quotation") ? r : null;
    }, "the quotation card");
    expect(p.cardText).toContain("Said by Christopher Wray");
    await page.keyboard.press("Escape");
  });

  it("hovering the last lines of a long quotation whose first lines scrolled away opens its card on screen", async () => {
    const at = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        const i = t.data.indexOf("People of my generation");
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, t.data.indexOf("Soviet Union.") + "Soviet Union.".length);
        // the quotation's first line a line and a half above the top of the screen
        const first = r.getClientRects()[0]!;
        scrollBy(0, first.top + first.height * 1.5);
        const lines = [...r.getClientRects()].filter((b) => b.width > 0);
        // the middle of its last full line ("… were on view around the Soviet"), clear of names
        const last = lines[lines.length - 2]!;
        return { x: last.left + last.width / 2, y: last.top + last.height / 2, lines: lines.length, firstTop: lines[0]!.top };
      }
      return null;
    });
    expect(at!.lines).toBeGreaterThan(2);
    expect(at!.firstTop).toBeLessThan(0);
    await page.mouse.move(at!.x, at!.y, { steps: 2 });
    const p = await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardText.includes("Said by Vladimir Putin") && r.cardRect ? r : null;
    }, "the long quotation's card on screen");
    const box = p.cardRect!;
    const vp = await page.evaluate(() => ({ w: document.documentElement.clientWidth, h: document.documentElement.clientHeight }));
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.h);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.w);
    // beside the line being read, not over it
    expect(at!.y < box.y || at!.y > box.y + box.height).toBe(true);
    await page.keyboard.press("Escape");
    await until(async () => !(await probe(page)).cardOpen, "Escape to close it");
  });

  it("the keyboard command moves to the next person and focuses their card; Esc gives focus back", async () => {
    // the reader was on a link in the article
    await page.evaluate(() => (document.querySelector("article a") as HTMLElement).focus());
    const replies = (await sendToContent(s, { type: "page/next-person", direction: 1 })) as { ok: boolean; id?: string }[];
    expect(replies[0]).toMatchObject({ ok: true, id: "p1" });
    const p = await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardFocused ? r : null;
    }, "the card to open with focus");
    expect(p.cardLabel).toBe("Dramatis: Vladimir Putin");
    expect(await ourHighlightNames(page)).toContain("dramatis-flash");
    // Tab past "Close" to the first quotation, Enter: the page jumps to it and says who said it
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const q = await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardText.includes("Said by Vladimir Putin") ? r : null;
    }, "the quotation's card after the jump");
    expect(q.cardFocused).toBe(true);
    const flashed = await page.evaluate(() => {
      const h = [...CSS.highlights].find(([n]) => n.endsWith("-flash"))?.[1];
      return h ? ([...h][0] as Range).toString() : null;
    });
    expect(flashed).toContain("traditionally closer to the so-called liberal values");
    await page.keyboard.press("Escape");
    await until(async () => !(await probe(page)).cardOpen, "Escape to close the keyboard card");
    expect(await page.evaluate(() => document.activeElement === document.querySelector("article a"))).toBe(true);
  });

  it("a card whose word scrolls out of view leaves the screen, and is back beside the word when it returns", async () => {
    const replies = (await sendToContent(s, { type: "page/next-person", direction: 1 })) as { ok: boolean }[];
    expect(replies[0]).toMatchObject({ ok: true });
    const open = await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardRect ? r : null;
    }, "the keyboard card");
    const at = await page.evaluate(() => scrollY);
    // the reader scrolls on, far from the word (to whichever end of the page is farther)
    await page.evaluate(() => scrollTo(0, scrollY > innerHeight ? 0 : document.documentElement.scrollHeight));
    await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardRect === null;
    }, "no card on screen while its word is off screen");
    await page.evaluate((y) => scrollTo(0, y), at);
    const back = await until(async () => (await probe(page)).cardRect, "the card back on screen");
    expect(Math.abs(back.y - open.cardRect!.y)).toBeLessThan(2);
    expect(Math.abs(back.x - open.cardRect!.x)).toBeLessThan(2);
    await page.keyboard.press("Escape");
    await until(async () => !(await probe(page)).cardOpen, "Escape to close it");
  });

  it("a jump lands at once in mid-screen, below a sticky header, even from a paragraph taller than the screen on a smooth-scrolling page; the keyboard card takes focus", async () => {
    const STICKY = "The night the river came up: Harwick's volunteer firefighters remember the storm";
    // sticky-jump.html: `html { scroll-behavior: smooth }`, a 140 px sticky masthead, and a
    // person first named in the opening line of a paragraph taller than the screen
    const p = await s.open(s.server.url("sticky-jump.html"));
    try {
      await firstPainted(p, "the sticky-header page to be painted");
      const state = (await sendToArticle(s, STICKY, { type: "page/get-analysis" })) as { analysis: { people: { id: string; name: string }[] } };
      const obuya = state.analysis.people.find((x) => x.name === "Marguerite Obuya");
      expect(obuya, "the engine finds the person the jump goes to").toBeDefined();
      const masthead = await p.evaluate(() => document.querySelector(".masthead")!.getBoundingClientRect().height);
      await p.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
      await p.bringToFront();
      await watchFlash(p);
      // what the popup sends when the reader clicks the person
      const jump = await sendToArticle(s, STICKY, { type: "page/scroll-to", kind: "person", id: obuya!.id, index: 0 });
      expect(jump).toMatchObject({ ok: true, index: 0 });
      const vh = await p.evaluate(() => innerHeight);
      // where the flash is first drawn, and where the word is later: it is there at once, and
      // stays (a smooth scroll would first draw it far off, or carry it away)
      for (const wait of [0, 500]) {
        await new Promise((r) => setTimeout(r, wait));
        const box = wait === 0 ? await firstFlashBox(p) : await flashBox(p, true);
        expect(box?.text, `the flash ${wait} ms after the jump`).toBe("Marguerite Obuya");
        expect(box!.top, `below the masthead ${wait} ms after the jump`).toBeGreaterThanOrEqual(masthead);
        expect(box!.bottom, `on screen ${wait} ms after the jump`).toBeLessThanOrEqual(vh);
      }
      // the keyboard command from the far end of the page: the card opens on screen with focus
      await p.evaluate(() => scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
      await watchFlash(p);
      const next = await sendToArticle(s, STICKY, { type: "page/next-person", direction: 1 });
      expect(next).toMatchObject({ ok: true });
      const box = await firstFlashBox(p);
      expect(box!.top).toBeGreaterThanOrEqual(masthead);
      expect(box!.bottom).toBeLessThanOrEqual(vh);
      const card = await until(async () => {
        const r = await probe(p);
        return r.cardOpen && r.cardRect && r.cardFocused ? r.cardRect : null;
      }, "the keyboard card open, on screen and focused");
      // all of the card is drawn over the page, the sticky masthead included
      const onTop = await p.evaluate((r) => {
        const host = document.querySelector("dramatis-ui");
        const inset = 12;
        return [
          [r.x + inset, r.y + inset],
          [r.x + r.width - inset, r.y + inset],
          [r.x + inset, r.y + r.height - inset],
          [r.x + r.width - inset, r.y + r.height - inset],
        ].map(([x, y]) => document.elementFromPoint(x!, y!) === host);
      }, card);
      expect(onTop, "the card's four corners are the card's").toEqual([true, true, true, true]);
      await s.screenshot(p, "content-sticky-jump");
    } finally {
      await p.close();
    }
  });

  it("the next-person key passes over mentions the page does not show (a hidden copy for small screens) and lands on one on screen", async () => {
    const HIDDEN = "Harbour dues to rise as Pellham port rebuilds its sea wall";
    // hidden-copy.html: the opening paragraph is also in a display:none block above the article,
    // so the first mention of each person in the text has no box at all
    const p = await s.open(s.server.url("hidden-copy.html"));
    try {
      await firstPainted(p, "the page with a hidden copy to be painted");
      await p.bringToFront();
      await p.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
      const vh = await p.evaluate(() => innerHeight);
      for (let press = 1; press <= 3; press++) {
        await watchFlash(p);
        const next = await sendToArticle(s, HIDDEN, { type: "page/next-person", direction: 1 });
        expect(next, `press ${press}`).toMatchObject({ ok: true });
        const box = await firstFlashBox(p);
        expect(box?.text, `press ${press}: the flashed mention`).toMatch(/Achterberg|Whitlock/);
        expect(box!.bottom - box!.top, `press ${press}: the flashed mention is drawn`).toBeGreaterThan(0);
        expect(box!.top, `press ${press}: on screen`).toBeGreaterThanOrEqual(0);
        expect(box!.bottom, `press ${press}: on screen`).toBeLessThanOrEqual(vh);
        await until(async () => {
          const r = await probe(p);
          return r.cardOpen && r.cardRect;
        }, `press ${press}: the card on screen`);
      }
    } finally {
      await p.close();
      await page.bringToFront();
    }
  });

  it("counts and jumps to the mentions the page shows, not a hidden copy's, and lists a quotation printed twice once", async () => {
    const HIDDEN = "Harbour dues to rise as Pellham port rebuilds its sea wall";
    const p = await s.open(s.server.url("hidden-copy.html"));
    try {
      await firstPainted(p, "the page with a hidden copy to be painted");
      await p.bringToFront();
      await p.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
      // what the reader sees: innerText leaves display:none out
      const shown = await p.evaluate(() => (document.querySelector("article") as HTMLElement).innerText.match(/Achterberg/g)?.length ?? 0);
      const state = (await sendToArticle(s, HIDDEN, { type: "page/get-analysis" })) as { analysis: { people: { id: string; name: string; mentions: unknown[] }[]; quotes: { text: string }[] } };
      const person = state.analysis.people.find((x) => x.name.includes("Achterberg"))!;
      expect(person, "Achterberg is in the cast").toBeTruthy();
      expect(person.mentions.length, "the popup's count of Achterberg's mentions").toBe(shown);
      // the popup's first jump to her lands on a mention the reader can see
      await watchFlash(p);
      const jumped = await sendToArticle(s, HIDDEN, { type: "page/scroll-to", kind: "person", id: person.id, index: 0 });
      expect(jumped).toMatchObject({ ok: true, count: shown });
      const box = await firstFlashBox(p);
      expect(box?.text).toMatch(/Achterberg/);
      expect(box!.bottom - box!.top, "the jump's mention is drawn").toBeGreaterThan(0);
      // her card, opened by the next-person key on her first drawn mention (she comes first)
      await p.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
      expect(await sendToArticle(s, HIDDEN, { type: "page/next-person", direction: 1 })).toMatchObject({ ok: true });
      const card = await until(async () => {
        const r = await probe(p);
        return r.cardOpen && r.cardText.includes("Achterberg") ? r : null;
      }, "Achterberg's card");
      expect(card.cardText).toContain(shown === 1 ? "Mentioned once" : `Mentioned ${shown} times`);
      expect(card.cardText.split("Nobody who lands fish").length - 1, "the quotation printed twice, in the card").toBe(1);
      // the card's one entry for it is the first copy, the hidden one: its jump goes to the copy on screen
      const first = state.analysis.quotes.findIndex((q) => q.text.includes("Nobody who lands fish"));
      await watchFlash(p);
      expect(await sendToArticle(s, HIDDEN, { type: "page/scroll-to", kind: "quote", id: `q${first}`, index: 0 })).toMatchObject({ ok: true });
      const quoteBox = await firstFlashBox(p);
      expect(quoteBox?.text).toContain("Nobody who lands fish");
      expect(quoteBox!.bottom - quoteBox!.top, "the quotation's jump lands on a drawn copy").toBeGreaterThan(0);
    } finally {
      await p.close();
      await page.bringToFront();
    }
  });

  it("a program's strings in code are not painted or listed as quotations; the engineer's words are", async () => {
    const TITLE = "Why our logger failed in production";
    const p = await s.open(s.server.url("code-article.html"));
    try {
      await firstPainted(p, "the programming post to be painted");
      const state = (await sendToArticle(s, TITLE, { type: "page/get-analysis" })) as { analysis: { quotes: { text: string }[] } };
      const listed = state.analysis.quotes.map((q) => q.text);
      expect(listed.some((q) => q.startsWith("We assumed the network")), "the engineer's quotation is listed").toBe(true);
      expect(listed.filter((q) => /log appender|malformed log entry|dropping entries/.test(q)), "strings in code listed as quotations").toEqual([]);
      const painted = (await allPainted(p)).join("\n");
      expect(painted).toContain("Every error path now has a test");
      expect(painted).not.toMatch(/log appender|malformed log entry|dropping entries/);
    } finally {
      await p.close();
      await page.bringToFront();
    }
  });

  it("scroll-to answers with the index and count of a person's mentions", async () => {
    const [reply] = (await sendToContent(s, { type: "page/get-analysis" })) as { ok: boolean; status: string; analysis: { people: { id: string; name: string }[] }; colors: Record<string, string> }[];
    expect(reply).toMatchObject({ ok: true, status: "article", enabled: true, siteEnabled: true });
    const putin = reply!.analysis.people.find((p) => p.name === "Vladimir Putin")!;
    expect(reply!.colors[putin.id]).toMatch(/^#[0-9a-f]{6}$/);
    await page.evaluate(() => scrollTo(0, 0));
    const [jump] = (await sendToContent(s, { type: "page/scroll-to", kind: "person", id: putin.id, index: 5 })) as { ok: boolean; index: number; count: number }[];
    expect(jump).toMatchObject({ ok: true, index: 5 });
    expect(jump!.count).toBeGreaterThanOrEqual(6);
    // the sixth mention is now in the viewport
    const inView = await page.evaluate((id) => {
      void id;
      const h = [...CSS.highlights].find(([n]) => n.endsWith("-flash"))?.[1];
      const r = h ? ([...h][0] as Range).getBoundingClientRect() : null;
      return !!r && r.top >= 0 && r.bottom <= innerHeight && ([...h!][0] as Range).toString();
    }, putin.id);
    expect(inView).toBe("Putin");
    const [q] = (await sendToContent(s, { type: "page/scroll-to", kind: "quote", id: "q0" })) as { ok: boolean; count: number }[];
    expect(q).toMatchObject({ ok: true, index: 0, count: 1 });
  });

  it("leaves the page's DOM alone except for its one host element", async () => {
    const mutations = (await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations)) as { type: string; target: string; added: string[]; removed: string[] }[];
    expect(mutations.length).toBeGreaterThan(0);
    for (const m of mutations) {
      expect(m).toMatchObject({ type: "childList", target: "HTML" });
      expect([...m.added, ...m.removed].every((n) => n === "DRAMATIS-UI")).toBe(true);
    }
    expect(await hostCount(page)).toBe(1);
    // the shadow root is closed: the page cannot reach the card
    expect(await page.evaluate(() => document.querySelector("dramatis-ui")!.shadowRoot)).toBeNull();
  });

  it("page CSS cannot hide or restyle the card", async () => {
    // a hostile or careless site stylesheet aimed at our host
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "dramatis-ui, dramatis-ui * { display: none !important; visibility: hidden !important; opacity: 0 !important; } * { font-size: 2px !important; }";
      document.head.append(style);
    });
    const at = await rectOf(page, "Putin", 4);
    await page.mouse.move(at!.x, at!.y, { steps: 2 });
    const p = await until(async () => {
      const r = await probe(page);
      return r.cardOpen && r.cardRect ? r : null;
    }, "the card to open under hostile CSS");
    expect(p.cardRect!.width).toBeGreaterThan(150);
    expect(p.cardRect!.height).toBeGreaterThan(60);
    await s.screenshot(page, "content-card-hostile-css");
    await page.evaluate(() => document.querySelector("head style:last-of-type")?.remove());
    await page.keyboard.press("Escape");
  });

  it("toggling off removes every highlight and the host; on paints again", async () => {
    const painted = await page.screenshot({ encoding: "base64" });
    await s.screenshot(page, "content-painted-light");
    const [off] = await sendToContent(s, { type: "page/toggle" });
    expect(off).toMatchObject({ ok: true, enabled: false });
    await until(async () => (await ourHighlightNames(page)).length === 0 && (await hostCount(page)) === 0, "highlights and host to go");
    const bare = await page.screenshot({ encoding: "base64" });
    expect(bare).not.toEqual(painted);
    const [on] = await sendToContent(s, { type: "page/toggle" });
    expect(on).toMatchObject({ ok: true, enabled: true });
    await until(async () => (await allPainted(page)).includes("Christopher Wray") && (await hostCount(page)) === 1, "highlights to come back");
    if (name === "chrome") {
      // the aria-live note, as a screen reader gets it
      await until(async () => JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false })).includes("Dramatis highlights on"), "the aria-live note");
    }
    expect(errors).toEqual([]);
  });

  it("turning the site off in the settings removes highlights and host at once; on again paints", async () => {
    const setSites = async (sites: string[]): Promise<void> => {
      const ext = await s.openExtensionPage("popup.html");
      try {
        await ext.evaluate(async (list) => {
          interface StorageApi {
            storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
          }
          const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
          const api = g.browser ?? g.chrome;
          const old = ((await api.storage.local.get("settings")).settings ?? {}) as object;
          await api.storage.local.set({ settings: { ...old, disabledSites: list } });
        }, sites);
      } finally {
        await ext.close();
      }
    };
    await setSites(["127.0.0.1"]);
    await until(async () => (await ourHighlightNames(page)).length === 0 && (await hostCount(page)) === 0, "highlights and host to go");
    const [state] = (await sendToContent(s, { type: "page/get-analysis" })) as { status: string; siteEnabled: boolean; enabled: boolean }[];
    expect(state).toMatchObject({ status: "disabled", siteEnabled: false, enabled: false });
    const [toggle] = await sendToContent(s, { type: "page/toggle" });
    expect(toggle).toMatchObject({ ok: false });
    expect(await hostCount(page)).toBe(0);
    // a page opened while the site is off: content.js finds the article but paints nothing, and
    // the worker refuses to analyse text from that site (it is asked with the site's name)
    const fresh = await s.open(s.server.url("demo.html"));
    try {
      const p = await until(async () => {
        const r = await probe(fresh).catch(() => null);
        return r && r.status === "disabled" ? r : null;
      }, "the new page to say the site is off");
      expect(p).toMatchObject({ painted: 0, host: false, analysedBy: null });
      expect(await ourHighlightNames(fresh)).toEqual([]);
      expect(await hostCount(fresh)).toBe(0);
    } finally {
      await fresh.close();
    }
    const ext = await s.openExtensionPage("popup.html");
    try {
      const replies = await ext.evaluate(async () => {
        interface RuntimeApi {
          runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; people?: { name: string }[] }> };
        }
        const g = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
        const api = g.browser ?? g.chrome;
        const ask = (host: string) => api.runtime.sendMessage({ type: "engine/analyse", text: "FBI Director Christopher Wray testified on Tuesday.", title: "t", host });
        return [await ask("127.0.0.1"), await ask("news.example.org")];
      });
      expect(replies[0]).toMatchObject({ ok: false });
      expect(replies[0]!.people).toBeUndefined();
      expect(replies[1]).toMatchObject({ ok: true });
      expect(replies[1]!.people!.map((x) => x.name)).toContain("Christopher Wray");
    } finally {
      await ext.close();
    }
    await setSites([]);
    await until(async () => (await allPainted(page)).includes("Christopher Wray") && (await hostCount(page)) === 1, "highlights back when the site is on again");
  });

  it("a term the user adds is painted at once and its card shows the note as text", async () => {
    const ext = await s.openExtensionPage("popup.html");
    const reply = await ext.evaluate(async () => {
      interface RuntimeApi {
        runtime: { sendMessage(m: unknown): Promise<unknown> };
      }
      const g = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
      return (g.browser ?? g.chrome).runtime.sendMessage({ type: "terms/add", term: "rank-and-file", note: "<img src=x onerror=alert(1)> ordinary members" });
    });
    await ext.close();
    expect(reply).toMatchObject({ ok: true });
    // the worker broadcasts terms/changed; the content script reloads its terms and repaints
    await until(async () => ((await paintedTexts(page))["dramatis-term"] ?? []).includes("rank-and-file"), "the term to be painted");
    const at = await rectOf(page, "file");
    await page.mouse.move(at!.x, at!.y, { steps: 2 });
    const p = await until(async () => {
      const r = await probe(page);
      return r.cardText.includes("Your glossary term") ? r : null;
    }, "the term's card");
    expect(p.cardText).toContain("<img src=x onerror=alert(1)> ordinary members");
    expect(await page.evaluate(() => document.querySelectorAll("img[src=x]").length)).toBe(0);
    await page.keyboard.press("Escape");
  });

  it("changes outside the article cost no re-analysis; a new paragraph in it is painted", async () => {
    const before = (await probe(page)).counts;
    // a ticker outside the article, 40 changes over 2 s
    await page.evaluate(async () => {
      const footer = document.querySelector("footer") ?? document.body;
      for (let i = 0; i < 40; i++) {
        const span = document.createElement("span");
        span.textContent = ` tick ${i}`;
        footer.append(span);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await new Promise((r) => setTimeout(r, 1_200));
    const after = (await probe(page)).counts;
    expect(after.mutationBatches).toBeGreaterThan(before.mutationBatches);
    expect(after.reruns).toBe(before.reruns);
    // the article itself grows: re-analysed once things are quiet, the new person painted
    await page.evaluate(() => {
      const paras = document.querySelectorAll("article p");
      const last = paras[paras.length - 1]!;
      const p = document.createElement("p");
      p.textContent = "Senator Elizabeth Warren said on Thursday that the interview showed how little had changed.";
      last.after(p);
    });
    await until(async () => (await allPainted(page)).includes("Elizabeth Warren"), "the new paragraph's person to be painted");
    expect((await probe(page)).counts.reruns).toBeGreaterThan(after.reruns);
  });

  it("a page that is no article is left untouched until the user asks to analyse it anyway", async () => {
    const other = await s.open(s.server.url("blank.html"));
    try {
      // the demo tab answers too: the blank page's reply is the one that is not an article or
      // carries its URL
      const stateOf = async (type: string) =>
        ((await sendToContent(s, { type })) as { url?: string; status?: string; enabled?: boolean }[]).find(
          (x) => x.url?.endsWith("/blank.html") || (!x.url && x.status !== "article"),
        );
      await until(async () => (await stateOf("page/get-analysis"))?.status === "not-article", "not-article from the blank page");
      expect(await hostCount(other)).toBe(0);
      expect(await ourHighlightNames(other)).toEqual([]);
      expect(await stateOf("page/analyse-anyway")).toBeDefined();
      await until(async () => {
        const st = await stateOf("page/get-analysis");
        return st?.status === "article" && st.enabled === true;
      }, "the page analysed anyway");
    } finally {
      await other.close();
    }
  });

  it("a React article that re-renders keeps its highlights and logs no error", async () => {
    const react = await s.browser.newPage();
    const reactErrors: string[] = [];
    react.on("pageerror", (e) => reactErrors.push(String(e)));
    react.on("console", (m) => {
      if (m.type() === "error") reactErrors.push(m.text());
    });
    await react.goto(s.server.url("react-article.html"), { waitUntil: "load" });
    await until(async () => (await allPainted(react)).includes("Christopher Wray"), "the React article to be painted");
    const renders = async (): Promise<number> => react.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const r0 = await renders();
    // the article is re-rendered (paragraph nodes replaced) on a timer: wait for two rounds
    await until(async () => (await renders()) >= r0 + 2, "two re-renders", 20_000);
    await until(
      () =>
        react.evaluate(() => {
          const names = [...CSS.highlights.keys()].filter((n) => n.startsWith("dramatis-person"));
          const ranges = names.flatMap((n) => [...CSS.highlights.get(n)!]);
          // Dramatis paints StaticRanges: read each through a Range ("" once its text is gone)
          const text = (r: AbstractRange): string => {
            if (!r.startContainer.isConnected || !r.endContainer.isConnected) return "";
            const x = document.createRange();
            try {
              x.setStart(r.startContainer, r.startOffset);
              x.setEnd(r.endContainer, r.endOffset);
            } catch {
              return "";
            }
            return x.toString();
          };
          return ranges.length > 0 && ranges.every((r) => text(r).length > 0) && ranges.some((r) => text(r) === "Christopher Wray");
        }),
      "highlights on the re-rendered nodes",
    );
    // every person highlight reads as one of the article's names: none on a word of the page
    // that names no one (a nationality run on from a tag list once painted every "Russian")
    const personTexts = await react.evaluate(() =>
      [...CSS.highlights.keys()]
        .filter((n) => n.startsWith("dramatis-person"))
        .flatMap((n) =>
          [...CSS.highlights.get(n)!].map((r) => {
            const x = document.createRange();
            x.setStart(r.startContainer, r.startOffset);
            x.setEnd(r.endContainer, r.endOffset);
            return x.toString().replace(/\s+/g, " ");
          }),
        ),
    );
    const names = new Set(EXPECTED.flatMap((p) => [p.name, ...p.match]));
    expect(personTexts.length).toBeGreaterThan(20);
    expect(personTexts.filter((t) => !names.has(t))).toEqual([]);
    await s.screenshot(react, "content-react-light");
    expect((await probe(react)).theme).toBe("light");

    // single-page navigation to another article: the new one is analysed and painted, the old gone
    await react.evaluate(() => (window as unknown as { __navigate(): void }).__navigate());
    await until(async () => {
      const painted = await allPainted(react);
      return painted.includes("Jacinda Ardern") && !painted.includes("Vladimir Putin");
    }, "the second article to be painted");
    const painted = await allPainted(react);
    expect(painted).toContain("Grant Robertson");
    expect(painted.some((t) => t.includes("run out of reasons to wait"))).toBe(true);
    const states = (await sendToContent(s, { type: "page/get-analysis" })) as { url?: string; analysis: { people: { name: string }[] } }[];
    const state = states.find((x) => x.url?.endsWith("/wellington"));
    expect(state).toBeDefined();
    expect(state!.analysis.people.map((p) => p.name)).toContain("Jacinda Ardern");
    expect(state!.analysis.people.map((p) => p.name)).not.toContain("Vladimir Putin");
    expect(reactErrors).toEqual([]);
    await react.close();
  });

  it("a dark page gets the dark palette (light text on deep colours) and a dark card", async () => {
    const dark = await s.browser.newPage();
    if (name === "chrome") {
      // the site follows the OS: switch while the page is open, the paint follows
      await dark.goto(s.server.url("react-article.html"), { waitUntil: "load" });
      await until(async () => (await allPainted(dark)).includes("Christopher Wray"), "the React article to be painted");
      await dark.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]);
    } else {
      await dark.goto(s.server.url("react-article.html?dark"), { waitUntil: "load" });
    }
    await until(async () => (await probe(dark)).theme === "dark", "the dark palette on the dark page");
    const names = await ourHighlightNames(dark);
    expect(names.some((n) => /^dramatis-dark-person-\d+$/.test(n))).toBe(true);
    expect(names.some((n) => /^dramatis-person-\d+$/.test(n))).toBe(false);
    const at = await rectOf(dark, "Wray");
    await dark.mouse.move(at!.x, at!.y, { steps: 2 });
    await until(async () => (await probe(dark)).cardText.includes("FBI Director"), "the card on the dark page");
    // the glossary's lines arrive after the card opened: it grows, and still leaves the word visible
    await until(async () => (await probe(dark)).cardText.includes("Seen in"), "the glossary lines");
    // (a re-render of the page's words can hide it for a moment: until Dramatis repaints them)
    const box = await until(async () => (await probe(dark)).cardRect, "the card beside its word");
    expect(at!.y < box.y || at!.y > box.y + box.height).toBe(true);
    await s.screenshot(dark, "content-react-card-dark");
    await dark.close();
  });

  it("a page that re-renders the words under an open card keeps the card open beside them", async () => {
    const page2 = await s.browser.newPage();
    await page2.goto(s.server.url("demo.html"), { waitUntil: "load" });
    await firstPainted(page2, "the demo page to be painted");
    const at = await hoverFromAside(page2, "Wray");
    await until(async () => (await probe(page2)).cardText.includes("Seen in"), "the card with its glossary lines");
    const before = (await probe(page2)).counts.repaints;
    // the site re-renders the paragraph under the resting pointer: for a moment no painted word is under it
    await rerenderUnder(page2, at);
    await until(async () => (await probe(page2)).counts.repaints > before, "the repaint after the re-render");
    // longer than the card's grace period after the pointer leaves a word
    await new Promise((r) => setTimeout(r, 800));
    const p = await probe(page2);
    expect(p.cardText).toContain("FBI Director");
    expect(p.cardRect).not.toBeNull();
    // beside the word, not over it
    const box = p.cardRect!;
    expect(Math.abs(box.y - at.y)).toBeLessThan(box.height + 40);
    expect(at.y < box.y || at.y > box.y + box.height).toBe(true);
    // the pointer leaving the word still closes it
    await page2.mouse.move(5, 5, { steps: 2 });
    await until(async () => !(await probe(page2)).cardOpen, "the card to close once the pointer left");
    // a name reached just as the page re-renders it still opens its card
    const again = (await rectOf(page2, "Wray"))!;
    await page2.mouse.move(again.x, again.y, { steps: 2 });
    await rerenderUnder(page2, again);
    await until(async () => (await probe(page2)).cardText.includes("FBI Director"), "the card after the re-render");
    await page2.close();
  });

  it("on a HiDPI screen (2 device pixels per CSS pixel) hovering a name still opens its card", async () => {
    // Chromium's highlightsFromPoint answers nothing at any point once devicePixelRatio is not 1:
    // the hover must not take that for "no highlight here"
    const hidpi = await s.browser.newPage();
    await setViewport(hidpi, { width: 800, height: 600, deviceScaleFactor: 2 });
    await hidpi.goto(s.server.url("demo.html"), { waitUntil: "load" });
    await firstPainted(hidpi, "the demo page painted at 2x");
    expect(await hidpi.evaluate(() => devicePixelRatio)).toBe(2);
    await hoverFromAside(hidpi, "Wray");
    await until(async () => (await probe(hidpi)).cardText.includes("FBI Director"), "the card on Wray at 2x");
    await s.screenshot(hidpi, "content-card-hidpi");
    await hidpi.close();
  });

  it("organisations and places are visibly marked on the page (Firefox paints no underline in a highlight)", async () => {
    const p = await s.browser.newPage();
    try {
      await setViewport(p, { width: 800, height: 1600 });
      await p.goto(s.server.url("demo.html"), { waitUntil: "load" });
      await firstPainted(p, "the demo page to be painted");
      for (const kind of ["place", "org"]) {
        // the first such word on the first screenful (screenshot clips are page coordinates)
        const word = await p.evaluate((k) => {
          scrollTo(0, 0);
          for (const r of CSS.highlights.get(`dramatis-${k}`) ?? []) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            const b = live.getBoundingClientRect();
            if (b.top > 10 && b.bottom < innerHeight - 10 && b.width > 0) return { x: b.left - 2, y: b.top - 5, width: b.width + 4, height: b.height + 10 };
          }
          return null;
        }, kind);
        expect(word, `a painted ${kind} on the first screen`).not.toBeNull();
        // a tab behind another keeps its old frame in Chromium's screenshots
        await p.bringToFront();
        // the same word without its highlight; the worker's late analysis may repaint it meanwhile,
        // so the shot counts only if the highlight was still gone once it was taken
        const plain = await until(async () => {
          await p.evaluate(async (k) => {
            const name = `dramatis-${k}`;
            const saved = window as unknown as Record<string, Highlight | undefined>;
            saved[name] = CSS.highlights.get(name) ?? saved[name];
            CSS.highlights.delete(name);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }, kind);
          const shot = await p.screenshot({ clip: word!, encoding: "base64" });
          return (await p.evaluate((k) => !CSS.highlights.has(`dramatis-${k}`), kind)) ? shot : null;
        }, `the ${kind} shot without its highlight`);
        // the highlight back (unless a repaint already brought it back)
        await p.evaluate((k) => {
          const name = `dramatis-${k}`;
          const saved = (window as unknown as Record<string, Highlight | undefined>)[name];
          if (!CSS.highlights.has(name) && saved) CSS.highlights.set(name, saved);
        }, kind);
        const marked = await until(async () => {
          const shot = await p.screenshot({ clip: word!, encoding: "base64" });
          return shot !== plain ? shot : null;
        }, `a ${kind} to look different from the same word unpainted`, 5_000).catch(() => plain);
        expect(marked, `a ${kind} looks different from the same word unpainted`).not.toBe(plain);
      }
    } finally {
      await p.close();
    }
  });

  it("in forced colours (Windows high contrast) a person's name is still marked on the page", async () => {
    // Firefox cannot emulate the media feature per page: its 'never use page colours' pref is
    // what turns forced colours on; Chromium emulates it
    const fc = await launch(name, { firefoxPrefs: { "browser.display.document_color_use": 2 } });
    try {
      const p = await fc.browser.newPage();
      // tall enough that the article's first names are on the first screen
      await setViewport(p, { width: 800, height: 1600 });
      if (name === "chrome") await p.emulateMediaFeatures([{ name: "forced-colors", value: "active" }]);
      await p.goto(fc.server.url("demo.html"), { waitUntil: "load" });
      await firstPainted(p, "the demo page painted in forced colours");
      expect(await p.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      // a painted name in the first screenful, unscrolled (screenshot clips are page coordinates)
      const word = await p.evaluate(() => {
        scrollTo(0, 0);
        for (const [n, h] of CSS.highlights) {
          if (!/^dramatis-person-\d+$/.test(n)) continue;
          for (const r of h) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            const b = live.getBoundingClientRect();
            if (b.top > 10 && b.bottom < innerHeight - 10 && b.width > 0) return { x: b.left - 2, y: b.top - 5, width: b.width + 4, height: b.height + 10 };
          }
        }
        return null;
      });
      expect(word).not.toBeNull();
      await s.screenshot(p, "content-forced-colors");
      const marked = await p.screenshot({ clip: word!, encoding: "base64" });
      const [off] = await sendToContent(fc, { type: "page/toggle" });
      expect(off).toMatchObject({ ok: true, enabled: false });
      await until(async () => (await allPainted(p)).length === 0, "the highlights to go");
      // the toggle went through an extension tab: a tab in the background keeps its old frame
      await p.bringToFront();
      const plain = await p.screenshot({ clip: word!, encoding: "base64" });
      // the name must look different from the same word unpainted
      expect(marked).not.toBe(plain);
    } finally {
      await fc.close();
    }
  });
});
