/**
 * The options page in Chromium and Firefox: settings are saved, survive a reload and follow
 * the user to storage.sync; notes beyond the sync quota stay local with a visible warning and
 * nothing lost; the glossary is usable from the keyboard (select, pin, delete with a confirm
 * that defaults to Cancel).
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GlossaryView } from "../../src/messages";
import { BROWSERS, launch, until, type Session } from "./harness";

type Chromeish = {
  chrome: {
    runtime: { sendMessage(x: unknown): Promise<unknown> };
    storage: { sync: { get(k: string | null): Promise<Record<string, unknown>> } };
  };
};

async function send<T = Record<string, unknown>>(page: Page, message: unknown): Promise<T & { ok: boolean; error?: string; warning?: string }> {
  return page.evaluate((m) => (globalThis as unknown as Chromeish).chrome.runtime.sendMessage(m), message) as Promise<
    T & { ok: boolean; error?: string; warning?: string }
  >;
}

const syncGet = (page: Page, key: string | null) => page.evaluate((k) => (globalThis as unknown as Chromeish).chrome.storage.sync.get(k), key);

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

const text = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? "", selector);
const listNames = (page: Page, list: "entries" | "terms") =>
  page.evaluate((l) => [...document.querySelectorAll(`#${l} .entry-name`)].map((n) => n.textContent ?? ""), list);

const NOW = new Date().toISOString();
const person = (id: string, name: string) => ({
  id,
  kind: "person",
  name,
  aliases: [name],
  note: "",
  pinned: false,
  hidden: false,
  articles: [{ url: `https://news.example/${id}`, title: `About ${name}`, date: NOW }],
  roles: [],
  quotes: [],
  created: NOW,
  updated: NOW,
});

describe.each(BROWSERS)("options page in %s", (name) => {
  let s: Session;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    s = await launch(name);
    page = await s.openExtensionPage("options.html");
    page.on("pageerror", (e) => errors.push(String(e)));
    await until(() => page.evaluate(() => document.documentElement.dataset.ready === "true"), "the options page");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("settings are saved, shown again after a reload, and mirrored to storage.sync", async () => {
    expect(await page.evaluate(() => (document.getElementById("auto") as HTMLInputElement).checked)).toBe(true);
    await page.click("#auto");
    await page.click('input[name="kind"][value="places"]');
    await page.type("#sites", "https://News.Example.com/world/story\nfoo.org");
    await page.evaluate(() => (document.getElementById("sites") as HTMLTextAreaElement).blur());
    await page.select("#theme", "light");
    await until(async () => {
      const r = await send<{ settings: { autoHighlight: boolean; disabledSites: string[]; theme: string; kinds: { places: boolean } } }>(page, { type: "settings/get" });
      return r.settings.theme === "light" && r.settings.disabledSites.length === 2;
    }, "the settings to be saved");
    expect(await text(page, "#settings-status")).toBe("Settings saved.");

    await reload(page);
    const shown = await page.evaluate(() => ({
      auto: (document.getElementById("auto") as HTMLInputElement).checked,
      places: (document.querySelector('input[name="kind"][value="places"]') as HTMLInputElement).checked,
      people: (document.querySelector('input[name="kind"][value="people"]') as HTMLInputElement).checked,
      sites: (document.getElementById("sites") as HTMLTextAreaElement).value,
      theme: (document.getElementById("theme") as HTMLSelectElement).value,
      rootTheme: document.documentElement.dataset.theme,
    }));
    expect(shown).toEqual({ auto: false, places: false, people: true, sites: "news.example.com\nfoo.org", theme: "light", rootTheme: "light" });
    const synced = (await syncGet(page, "settings")).settings as Record<string, unknown>;
    expect(synced).toMatchObject({ autoHighlight: false, disabledSites: ["news.example.com", "foo.org"], theme: "light" });

    // back to the defaults for the other tests
    await page.click("#auto");
    await page.click('input[name="kind"][value="places"]');
    await page.evaluate(() => {
      const t = document.getElementById("sites") as HTMLTextAreaElement;
      t.value = "";
      t.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await page.select("#theme", "auto");
    await until(async () => {
      const r = await send<{ settings: { autoHighlight: boolean; disabledSites: string[]; theme: string } }>(page, { type: "settings/get" });
      return r.settings.autoHighlight && r.settings.theme === "auto" && r.settings.disabledSites.length === 0;
    }, "the defaults to be saved");
  });

  it("notes beyond the storage.sync quota stay on this computer, the user is told, nothing is lost", async () => {
    // 16 terms with 7,000-character notes: about 112 kB, more than sync's 100 kB.
    const long = (i: number) => `${i}:`.padEnd(7_000, "x");
    let warning: string | undefined;
    for (let i = 0; i < 16; i++) {
      const r = await send<{ term: GlossaryView }>(page, { type: "terms/add", term: `Quota term ${i}`, note: long(i) });
      expect(r.ok).toBe(true);
      warning = r.warning ?? warning;
    }
    expect(warning).toMatch(/kept on this computer only/);
    const terms = await send<{ terms: GlossaryView[] }>(page, { type: "terms/list" });
    expect(terms.terms).toHaveLength(16);
    for (let i = 0; i < 16; i++) expect(terms.terms.find((t) => t.name === `Quota term ${i}`)?.note).toBe(long(i));
    const all = await syncGet(page, null);
    const bytes = Object.entries(all).reduce((n, [k, v]) => n + new TextEncoder().encode(k + JSON.stringify(v)).length, 0);
    expect(bytes).toBeLessThanOrEqual(102_400);
    expect(Object.keys(all).filter((k) => k.startsWith("g:")).length).toBeGreaterThan(8);

    // The same warning reaches the user where they type.
    await reload(page);
    await page.evaluate(() => {
      const b = [...document.querySelectorAll<HTMLButtonElement>("#terms button.entry")].find((x) => x.querySelector(".entry-name")?.textContent === "Quota term 3");
      b?.click();
    });
    await page.focus("#note");
    await page.keyboard.type(" more");
    await until(async () => /kept on this computer only/.test(await text(page, "#note-status")), "the over-quota warning by the note");
    // the note just typed is the newest, so it is among those synced, after a pause in typing
    const id3 = terms.terms.find((t) => t.name === "Quota term 3")!.id;
    await until(async () => ((await syncGet(page, `g:${id3}`))[`g:${id3}`] as { t?: string } | undefined)?.t?.endsWith(" more"), "the edited note in storage.sync");

    // Deleting them frees the room again, and sync follows.
    for (const t of terms.terms) expect((await send(page, { type: "glossary/delete", id: t.id })).ok).toBe(true);
    const after = await syncGet(page, null);
    expect(Object.keys(after).filter((k) => k.startsWith("g:"))).toEqual([]);
  });

  it("works from the keyboard: select with Enter, pin moves an entry first, delete asks and Cancel is the default", async () => {
    const file = { format: "dramatis-glossary", version: 1, exportedAt: NOW, entries: [person("k1", "Ada Lovelace"), person("k2", "Grace Hopper"), person("k3", "Alan Turing")] };
    const r = await send<{ added: number }>(page, { type: "glossary/import", json: JSON.stringify(file) });
    expect(r).toMatchObject({ ok: true, added: 3 });
    await reload(page);
    expect((await listNames(page, "entries")).sort()).toEqual(["Ada Lovelace", "Alan Turing", "Grace Hopper"]);

    // arrow keys walk the list
    await page.focus("#entries button.entry");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = await page.evaluate(() => document.activeElement?.querySelector(".entry-name")?.textContent);
    expect(third).toBe((await listNames(page, "entries"))[2]);
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.querySelector(".entry-name")?.textContent)).toBe((await listNames(page, "entries"))[0]);

    // search box → Tab → the first entry → Enter opens its detail with focus on its name
    await page.focus("#search");
    await page.keyboard.type("turing");
    await until(async () => (await listNames(page, "entries")).join() === "Alan Turing", "the search to narrow the list");
    // Tab from the search box passes the count line (not focusable) to the first entry.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement?.matches("button.entry") ? document.activeElement.querySelector(".entry-name")?.textContent : document.activeElement?.tagName))).toBe("Alan Turing");
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => document.activeElement?.id === "detail-name"), "focus on the detail heading");
    expect(await text(page, "#detail-name")).toBe("Alan Turing");

    await page.focus("#pinned");
    await page.keyboard.press(" ");
    await page.evaluate(() => {
      const s = document.getElementById("search") as HTMLInputElement;
      s.value = "";
      s.dispatchEvent(new Event("input"));
    });
    await until(async () => (await listNames(page, "entries"))[0] === "Alan Turing" && (await listNames(page, "entries")).length === 3, "the pinned entry first");

    await page.focus("#delete");
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => (document.getElementById("confirm") as HTMLDialogElement).open), "the confirm dialog");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-cancel");
    expect(await text(page, "#confirm-text")).toContain("Alan Turing");
    await page.keyboard.press("Enter"); // Enter on the focused Cancel: nothing is deleted
    await until(() => page.evaluate(() => !(document.getElementById("confirm") as HTMLDialogElement).open), "the dialog to close");
    expect((await send<{ entries: GlossaryView[] }>(page, { type: "glossary/list" })).entries).toHaveLength(3);

    await page.focus("#delete");
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => (document.getElementById("confirm") as HTMLDialogElement).open), "the confirm dialog again");
    await page.focus("#confirm-ok");
    await page.keyboard.press("Enter");
    await until(async () => (await listNames(page, "entries")).length === 2, "the entry to be deleted");
    expect(await listNames(page, "entries")).not.toContain("Alan Turing");
    expect(await page.evaluate(() => (document.getElementById("detail") as HTMLElement).hidden)).toBe(true);
    expect(errors).toEqual([]);
  });

  it("notes written in the user's other browser arrive through storage.sync; older ones never overwrite newer", async () => {
    const syncSet = (items: Record<string, unknown>) =>
      page.evaluate((i) => (globalThis as unknown as { chrome: { storage: { sync: { set(x: unknown): Promise<void> } } } }).chrome.storage.sync.set(i), items);
    const entries = async () => (await send<{ entries: GlossaryView[] }>(page, { type: "glossary/list" })).entries;
    const ada = (await entries()).find((e) => e.name === "Ada Lovelace")!;
    expect(ada.note).toBe("");

    // a stale copy (older than the local entry), then a brand-new person from elsewhere
    await syncSet({ [`g:${ada.id}`]: { k: "person", n: "Ada Lovelace", t: "stale words", p: true, u: "2000-01-01T00:00:00.000Z" } });
    await syncSet({ "g:remote1": { k: "person", n: "Remote Person", t: "written on my laptop", p: false, u: new Date().toISOString() } });
    const remote = await until(async () => (await entries()).find((e) => e.name === "Remote Person"), "the remote entry");
    expect(remote.note).toBe("written on my laptop");
    expect((await entries()).find((e) => e.id === ada.id)).toMatchObject({ note: "", pinned: false });

    // a newer note for an entry that exists here replaces the older local one
    await syncSet({ [`g:${ada.id}`]: { k: "person", n: "Ada Lovelace", t: "newer words", p: true, u: new Date(Date.now() + 60_000).toISOString() } });
    await until(async () => (await entries()).find((e) => e.id === ada.id)?.note === "newer words", "the newer remote note");
    expect((await entries()).find((e) => e.id === ada.id)?.pinned).toBe(true);
  });
  it("a note written in the detail shows as 'note' on the entry's row in the list once saved", async () => {
    const r = await send<{ added: number }>(page, { type: "glossary/import", json: JSON.stringify({ format: "dramatis-glossary", version: 1, exportedAt: NOW, entries: [person("n1", "Noor Okonkwo-Brandt")] }) });
    expect(r).toMatchObject({ ok: true, added: 1 });
    await reload(page);
    const meta = () => page.evaluate(() => [...document.querySelectorAll("button.entry")].find((b) => b.querySelector(".entry-name")?.textContent === "Noor Okonkwo-Brandt")?.querySelector(".entry-meta")?.textContent ?? "");
    expect(await meta()).not.toContain("note");
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>("button.entry")].find((b) => b.textContent?.includes("Noor Okonkwo-Brandt"))!.click());
    await until(() => page.evaluate(() => document.getElementById("detail-name")?.textContent === "Noor Okonkwo-Brandt"), "the detail");
    await page.focus("#note");
    await page.keyboard.type("Met her at the harbour board hearing.");
    await page.focus("#search");
    await until(async () => (await text(page, "#note-status")) === "Saved", "the note to be saved");
    // the list is not redrawn on its own: give a stray refresh the time to come, then look
    await new Promise((r) => setTimeout(r, 500));
    expect(await meta()).toContain("note");
  });
  it("Tab from the search box lands on the first entry even when the list is long enough to scroll", async () => {
    const many = Array.from({ length: 40 }, (_, i) => person(`tab${i}`, `Tabitha Example ${String(i).padStart(2, "0")}`));
    const r = await send<{ added: number }>(page, { type: "glossary/import", json: JSON.stringify({ format: "dramatis-glossary", version: 1, exportedAt: NOW, entries: many }) });
    expect(r).toMatchObject({ ok: true, added: 40 });
    await reload(page);
    // the case at issue: a list that scrolls (Firefox gives such a container a Tab stop of its own)
    expect(await page.evaluate(() => { const l = document.getElementById("entries")!; return l.scrollHeight > l.clientHeight; })).toBe(true);
    await page.focus("#search");
    await page.keyboard.press("Tab");
    const first = (await listNames(page, "entries"))[0];
    // the focused element itself must be the entry's button (the list contains the name too)
    const focused = () => page.evaluate(() => {
      const a = document.activeElement;
      return a?.matches("button.entry") ? a.querySelector(".entry-name")?.textContent : `${a?.tagName}#${a?.id}`;
    });
    expect(await focused()).toBe(first);
    // and back: Shift+Tab from the first entry returns to the search box, no stop between
    await page.keyboard.down("Shift");
    await page.keyboard.press("Tab");
    await page.keyboard.up("Shift");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    for (const e of many) expect((await send(page, { type: "glossary/delete", id: e.id })).ok).toBe(true);
  });

  it("an entry deleted right after writing its note stays deleted when an older copy of the note reaches storage.sync", async () => {
    const syncSet = (items: Record<string, unknown>) =>
      page.evaluate((i) => (globalThis as unknown as { chrome: { storage: { sync: { set(x: unknown): Promise<void> } } } }).chrome.storage.sync.set(i), items);
    const all = async () => (await send<{ entries: GlossaryView[] }>(page, { type: "glossary/list" })).entries;
    const r = await send<{ added: number }>(page, { type: "glossary/import", json: JSON.stringify({ format: "dramatis-glossary", version: 1, exportedAt: NOW, entries: [person("del1", "Ines Carvalho-Lund")] }) });
    expect(r).toMatchObject({ ok: true, added: 1 });
    await reload(page);
    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>("button.entry")].find((b) => b.textContent?.includes("Ines Carvalho-Lund"))!.click());
    await until(() => page.evaluate(() => document.getElementById("detail-name")?.textContent === "Ines Carvalho-Lund"), "the detail");
    await page.focus("#note");
    await page.keyboard.type("A long note about the harbour inquiry and who chaired it.");
    await until(async () => (await text(page, "#note-status")) === "Saved", "the note to be saved");
    const synced = await until(async () => {
      const v = (await syncGet(page, "g:del1"))["g:del1"] as { t: string; u: string } | undefined;
      return v?.t.endsWith("chaired it.") ? v : null;
    }, "the note mirrored to storage.sync");

    await page.focus("#delete");
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => (document.getElementById("confirm") as HTMLDialogElement).open), "the confirm dialog");
    await page.focus("#confirm-ok");
    await page.keyboard.press("Enter");
    await until(async () => !(await listNames(page, "entries")).includes("Ines Carvalho-Lund"), "the entry to leave the list");
    await until(async () => !("g:del1" in (await syncGet(page, "g:del1"))), "the note to leave storage.sync");

    // What a late change event for an earlier save (or the user's other browser) carries: the
    // note as it was a moment before. With it, in the same change, a note from elsewhere that
    // shows when the pull has been applied.
    const earlier = new Date(Date.parse(synced.u) - 1_000).toISOString();
    await syncSet({
      "g:del1": { ...synced, t: synced.t.slice(0, 20), u: earlier },
      "g:after-delete": { k: "person", n: "Remote After Delete", t: "from my laptop", p: false, u: new Date().toISOString() },
    });
    await until(async () => (await all()).some((e) => e.name === "Remote After Delete"), "the pull to be applied");
    const now = await all();
    expect(now.find((e) => e.id === "del1" || e.name === "Ines Carvalho-Lund")).toBeUndefined();
    expect(now.filter((e) => e.name.trim() === "")).toEqual([]);
    await reload(page);
    expect(await listNames(page, "entries")).not.toContain("Ines Carvalho-Lund");
    expect(errors).toEqual([]);
  });

  it("a delete can be undone from the keyboard: the entry comes back exactly, with its note, aliases and articles, and sync treats it as never deleted", async () => {
    const syncSet = (items: Record<string, unknown>) =>
      page.evaluate((i) => (globalThis as unknown as { chrome: { storage: { sync: { set(x: unknown): Promise<void> } } } }).chrome.storage.sync.set(i), items);
    const exported = async (id: string) => {
      const r = await send<{ json: string }>(page, { type: "glossary/export" });
      return (JSON.parse(r.json) as { entries: { id: string }[] }).entries.find((e) => e.id === id);
    };
    const mira = {
      ...person("undo1", "Mira Castellanos"),
      aliases: ["Mira Castellanos", "Castellanos", "M. Castellanos"],
      note: "Chaired the port inquiry; ask about the 2019 report.",
      articles: [
        { url: "https://news.example/port", title: "Port inquiry opens", date: "2026-03-01T10:00:00.000Z" },
        { url: "https://news.example/report", title: "The 2019 report", date: "2026-03-04T08:30:00.000Z" },
      ],
      roles: [{ role: "inquiry chair", url: "https://news.example/port", title: "Port inquiry opens", date: "2026-03-01T10:00:00.000Z" }],
      quotes: [{ text: "We will publish everything.", url: "https://news.example/port", title: "Port inquiry opens", date: "2026-03-01T10:00:00.000Z" }],
      updated: "2026-03-04T09:00:00.000Z",
    };
    const r = await send<{ added: number }>(page, { type: "glossary/import", json: JSON.stringify({ format: "dramatis-glossary", version: 1, exportedAt: NOW, entries: [mira] }) });
    expect(r).toMatchObject({ ok: true, added: 1 });
    const before = await exported("undo1");
    expect(before).toBeTruthy();
    await until(async () => "g:undo1" in (await syncGet(page, "g:undo1")), "the note mirrored to storage.sync");
    await reload(page);

    await page.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>("button.entry")].find((b) => b.textContent?.includes("Mira Castellanos"))!.focus());
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => document.getElementById("detail-name")?.textContent === "Mira Castellanos"), "the detail");
    await page.focus("#delete");
    await page.keyboard.press("Enter");
    await until(() => page.evaluate(() => (document.getElementById("confirm") as HTMLDialogElement).open), "the confirm dialog");
    await page.focus("#confirm-ok");
    await page.keyboard.press("Enter");
    await until(async () => !(await listNames(page, "entries")).includes("Mira Castellanos"), "the entry to leave the list");
    expect(await exported("undo1")).toBeUndefined();
    await until(async () => !("g:undo1" in (await syncGet(page, "g:undo1"))), "the note to leave storage.sync");

    // the offer is said in a live region, and the keyboard is on its button
    const region = await page.evaluate(() => {
      const r = document.getElementById("undo-region")!;
      return { role: r.getAttribute("role"), text: r.textContent?.replace(/\s+/g, " ").trim(), focused: document.activeElement?.textContent?.trim(), visible: !!(document.getElementById("undo-button") as HTMLElement).offsetParent };
    });
    expect(region).toEqual({ role: "status", text: "Deleted “Mira Castellanos”. Undo", focused: "Undo", visible: true });
    await page.keyboard.press("Enter");
    await until(async () => (await listNames(page, "entries")).includes("Mira Castellanos"), "the entry to come back");
    expect(await exported("undo1")).toEqual(before);
    await until(() => page.evaluate(() => document.activeElement?.id === "detail-name" && document.getElementById("detail-name")?.textContent === "Mira Castellanos"), "the restored entry's detail");
    expect(await page.evaluate(() => (document.getElementById("note") as HTMLTextAreaElement).value)).toBe(mira.note);
    expect(await text(page, "#undo-region")).toContain("Restored “Mira Castellanos”.");
    await until(async () => ((await syncGet(page, "g:undo1"))["g:undo1"] as { t?: string } | undefined)?.t === mira.note, "the note back in storage.sync");

    // a copy older than the entry changes nothing; one written later elsewhere is applied (the
    // delete's tombstone went with the undo, so it does not swallow it)
    await syncSet({ "g:undo1": { k: "person", n: "Mira Castellanos", t: "stale words", p: false, u: "2026-03-02T00:00:00.000Z" } });
    await syncSet({ "g:undo1": { k: "person", n: "Mira Castellanos", t: "edited on my laptop", p: false, u: new Date(Date.now() + 60_000).toISOString() } });
    await until(async () => (await exported("undo1") as { note?: string } | undefined)?.note === "edited on my laptop", "the newer remote note");
    // an undo used once cannot bring back a second copy
    expect(await send(page, { type: "glossary/restore", id: "undo1" })).toMatchObject({ ok: false });
    expect((await listNames(page, "entries")).filter((n) => n === "Mira Castellanos")).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("a term of only invisible characters is refused and adds no nameless row", async () => {
    const before = (await send<{ terms: GlossaryView[] }>(page, { type: "terms/add", term: "Visible Term" })).ok;
    expect(before).toBe(true);
    const terms = async () => (await send<{ terms: GlossaryView[] }>(page, { type: "terms/list" })).terms;
    const count = (await terms()).length;
    for (const term of ["\u200b", "\u200d\ufeff \u00a0", "\u0007\u2028"]) {
      const r = await send(page, { type: "terms/add", term, note: "a note on nothing" });
      expect(r.ok, JSON.stringify(term)).toBe(false);
      expect(r.error).toMatch(/cannot be empty/);
    }
    expect(await terms()).toHaveLength(count);
    await reload(page);
    expect((await listNames(page, "terms")).filter((n) => n.replace(/[\s\p{Z}\p{Cc}\p{Cf}]+/gu, "") === "")).toEqual([]);
  });
});
