/**
 * The worker's wiring, with the browser and the IndexedDB store replaced by fakes (IndexedDB
 * itself is covered end to end): who gets answered, settings over a full sync quota, the
 * context menu's add-a-term route, keyboard commands, and a cold start registering every
 * listener synchronously.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { normalizeSettings } from "../../../src/settings";
import { hostileVariants } from "./hostile-messages";

type Listener = (...args: unknown[]) => unknown;
/** What the worker answers, loosely: each test reads the fields it checks. */
type Answer = { ok: boolean; error?: string; warning?: string; settings?: { theme: string } } & Record<string, unknown>;

const fake = vi.hoisted(() => {
  const listeners: Record<string, Listener[]> = {};
  const on = (name: string) => ({ addListener: (fn: Listener) => (listeners[name] ??= []).push(fn) });
  const local: Record<string, unknown> = {};
  const sync: Record<string, unknown> = {};
  const state = { syncFails: false, duplicateErrors: 0, menus: [] as unknown[], removedAll: 0, sentToTabs: [] as [number, unknown][], runtimeSent: [] as unknown[], created: [] as unknown[] };
  const browser = {
    runtime: {
      id: "ext-id",
      getURL: (p: string) => `chrome-extension://ext-id/${p}`,
      lastError: undefined,
      onMessage: on("onMessage"),
      onConnect: on("onConnect"),
      onInstalled: on("onInstalled"),
      onStartup: on("onStartup"),
      sendMessage: vi.fn(async (m: unknown) => {
        state.runtimeSent.push(m);
      }),
    },
    i18n: { getMessage: () => "" },
    storage: {
      local: {
        get: async (k: string) => (k in local ? { [k]: local[k] } : {}),
        set: async (o: Record<string, unknown>) => void Object.assign(local, o),
      },
      sync: {
        get: async (k: string | null) => (k === null ? { ...sync } : k in sync ? { [k]: sync[k] } : {}),
        set: async (o: Record<string, unknown>) => {
          if (state.syncFails) throw new Error("QUOTA_BYTES quota exceeded");
          Object.assign(sync, o);
        },
        remove: async (keys: string[]) => keys.forEach((k) => delete sync[k]),
      },
      onChanged: on("storage.onChanged"),
    },
    tabs: {
      query: vi.fn(async (q: { active?: boolean }) => (q.active ? [{ id: 7 }] : [{ id: 7 }, { id: 8 }])),
      sendMessage: vi.fn(async (id: number, m: unknown) => {
        state.sentToTabs.push([id, m]);
        if (id === 8) throw new Error("no content script in this tab");
      }),
      create: vi.fn(async (o: unknown) => void state.created.push(o)),
    },
    action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}), setBadgeTextColor: vi.fn(async () => {}) },
    commands: { onCommand: on("onCommand") },
    contextMenus: {
      removeAll: vi.fn(async () => {
        state.removedAll++;
        state.menus = [];
      }),
      create: vi.fn((props: { id: string }, cb?: () => void) => {
        // as Chrome does: a duplicate id is reported through runtime.lastError in the callback
        if ((state.menus as { id: string }[]).some((m) => m.id === props.id)) state.duplicateErrors++;
        else state.menus.push(props);
        cb?.();
      }),
      onClicked: on("contextMenus.onClicked"),
    },
  };
  return { browser, listeners, local, sync, state };
});

vi.mock("webextension-polyfill", () => ({ default: fake.browser }));

const store = vi.hoisted(() => ({
  /** openFails: what opening the database throws (IndexedDB unavailable); onClosed: the
   *  worker's callback for a connection the browser let go of. */
  state: { openFails: null as Error | null, onClosed: undefined as (() => void) | undefined },
  openGlossary: async (_name: unknown, onClosed: () => void) => {
    store.state.onClosed = onClosed;
    if (store.state.openFails) throw store.state.openFails;
    return {};
  },
  addTerm: async (_db: unknown, term: string, note?: string) => ({
    id: "t1", kind: "term", name: term, aliases: [term], keys: [], note: note ?? "", pinned: false, hidden: false,
    articles: [], roles: [], quotes: [], created: "2026-01-01T00:00:00.000Z", updated: "2026-01-01T00:00:00.000Z",
  }),
  recordArticle: async () => ({ people: 2, entryIds: ["a", "b"] }),
  syncable: async () => [],
  /** what each sync pull handed the store */
  applied: [] as { id: string; note: string }[][],
  applySynced: async (_db: unknown, items: { id: string; note: string }[]) => {
    store.applied.push(items);
    return 0;
  },
  getEntry: async (_db: unknown, id: string) => ({
    id, kind: "person", name: "Ann Lee", aliases: ["Ann Lee"], keys: [], note: "a long note", pinned: false, hidden: false,
    articles: [], roles: [], quotes: [], created: "2026-01-01T00:00:00.000Z", updated: "2026-01-01T00:00:05.000Z",
  }),
  deleteEntry: async () => undefined,
  /** what each undo handed the store */
  restored: [] as { id: string; note: string }[],
  restoreEntry: async (_db: unknown, e: { id: string; note: string }) => {
    store.restored.push(e);
    return e;
  },
  clearAll: async () => undefined,
  listEntries: async (_db: unknown, opts: { terms: boolean }) =>
    opts.terms
      ? ["shown", "hidden"].map((w) => ({
          id: w, kind: "term", name: `${w} term`, aliases: [], keys: [], note: "", pinned: false, hidden: w === "hidden",
          articles: [], roles: [], quotes: [], created: "2026-01-01T00:00:00.000Z", updated: "2026-01-01T00:00:00.000Z",
        }))
      : [],
  lookup: async () => ({}),
}));
vi.mock("../../../src/background/glossary-store", () => store);

const PAGE = { id: "ext-id", url: "chrome-extension://ext-id/options.html", tab: { id: 3 } };
const CONTENT = { id: "ext-id", url: "https://news.example/a", tab: { id: 5 } };

function send(raw: unknown, sender: object): Promise<Answer> {
  const [fn] = fake.listeners.onMessage!;
  return fn!(raw, sender) as Promise<Answer>;
}
const flush = () => new Promise((r) => setTimeout(r, 0));
async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !ready(); i++) await new Promise((r) => setTimeout(r, 25));
}

beforeAll(async () => {
  await import("../../../src/background/index");
});
beforeEach(() => {
  fake.state.syncFails = false;
  fake.state.sentToTabs.length = 0;
  fake.state.created.length = 0;
  fake.state.runtimeSent.length = 0;
});

describe("background worker", () => {
  it("registers every listener at load time, so a cold start finds them", () => {
    for (const name of ["onMessage", "onConnect", "onInstalled", "onStartup", "onCommand", "contextMenus.onClicked", "storage.onChanged"]) {
      expect(fake.listeners[name], name).toHaveLength(1);
    }
  });

  it("answers hello, refuses strangers, malformed messages and content scripts asking too much", async () => {
    expect(await send({ type: "hello" }, PAGE)).toEqual({ ok: true, context: "background" });
    expect(await send({ type: "hello" }, { id: "other-extension", tab: { id: 1 } })).toMatchObject({ ok: false });
    expect(await send({ type: "hello" }, { id: "ext-id", url: "https://x.example/" })).toMatchObject({ ok: false });
    const bad = await send({ type: "glossary/update", id: 5 }, PAGE);
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/glossary\/update.*id/);
    expect(await send({ type: "nope" }, PAGE)).toMatchObject({ ok: false });
    expect(await send("not an object", PAGE)).toMatchObject({ ok: false });
    const clear = await send({ type: "glossary/clear" }, CONTENT);
    expect(clear).toEqual({ ok: false, error: expect.stringMatching(/not allowed from a content script/) });
  });

  it("records an article from a tab and sets that tab's badge to its number of people", async () => {
    const people = [
      { name: "Ann Lee", aliases: ["Ann Lee"], role: null, mentions: 1, quotes: [] },
      { name: "Bo Chan", aliases: ["Bo Chan"], role: null, mentions: 1, quotes: [] },
    ];
    const r = await send({ type: "article/analysed", url: "https://news.example/a", title: "T", people }, CONTENT);
    expect(r).toMatchObject({ ok: true, people: 2 });
    expect(fake.browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: "2" });
  });

  it("settings/set merges a partial change, stores it locally, and on a full sync quota still succeeds with a warning", async () => {
    const first = await send({ type: "settings/set", settings: { disabledSites: ["a.example"] } }, PAGE);
    expect(first).toMatchObject({ ok: true, settings: { disabledSites: ["a.example"], autoHighlight: true } });
    expect(first.warning).toBeUndefined();
    fake.state.syncFails = true;
    const second = await send({ type: "settings/set", settings: { kinds: { places: false }, theme: "dark", junk: 1 } }, PAGE);
    expect(second.ok).toBe(true);
    expect(second.warning).toMatch(/could not be synced/);
    expect(fake.local.settings).toMatchObject({ disabledSites: ["a.example"], theme: "dark", kinds: { places: false, people: true } });
    expect(fake.local.settings).not.toHaveProperty("junk");
    const got = await send({ type: "settings/get" }, CONTENT);
    expect(got.settings?.theme).toBe("dark");
  });

  it("creates its menu on install without a duplicate-id error on a second install event", async () => {
    for (const fn of fake.listeners.onInstalled!) fn({ reason: "install" });
    await flush();
    for (const fn of fake.listeners.onInstalled!) fn({ reason: "update" });
    await flush();
    expect(fake.state.menus).toHaveLength(1);
    expect(fake.state.duplicateErrors).toBe(0);
    expect(fake.state.menus[0]).toMatchObject({ id: "dramatis-add-term", contexts: ["selection"] });
  });

  it("the context menu adds the selection as a term, tells every tab (ignoring failures) and opens its note", async () => {
    const [onClicked] = fake.listeners["contextMenus.onClicked"]!;
    onClicked!({ menuItemId: "dramatis-add-term", selectionText: "  New   START  " });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.state.sentToTabs).toEqual([
      [7, { type: "terms/changed" }],
      [8, { type: "terms/changed" }],
    ]);
    expect(fake.state.created).toEqual([{ url: "chrome-extension://ext-id/options.html#term=t1" }]);
  });

  it("terms the user hid are not sent to web pages, but the extension's own pages still list them", async () => {
    const toPage = await send({ type: "terms/list" }, CONTENT);
    expect((toPage.terms as { name: string }[]).map((t) => t.name)).toEqual(["shown term"]);
    const toOptions = await send({ type: "terms/list" }, PAGE);
    expect((toOptions.terms as { name: string }[]).map((t) => t.name)).toEqual(["shown term", "hidden term"]);
  });

  it("answers a content script's one engine/analyse on its port, checked as any message; other ports and requests are refused", async () => {
    /** A fake runtime.Port as the worker sees it: what it posted back, whether it closed it. */
    const port = (name: string, sender: object) => {
      const onMessage: Listener[] = [];
      const p = { name, sender, posted: [] as Answer[], closed: false, postMessage: (m: Answer) => void p.posted.push(m), disconnect: () => void (p.closed = true), onMessage: { addListener: (fn: Listener) => void onMessage.push(fn) }, onDisconnect: { addListener: () => {} }, deliver: (m: unknown) => onMessage.forEach((fn) => fn(m)) };
      return p;
    };
    const [onConnect] = fake.listeners.onConnect!;
    const text = "FBI Director Christopher Wray said the bureau was ready. Wray left.";
    const ok = port("dramatis-analyse", CONTENT);
    onConnect!(ok);
    ok.deliver({ type: "engine/analyse", text, title: "T", host: "news.example" });
    await until(() => ok.posted.length > 0);
    expect(ok.posted[0]).toMatchObject({ ok: true });
    expect(JSON.stringify(ok.posted[0]!.people)).toContain("Christopher Wray");
    // with the settings as stored: the page paints by them without a storage read of its own
    expect(ok.posted[0]!.settings).toEqual(normalizeSettings(fake.local.settings));
    // one request per port, engine/analyse only, schema-checked
    ok.deliver({ type: "engine/analyse", text, title: "T" });
    expect(ok.posted[1]).toMatchObject({ ok: false });
    const other = port("dramatis-analyse", CONTENT);
    onConnect!(other);
    other.deliver({ type: "glossary/clear" });
    const bad = port("dramatis-analyse", CONTENT);
    onConnect!(bad);
    bad.deliver({ type: "engine/analyse", text: 5, title: "T" });
    expect([other.posted[0], bad.posted[0]]).toEqual([expect.objectContaining({ ok: false }), expect.objectContaining({ ok: false })]);
    // another extension's port is closed unanswered; a port of another name is left alone
    const stranger = port("dramatis-analyse", { id: "other-extension", tab: { id: 1 } });
    onConnect!(stranger);
    expect(stranger.closed).toBe(true);
    const unknown = port("something-else", CONTENT);
    onConnect!(unknown);
    unknown.deliver({ type: "engine/analyse", text, title: "T" });
    await flush();
    expect(unknown.posted).toEqual([]);
  });

  it("refuses every hostile message from its own pages, a content script and the analyse port, changes nothing, and keeps serving", async () => {
    const localBefore = JSON.stringify(fake.local);
    const syncBefore = JSON.stringify(fake.sync);
    const [onConnect] = fake.listeners.onConnect!;
    for (const [what, raw] of hostileVariants()) {
      for (const sender of [PAGE, CONTENT]) {
        const answer = await send(raw, sender);
        expect(answer.ok, what).toBe(false);
        expect(answer.error, what).toMatch(/^Dramatis: /);
      }
      const posted: Answer[] = [];
      const listeners: Listener[] = [];
      onConnect!({ name: "dramatis-analyse", sender: CONTENT, postMessage: (m: Answer) => void posted.push(m), disconnect: () => {}, onMessage: { addListener: (fn: Listener) => void listeners.push(fn) }, onDisconnect: { addListener: () => {} } });
      listeners.forEach((fn) => fn(raw));
      expect(posted, what).toEqual([expect.objectContaining({ ok: false })]);
    }
    await flush();
    // nothing written, nobody told of a change, and the worker still answers
    expect(JSON.stringify(fake.local)).toBe(localBefore);
    expect(JSON.stringify(fake.sync)).toBe(syncBefore);
    expect(fake.state.sentToTabs).toEqual([]);
    expect(await send({ type: "hello" }, CONTENT)).toEqual({ ok: true, context: "background" });
  });

  it("with IndexedDB unavailable, glossary messages say which storage failed and that nothing changed; the rest still works, and storage coming back is used", async () => {
    // as Firefox answers with IndexedDB turned off: the browser's own words mean nothing to a user
    store.state.openFails = new TypeError("Cannot read properties of null (reading 'open')");
    store.state.onClosed!(); // the browser let go of the open connection
    const unavailable = /^Dramatis: .*the glossary's storage \(IndexedDB\) cannot be opened in this browser profile \(Cannot read properties of null.*\); nothing was changed$/;
    expect(await send({ type: "glossary/list" }, PAGE)).toEqual({ ok: false, error: expect.stringMatching(unavailable) });
    const article = { type: "article/analysed", url: "https://news.example/a", title: "A", people: [{ name: "Ann Lee", aliases: [], role: null, mentions: 1, quotes: [] }] };
    expect(await send(article, CONTENT)).toEqual({ ok: false, error: expect.stringMatching(unavailable) });
    expect(await send({ type: "hello" }, CONTENT)).toEqual({ ok: true, context: "background" });
    expect(await send({ type: "settings/get" }, CONTENT)).toMatchObject({ ok: true });
    const analysed = await send({ type: "engine/analyse", text: "Ann Lee said it was over.", title: "A" }, CONTENT);
    expect(JSON.stringify(analysed.people)).toContain("Ann Lee");
    store.state.openFails = null;
    expect(await send({ type: "glossary/list" }, PAGE)).toMatchObject({ ok: true, entries: [] });
  });

  it("a copy of a deleted entry's note still in storage.sync (a late change event, the other browser's older copy) does not bring the entry back; one written after the delete does", async () => {
    const [onChanged] = fake.listeners["storage.onChanged"]!;
    const copy = (u: string, t: string) => ({ "g:p1": { newValue: { k: "person", n: "Ann Lee", t, p: false, u } } });
    expect(await send({ type: "glossary/delete", id: "p1" }, PAGE)).toMatchObject({ ok: true });
    store.applied.length = 0;
    onChanged!(copy("2026-01-01T00:00:04.000Z", "a long no"), "sync");
    await until(() => store.applied.length === 1);
    expect(store.applied).toEqual([[]]);
    // the note edited again elsewhere after the delete: last writer wins, as for any note
    const later = new Date(Date.now() + 60_000).toISOString();
    onChanged!(copy(later, "written again on my laptop"), "sync");
    await until(() => store.applied.length === 2);
    expect(store.applied[1]).toMatchObject([{ id: "p1", note: "written again on my laptop" }]);
    // after clear all, no older copy of anything comes back either
    expect(await send({ type: "glossary/clear" }, PAGE)).toMatchObject({ ok: true });
    onChanged!({ "g:other": { newValue: { k: "term", n: "Older term", t: "x", p: false, u: new Date(Date.now() - 1_000).toISOString() } } }, "sync");
    await until(() => store.applied.length === 3);
    expect(store.applied[2]).toEqual([]);
  });

  it("an undone delete puts back the entry as it was deleted, from the worker's own copy, once; sync copies are no longer refused", async () => {
    const [onChanged] = fake.listeners["storage.onChanged"]!;
    const pause = () => new Promise((r) => setTimeout(r, 5));
    await pause(); // after the clear of the test before
    const beforeDelete = new Date().toISOString();
    await pause();
    expect(await send({ type: "glossary/delete", id: "u1" }, PAGE)).toMatchObject({ ok: true });
    // a content script cannot undo a delete
    expect(await send({ type: "glossary/restore", id: "u1" }, CONTENT)).toMatchObject({ ok: false });
    expect(await send({ type: "glossary/restore", id: "u1" }, PAGE)).toMatchObject({ ok: true, entry: { id: "u1", name: "Ann Lee", note: "a long note" } });
    expect(store.restored).toEqual([expect.objectContaining({ id: "u1", note: "a long note", updated: "2026-01-01T00:00:05.000Z" })]);
    expect(await send({ type: "glossary/restore", id: "u1" }, PAGE)).toMatchObject({ ok: false });
    expect(await send({ type: "glossary/restore", id: "never-deleted" }, PAGE)).toMatchObject({ ok: false });
    // a copy from before the delete's time (newer than the entry: the other browser's edit) is
    // no longer refused by the delete's tombstone
    store.applied.length = 0;
    onChanged!({ "g:u1": { newValue: { k: "person", n: "Ann Lee", t: "edited", p: false, u: beforeDelete } } }, "sync");
    await until(() => store.applied.length === 1);
    expect(store.applied[0]).toMatchObject([{ id: "u1", note: "edited" }]);
  });

  it("keyboard commands go to the active tab", async () => {
    const [onCommand] = fake.listeners.onCommand!;
    onCommand!("toggle-highlights");
    onCommand!("next-person");
    await flush();
    expect(fake.state.sentToTabs).toEqual([
      [7, { type: "page/toggle" }],
      [7, { type: "page/next-person", direction: 1 }],
    ]);
  });
});
