/**
 * The glossary end to end, in Chromium and Firefox: articles read in tabs land in the
 * background store; the options page finds them, keeps the user's note across a worker stop,
 * survives ten tabs reporting at once, refuses a bad import without changing anything, and
 * shows hostile names as text.
 */
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ElementHandle, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GlossaryView } from "../../src/messages";
import { BROWSERS, fixturesDir, launch, setViewport, until, type Session } from "./harness";

type Expected = Record<string, { name: string; role: string; quote: string }[]>;
const expected: Expected = JSON.parse(readFileSync(resolve(fixturesDir, "articles/expected.json"), "utf8"));

/** Sends a message to the worker from an extension page, as the options page itself does. */
async function send<T = Record<string, unknown>>(page: Page, message: unknown): Promise<T & { ok: boolean; error?: string }> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<
    T & { ok: boolean; error?: string }
  >;
}

const list = async (page: Page) => {
  const r = await send<{ entries: GlossaryView[] }>(page, { type: "glossary/list" });
  if (!r.ok) throw new Error(r.error);
  return r.entries;
};

const DEMO_TITLE = (JSON.parse(readFileSync(resolve(fixturesDir, "../seed/expected.json"), "utf8")) as { title: string }).title;
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page as it is now (evaluated, since the page's CSP refuses inline scripts). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const a = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await a.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
  });
}

const norm = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** Reloads an extension page and waits for the new document to be ready (works in both browsers). */
async function reload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __old?: boolean }).__old = true;
    location.reload();
  });
  await until(
    () => page.evaluate(() => !(window as unknown as { __old?: boolean }).__old && document.documentElement.dataset.ready === "true").catch(() => false),
    "the options page to reload",
  );
}

async function ready(page: Page): Promise<void> {
  await until(() => page.evaluate(() => document.documentElement.dataset.ready === "true").catch(() => false), "the options page to be ready");
}

/** Clicks the list entry whose name is exactly `name`; false when it is not listed. */
async function selectEntry(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => {
    const b = [...document.querySelectorAll<HTMLButtonElement>("button.entry")].find((x) => x.querySelector(".entry-name")?.textContent === n);
    b?.click();
    return !!b;
  }, name);
}

const text = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? "", selector);

/** The glossary's export without its date, once two exports half a second apart agree: a page
 *  reports its article more than once while it loads (first paint, then the full analysis). */
async function settledExport(page: Page): Promise<string> {
  const exported = async () => JSON.stringify({ ...JSON.parse((await send<{ json: string }>(page, { type: "glossary/export" })).json), exportedAt: null });
  let last = "";
  return until(async () => {
    const now = await exported();
    const settled = now === last;
    last = now;
    if (!settled) await new Promise((r) => setTimeout(r, 500));
    return settled ? now : null;
  }, "the glossary to settle");
}

describe.each(BROWSERS)("glossary in %s", (name) => {
  let s: Session;
  let options: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("finds Vladimir Putin with his role and a quote after reading the demo page, and keeps a note across a worker stop and reload", async () => {
    const demo = await s.open(s.server.url("demo.html"));
    options = await s.openExtensionPage("options.html");
    options.on("pageerror", (e) => pageErrors.push(String(e)));
    await ready(options);
    await until(async () => (await list(options)).some((e) => e.name === "Vladimir Putin"), "Vladimir Putin in the glossary");
    // The toolbar badge of the demo tab counts the article's people.
    // (polled: the worker sets it right after the write the list above already sees)
    const readBadge = () =>
      options.evaluate(async (title) => {
        type Tab = { id?: number };
        const c = (globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<{ analysis?: { title?: string } } | null> };
            action: { getBadgeText(d: object): Promise<string> };
          };
        }).chrome;
        // tab.url needs the "tabs" permission, which Dramatis does not ask for: find the demo tab by its article
        for (const t of await c.tabs.query({})) {
          if (typeof t.id !== "number") continue;
          const r = await c.tabs.sendMessage(t.id, { type: "page/get-analysis" }).catch(() => null);
          if (r?.analysis?.title === title) return c.action.getBadgeText({ tabId: t.id });
        }
        return null;
      }, DEMO_TITLE);
    const badge = await until(async () => Number(await readBadge()) || null, "the badge on the demo tab").catch(() => readBadge());
    expect(Number(badge)).toBeGreaterThanOrEqual(7);
    await reload(options);

    await options.type("#search", "putin");
    await until(() => selectEntry(options, "Vladimir Putin"), "Vladimir Putin listed under the search");
    expect(await options.evaluate(() => document.querySelectorAll("button.entry").length)).toBeGreaterThanOrEqual(1);
    expect(await text(options, "#detail-name")).toBe("Vladimir Putin");
    expect(await text(options, "#detail-roles")).toContain("Russian President");
    const quotes = await options.evaluate(() => [...document.querySelectorAll("#detail-quotes blockquote")].map((q) => q.textContent ?? ""));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join(" ")).toMatch(/We will work with any future president|Communist Party/);
    expect(await text(options, "#detail-seen")).toMatch(/1 article/);
    expect(await text(options, "#detail-articles")).toContain(DEMO_TITLE);

    const note = `Met him in the news ${name} ${Date.now()}`;
    await options.focus("#note");
    await options.type("#note", note);
    await until(async () => (await text(options, "#note-status")) === "Saved", "the note to be saved");
    await setViewport(options, { width: 1100, height: 900 });
    await s.screenshot(options, "options-light");
    expect(await axeViolations(options)).toEqual([]);

    if (name === "chrome") {
      const worker = await s.worker();
      expect(worker).not.toBeNull();
      await worker!.close();
      // the worker is really gone before the reload asks it anything
      await until(async () => !s.browser.targets().some((t) => t.type() === "service_worker" && t.url().startsWith(s.extensionOrigin)), "the worker to stop", 10_000);
    }
    await reload(options);
    await until(() => selectEntry(options, "Vladimir Putin"), "Vladimir Putin after the reload");
    expect(await options.evaluate(() => (document.getElementById("note") as HTMLTextAreaElement).value)).toBe(note);
    expect(await text(options, "#detail-roles")).toContain("Russian President");
    // Other people of the demo page survived too.
    const names = (await list(options)).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Vladimir Putin", "Joe Biden", "Christopher Wray"]));
    await demo.close();
  });

  it("10 tabs with different articles at once: every person listed once, an earlier note kept", async () => {
    // Sarah Mitchell is in a2 and a6: her note is written before the rush, and both tabs then
    // update her entry at the same moment.
    const first = await s.open(s.server.url("articles/a2.html"));
    const sarah = await until(async () => (await list(options)).find((e) => e.name === "Sarah Mitchell"), "Sarah Mitchell from a2");
    const note = "Leads the nurses' union; ask about the 2025 strike.";
    expect((await send(options, { type: "glossary/update", id: sarah.id, note })).ok).toBe(true);
    await first.close();

    const files = Object.keys(expected);
    expect(files).toHaveLength(10);
    const tabs = await Promise.all(files.map((f) => s.open(s.server.url(`articles/${f}`))));
    const want = [...new Set(Object.values(expected).flatMap((people) => people.map((p) => p.name)))];
    // The engine may keep a title with a name ("Mayor Maria Gonzalez"): an entry is this
    // person when its name or an alias is, or ends with, the handwritten full name.
    const isPerson = (e: GlossaryView, full: string) =>
      e.kind === "person" && [e.name, ...e.aliases].some((a) => norm(a) === norm(full) || norm(a).endsWith(` ${norm(full)}`));
    let missing: string[] = [];
    const entries = await until(
      async () => {
        const all = await list(options);
        missing = want.filter((n) => !all.some((e) => isPerson(e, n)));
        const mitchell = all.find((e) => isPerson(e, "Sarah Mitchell"));
        if (mitchell?.seenIn !== 2) missing.push(`Sarah Mitchell seen in ${mitchell?.seenIn}`);
        return missing.length === 0 ? all : null;
      },
      "every person of the 10 articles in the glossary",
      60_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; missing: ${missing.join(", ")}`);
    });
    // None twice: exactly one entry per person, and no two entries share a name.
    for (const n of want) expect(entries.filter((e) => isPerson(e, n)).map((e) => e.name), n).toHaveLength(1);
    const names = entries.filter((e) => e.kind === "person").map((e) => norm(e.name));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const mitchell = entries.find((e) => isPerson(e, "Sarah Mitchell"))!;
    expect(mitchell.note).toBe(note);
    expect(mitchell.seenIn).toBe(2);
    // Each person carries the quotation their article gave them, with that article's URL.
    for (const [file, cast] of Object.entries(expected)) {
      for (const p of cast) {
        const e = entries.find((x) => isPerson(x, p.name))!;
        expect(e.quotes.some((q) => q.text.includes(p.quote) && q.url.endsWith(`articles/${file}`)), `${p.name} quoted in ${file}`).toBe(true);
      }
    }
    await Promise.all(tabs.map((t) => t.close()));
  });

  it("import: a bad file shows the worker's error and changes nothing; markup in names shows as text", async () => {
    await reload(options);
    const before = await send<{ json: string }>(options, { type: "glossary/export" });
    const strip = (json: string) => JSON.stringify({ ...JSON.parse(json), exportedAt: null });
    const dir = mkdtempSync(join(tmpdir(), "dramatis-import-"));

    // Export downloads a JSON file of the whole glossary: catch the download link's click.
    await options.evaluate(() => {
      const w = window as unknown as { __download?: { name: string; href: string } };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__download = { name: this.download, href: this.href };
      };
    });
    await options.click("#export");
    const download = await until(() => options.evaluate(() => (window as unknown as { __download?: { name: string; href: string } }).__download ?? null), "the export download");
    expect(download.name).toMatch(/^dramatis-glossary-\d{4}-\d{2}-\d{2}\.json$/);
    expect(download.href).toMatch(/^blob:/);
    const exported = JSON.parse(await options.evaluate(async (href) => (await fetch(href)).text(), download.href));
    expect(exported).toMatchObject({ format: "dramatis-glossary", version: 1 });
    expect(exported.entries.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(["Vladimir Putin", "Sarah Mitchell"]));
    expect(exported.entries.find((e: { name: string }) => e.name === "Sarah Mitchell").note).toMatch(/nurses' union/);
    expect(await text(options, "#backup-status")).toBe("Glossary exported.");

    const bad = join(dir, "truncated.json");
    writeFileSync(bad, before.json.slice(0, Math.floor(before.json.length / 2)));
    const input = (await options.$("input#import")) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(bad);
    const error = await until(async () => (await text(options, "#backup-error")) || null, "the import error");
    expect(error).toMatch(/^Import refused: not valid JSON/);
    const hostile = join(dir, "proto.json");
    writeFileSync(hostile, before.json.replace("{", '{"__proto__": {"polluted": true},'));
    await input.uploadFile(hostile);
    await until(async () => /forbidden key "__proto__"/.test(await text(options, "#backup-error")), "the prototype-key error");
    const after = await send<{ json: string }>(options, { type: "glossary/export" });
    expect(strip(after.json)).toBe(strip(before.json));

    // A legal file whose name is markup: imported, and shown as text, never as an element.
    const evil = "<img src=x onerror=\"document.title='pwned'\"> Eve Evil";
    const file = {
      format: "dramatis-glossary",
      version: 1,
      exportedAt: new Date().toISOString(),
      entries: [
        {
          id: "evil1",
          kind: "person",
          name: evil,
          aliases: [evil],
          note: "<script>document.title='pwned'</script>",
          pinned: true,
          hidden: false,
          articles: [{ url: "javascript:alert(1)", title: "<b>bold</b>", date: new Date().toISOString() }],
          roles: [{ role: "<i>Agent</i>", title: "<b>bold</b>", url: "javascript:alert(1)", date: new Date().toISOString() }],
          quotes: [],
          created: new Date().toISOString(),
          updated: new Date().toISOString(),
        },
      ],
    };
    const good = join(dir, "evil.json");
    writeFileSync(good, JSON.stringify(file));
    await input.uploadFile(good);
    await until(async () => /Imported: 1 new/.test(await text(options, "#backup-status")), "the import to succeed");
    await until(() => selectEntry(options, evil), "the imported entry listed under its literal name");
    expect(await text(options, "#detail-name")).toBe(evil);
    expect(await options.evaluate(() => (document.getElementById("note") as HTMLTextAreaElement).value)).toBe("<script>document.title='pwned'</script>");
    const injected = await options.evaluate(() => ({
      img: document.querySelectorAll("main img, main script, main b, main i").length,
      jsLinks: [...document.querySelectorAll("a")].filter((a) => a.href.startsWith("javascript:")).length,
      title: document.title,
    }));
    expect(injected).toEqual({ img: 0, jsLinks: 0, title: expect.not.stringContaining("pwned") });
    // pinned entries are listed first
    expect(await options.evaluate(() => document.querySelector("#entries .entry-name")?.textContent)).toBe(evil);
    expect(pageErrors).toEqual([]);
  });

  it("a term added from the context-menu route opens with its note focused (#term=id)", async () => {
    const r = await send<{ term: GlossaryView }>(options, { type: "terms/add", term: "New START" });
    expect(r.ok).toBe(true);
    const page = await s.openExtensionPage("options.html", `#term=${encodeURIComponent(r.term.id)}`);
    await ready(page);
    await until(() => page.evaluate(() => document.activeElement?.id === "note"), "the term's note to have focus");
    expect(await text(page, "#detail-name")).toBe("New START");
    expect(await text(page, "#terms")).toContain("New START");
    await page.close();
  });

  it("screenshots in dark mode, then clear all asks first and empties the glossary", async () => {
    // A background tab paints no frames, so a screenshot of it would wait forever.
    await options.bringToFront();
    await setViewport(options, { width: 1100, height: 900 });
    // Chromium emulates the system's dark mode; Firefox under WebDriver BiDi cannot, so there
    // the user's own "Colours: Dark" setting is used (the same variables, set on the root).
    const emulated = await options.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "dark" }]).then(
      () => true,
      () => false,
    );
    if (!emulated) await options.select("#theme", "dark");
    else await reload(options);
    await until(() => selectEntry(options, "Vladimir Putin"), "Putin listed");
    const bg = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(22, 24, 29)");
    // a full list, hostile names, a pinned flag and an open detail: still no axe violation
    expect(await axeViolations(options)).toEqual([]);
    await s.screenshot(options, "options-dark");
    if (emulated) await options.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
    else {
      await options.select("#theme", "auto");
      // the status line still shows the "dark" save, so wait for the worker to hold the new value
      await until(async () => (await send<{ settings: { theme: string } }>(options, { type: "settings/get" })).settings.theme === "auto", "the theme setting to save");
    }
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");

    await options.click("#clear");
    await until(() => options.evaluate(() => (document.getElementById("confirm") as HTMLDialogElement).open), "the confirm dialog");
    await options.click("#confirm-cancel");
    expect((await list(options)).length).toBeGreaterThan(5);
    await options.click("#clear");
    await until(() => options.evaluate(() => (document.getElementById("confirm") as HTMLDialogElement).open), "the confirm dialog again");
    await options.click("#confirm-ok");
    await until(async () => (await list(options)).length === 0, "an empty glossary");
    const terms = await send<{ terms: GlossaryView[] }>(options, { type: "terms/list" });
    expect(terms.terms).toEqual([]);
  });
});

describe("glossary schema migration in chrome", () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch("chrome");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("a version-1 database is upgraded in place: entries kept, keys recomputed so initials no longer split a person", async () => {
    // Stop the worker, so nothing holds the database, and write a v1 database from an
    // extension page that sends no message (so the worker stays asleep meanwhile).
    await (await s.worker())?.close();
    const raw = await s.open(`${s.extensionOrigin}/manifest.json`);
    const wrote = await raw.evaluate(async () => {
      const req = (r: IDBRequest | IDBOpenDBRequest) => new Promise((ok, ko) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => ko(r.error))));
      await req(indexedDB.deleteDatabase("dramatis-glossary"));
      const open = indexedDB.open("dramatis-glossary", 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        const entries = db.createObjectStore("entries", { keyPath: "id" });
        entries.createIndex("keys", "keys", { multiEntry: true });
        entries.createIndex("kind", "kind");
        db.createObjectStore("articles", { keyPath: "url" });
      };
      const db = (await req(open)) as IDBDatabase;
      const date = "2025-05-01T00:00:00.000Z";
      const tx = db.transaction("entries", "readwrite");
      tx.objectStore("entries").put({
        id: "old1", kind: "person", name: "Vladimir V. Putin", aliases: ["Vladimir V. Putin"], keys: ["vladimir v putin"],
        note: "written in version 1", pinned: true, hidden: false,
        articles: [{ url: "https://old.example/a", title: "Old", date }], roles: [], quotes: [], created: date, updated: date,
      });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
      return db.version;
    });
    expect(wrote).toBe(1);
    const options = await s.openExtensionPage("options.html");
    await ready(options);
    expect(await text(options, "#count")).toBe("1 entry");
    const r = await send<{ people: number }>(options, {
      type: "article/analysed",
      url: "https://new.example/b",
      title: "New",
      people: [{ name: "Vladimir Putin", aliases: ["Vladimir Putin", "Putin"], role: "Russian President", mentions: 2, quotes: [] }],
    });
    expect(r.ok).toBe(true);
    const entries = await list(options);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: "old1", note: "written in version 1", pinned: true, seenIn: 2 });
    const version = await raw.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === "dramatis-glossary")?.version);
    expect(version).toBe(2);
  });
});

describe.each(BROWSERS)("glossary import failing midway in %s", (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Runs `fn` with the background context's global: the Chromium service worker, or Firefox's
   *  background page as the options page reaches it. */
  async function inBackground(options: Page, fn: string): Promise<void> {
    if (name === "chrome") {
      const worker = await s.worker();
      await worker!.evaluate(`(${fn})(globalThis)`);
    } else {
      await options.evaluate(`browser.runtime.getBackgroundPage().then((g) => (${fn})(g))`);
    }
  }

  it("a write that fails on the third of five entries leaves the glossary exactly as it was, says so, the same file imports after, and a backup restores identically", async () => {
    const options = await s.openExtensionPage("options.html");
    await ready(options);
    const now = new Date().toISOString();
    const entry = (id: string, person: string, note: string) => ({
      id, kind: "person", name: person, aliases: [person], note, pinned: false, hidden: false, articles: [], roles: [], quotes: [], created: now, updated: now,
    });
    const file = (entries: unknown[]) => JSON.stringify({ format: "dramatis-glossary", version: 1, exportedAt: now, entries });
    expect(await send(options, { type: "glossary/import", json: file([entry("k1", "Kept Person", "written before")]) })).toMatchObject({ ok: true, added: 1 });
    const strip = (json: string) => JSON.stringify({ ...JSON.parse(json), exportedAt: null });
    const before = strip((await send<{ json: string }>(options, { type: "glossary/export" })).json);

    // The third put of the import throws at once, as a put refusing a value does: what a
    // transaction left to commit by itself would keep is the two before it.
    await inBackground(
      options,
      `(g) => {
        const put = g.IDBObjectStore.prototype.put;
        let n = 0;
        g.__dramatisRestorePut = () => (g.IDBObjectStore.prototype.put = put);
        g.IDBObjectStore.prototype.put = function (...args) {
          if (++n === 3) throw new g.DOMException("simulated write failure", "UnknownError");
          return put.apply(this, args);
        };
      }`,
    );
    const five = ["Ada One", "Ben Two", "Cy Three", "Di Four", "Ed Five"].map((n, i) => entry(`new${i}`, n, `note ${i}`));
    const dir = mkdtempSync(join(tmpdir(), "dramatis-import-"));
    const path = join(dir, "five.json");
    writeFileSync(path, file(five));
    const input = (await options.$("input#import")) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    const error = await until(async () => (await text(options, "#backup-error")) || null, "the import error");
    expect(error).toBe("Import failed: simulated write failure. Your glossary was not changed.");
    expect(strip((await send<{ json: string }>(options, { type: "glossary/export" })).json)).toBe(before);

    // the worker keeps serving: with writes working again the same file lands whole
    await inBackground(options, `(g) => g.__dramatisRestorePut()`);
    await input.uploadFile(path);
    await until(async () => /Imported: 5 new/.test(await text(options, "#backup-status")), "the import to succeed");
    expect((await list(options)).map((e) => e.name).sort()).toEqual(["Ada One", "Ben Two", "Cy Three", "Di Four", "Ed Five", "Kept Person"]);

    // a backup restored into an emptied glossary is the glossary it was, ids included
    const record = await s.open(s.server.url("demo.html"));
    await until(async () => (await list(options)).some((e) => e.name === "Vladimir Putin"), "the demo article's people in the glossary");
    await record.close();
    await settledExport(options);
    const backup = (await send<{ json: string }>(options, { type: "glossary/export" })).json;
    expect(await send(options, { type: "glossary/clear" })).toMatchObject({ ok: true });
    expect(await list(options)).toEqual([]);
    expect(await send(options, { type: "glossary/import", json: backup })).toMatchObject({ ok: true, merged: 0 });
    expect(strip((await send<{ json: string }>(options, { type: "glossary/export" })).json)).toBe(strip(backup));
    await options.close();
  });

  it("a page pretending to be the extension (window messages, events, runtime.sendMessage to our id) changes nothing", async () => {
    const options = await s.openExtensionPage("options.html");
    await ready(options);
    const page = await s.open(s.server.url("demo.html"));
    await until(async () => (await list(options)).some((e) => e.name === "Vladimir Putin"), "the demo article's people in the glossary");
    const strip = (json: string) => JSON.stringify({ ...JSON.parse(json), exportedAt: null });
    const before = await settledExport(options);
    const settings = await send<{ settings: unknown }>(options, { type: "settings/get" });
    const id = s.extensionOrigin.split("/")[2]!;
    // the page's own main world, as a hostile site's script runs
    const tried = await page.evaluate(async (extensionId) => {
      const forged = [
        { type: "glossary/clear" },
        { type: "settings/set", settings: { disabledSites: [location.hostname], autoHighlight: false } },
        { type: "glossary/import", json: "{}" },
      ];
      for (const m of forged) {
        window.postMessage(m, "*");
        window.postMessage(JSON.stringify(m), "*");
        document.dispatchEvent(new CustomEvent("dramatis", { detail: m }));
      }
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      const answers: string[] = [];
      for (const m of forged) {
        if (typeof runtime?.sendMessage !== "function") {
          answers.push("no runtime API in this page");
          continue;
        }
        try {
          answers.push(`answered: ${JSON.stringify(await runtime.sendMessage(extensionId, m))}`);
        } catch (e) {
          answers.push(`refused: ${(e as Error).message}`);
        }
      }
      await new Promise((r) => setTimeout(r, 1_000));
      return answers;
    }, id);
    // no reply from the extension reached the page: it is not reachable from web pages at all
    for (const a of tried) expect(a).toMatch(/^(?:no runtime API in this page|refused: .+)$/);
    expect(strip((await send<{ json: string }>(options, { type: "glossary/export" })).json)).toBe(before);
    expect(await send<{ settings: unknown }>(options, { type: "settings/get" })).toEqual(settings);
    // and the page is still painted
    expect(await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith("dramatis")))).toBe(true);
    await page.close();
    await options.close();
  });
});
