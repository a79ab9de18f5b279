/**
 * Background worker: the message router in front of the glossary store, the toolbar badge,
 * keyboard commands and the "Add to glossary" context menu.
 *
 * MV3 may stop this worker between any two events, so: every listener is registered
 * synchronously at top level (a cold start must find them), nothing that matters lives only in
 * memory (the glossary is in IndexedDB, settings in storage.local), and every handler works
 * from a cold start.
 */
import browser from "webextension-polyfill";
import { ANALYSE_PORT, parseMessage, type GlossaryView, type Message, type MessageOf } from "../messages";
import { normalizeSettings, SETTINGS_KEY, type Settings } from "../settings";
import { siteAllowed } from "../site-switch";
import { packWorkerAnalysis } from "../content/summary";
import { hasVisibleName, parseImport, toView, type Entry } from "./glossary-core";
import * as store from "./glossary-store";
import { allowed, classifySender, type SenderKind } from "./senders";
import { diffSync, ENTRY_PREFIX, notDeleted, planSync, readSynced, readTombstones, withCleared, withDeleted, withRestored, type Tombstones } from "./sync-plan";
import { readUndo, rememberDeleted, takeDeleted, UNDO_KEY } from "./undo";

type Answer = { ok: true; [k: string]: unknown } | { ok: false; error: string };

const MENU_ID = "dramatis-add-term";

let dbPromise: Promise<store.DB> | null = null;
/** The connection is only a handle: losing it with the worker loses nothing. */
function db(): Promise<store.DB> {
  dbPromise ??= store.openGlossary(undefined, () => (dbPromise = null)).catch((e: unknown) => {
    dbPromise = null; // asked again next time: storage may come back (disk space freed, a lock let go)
    // what the browser says here ('Cannot read properties of null', 'UnknownError') tells a
    // user nothing: say which storage failed and that nothing was changed
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(t("glossaryUnavailable", `the glossary's storage (IndexedDB) cannot be opened in this browser profile (${why}); nothing was changed`, [why]));
  });
  return dbPromise;
}

const t = (key: string, fallback: string, subs?: string | string[]) => {
  try {
    return browser.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
};

// ---------------------------------------------------------------------------------------------
// Settings and the storage.sync mirror

async function readSettings(): Promise<Settings> {
  const local = await browser.storage.local.get(SETTINGS_KEY);
  if (local[SETTINGS_KEY] !== undefined) return normalizeSettings(local[SETTINGS_KEY]);
  // A fresh install on a second browser: take what the user set elsewhere.
  try {
    const synced = await browser.storage.sync.get(SETTINGS_KEY);
    if (synced[SETTINGS_KEY] !== undefined) return normalizeSettings(synced[SETTINGS_KEY]);
  } catch {
    /* sync unavailable: defaults */
  }
  return normalizeSettings(undefined);
}

/**
 * What this worker itself last wrote to each sync key: storage.onChanged reports our own
 * writes too, and only changes from elsewhere (the user's other browsers) are pulled in.
 */
const ownWrites = new Map<string, string>();

/** Serialises mirror runs within one worker life (IndexedDB stays the source of truth). */
let mirrorChain: Promise<string | undefined> = Promise.resolve(undefined);

/**
 * Mirrors settings, notes and terms to storage.sync within its quota. Returns a warning for
 * the user when something stays local only; never throws, never deletes local data.
 */
function mirrorToSync(): Promise<string | undefined> {
  const run = async (): Promise<string | undefined> => {
    try {
      const [entries, settings] = [await store.syncable(await db()), await readSettings()];
      const plan = planSync(entries, SETTINGS_KEY, settings);
      const current = (await browser.storage.sync.get(null)) as Record<string, unknown>;
      const { set, remove } = diffSync(current, plan);
      // Remove first so freed room is available to what is set next.
      if (remove.length) await browser.storage.sync.remove(remove);
      for (const [k, v] of Object.entries(set)) ownWrites.set(k, JSON.stringify(v));
      if (Object.keys(set).length) await browser.storage.sync.set(set);
      return overQuotaWarning(plan.localOnly);
    } catch (e) {
      return t("syncFailed", `Saved on this computer, but not synced: ${e instanceof Error ? e.message : String(e)}`, [
        e instanceof Error ? e.message : String(e),
      ]);
    }
  };
  mirrorChain = mirrorChain.then(run, run);
  return mirrorChain;
}

function overQuotaWarning(localOnly: string[]): string | undefined {
  if (!localOnly.length) return undefined;
  const names = localOnly.slice(0, 5).join(", ") + (localOnly.length > 5 ? ", …" : "");
  return t(
    "syncOverQuota",
    `Sync storage is full: ${localOnly.length} note(s) are kept on this computer only (${names}). Nothing was lost.`,
    [String(localOnly.length), names],
  );
}

let mirrorTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * For notes typed a few words at a time: storage.sync allows about 120 writes a minute, so the
 * write waits for a pause. The user is still told at once if the note will not fit. Should the
 * worker stop before the timer fires, the next change or browser start mirrors the same state
 * (the mirror is a diff of the whole state, so nothing is skipped for good).
 */
async function mirrorSoon(): Promise<string | undefined> {
  clearTimeout(mirrorTimer);
  mirrorTimer = setTimeout(() => void mirrorToSync(), 1_500);
  try {
    const plan = planSync(await store.syncable(await db()), SETTINGS_KEY, await readSettings());
    return overQuotaWarning(plan.localOnly);
  } catch {
    return undefined;
  }
}

/** storage.local key of what was deleted here (see Tombstones). */
const DELETED_KEY = "glossaryDeleted";

async function readDeleted(): Promise<Tombstones> {
  return readTombstones((await browser.storage.local.get(DELETED_KEY))[DELETED_KEY]);
}

/**
 * Pulls and deletions take turns: a pull that read the tombstones just before a delete wrote
 * its own would otherwise apply its copy just after the entry was deleted, and re-create it.
 */
let pullOrDelete: Promise<unknown> = Promise.resolve();
function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  const next = pullOrDelete.then(fn, fn);
  pullOrDelete = next.catch(() => undefined);
  return next;
}

function pullFromSync(only?: Record<string, unknown>): Promise<void> {
  return inTurn(async () => {
    try {
      const all = only ?? ((await browser.storage.sync.get(null)) as Record<string, unknown>);
      await store.applySynced(await db(), notDeleted(readSynced(all), await readDeleted()));
    } catch {
      /* sync may be unavailable (policy, no account): local data is complete on its own */
    }
  });
}

/**
 * The stored settings, kept while this worker lives (dropped on every change of the stored
 * settings): an engine/analyse request names its site and is refused for one the user turned
 * off, and its reply carries them, so a page's first paint reads no storage on its way.
 */
let siteSwitch: Promise<Settings> | null = null;
function readSiteSwitch(): Promise<Settings> {
  siteSwitch ??= browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => normalizeSettings(stored[SETTINGS_KEY]),
    () => {
      siteSwitch = null;
      return normalizeSettings(undefined);
    },
  );
  return siteSwitch;
}

// ---------------------------------------------------------------------------------------------
// Tabs

/** To every tab's content script, and to the extension's own open pages (options, popup). */
async function broadcast(message: Message): Promise<void> {
  void browser.runtime.sendMessage(message).catch(() => undefined);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))),
  );
}

async function sendToActiveTab(message: Message): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

async function setBadge(tabId: number, people: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: people > 0 ? String(Math.min(people, 999)) : "" });
    // Dark blue with white text: 10.4:1, readable on light and dark toolbars.
    await browser.action.setBadgeBackgroundColor({ tabId, color: "#1e3a8a" });
    const action = browser.action as unknown as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
    if (typeof action.setBadgeTextColor === "function") await action.setBadgeTextColor({ tabId, color: "#ffffff" });
  } catch {
    /* the tab may have closed meanwhile */
  }
}

// ---------------------------------------------------------------------------------------------
// Messages

const views = (entries: Entry[]): GlossaryView[] => entries.map(toView);

/**
 * `from` matters for hidden entries: the user hid them from web pages (no card details, no
 * term highlighting), while their own extension pages still list them so they can unhide.
 */
/** When the message being handled arrived (epoch ms, comparable with the page's own clock), so
 *  the content script's test probe can split a round trip into its two crossings. */
let receivedAt = 0;
/** When that message had been checked (sender, schema): the worker's own validation cost. */
let parsedAt = 0;

async function handle(msg: Message, sender: browser.Runtime.MessageSender, from: SenderKind): Promise<Answer> {
  const visible = (e: Entry) => from === "extension-page" || !e.hidden;
  switch (msg.type) {
    case "hello":
      return { ok: true, context: "background" };
    case "article/analysed": {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: "Dramatis: article/analysed must come from a tab" };
      const result = await store.recordArticle(await db(), msg);
      // The badge counts the article's people as the popup lists them, even when two of them
      // fold into one glossary entry.
      await setBadge(tabId, msg.people.length);
      return { ok: true, people: msg.people.length, entries: result.people };
    }
    case "glossary/lookup": {
      const found = await store.lookup(await db(), msg.names);
      const entries: Record<string, GlossaryView> = {};
      for (const [name, e] of Object.entries(found)) if (visible(e)) entries[name] = toView(e);
      return { ok: true, entries };
    }
    case "glossary/list": {
      const all = await store.listEntries(await db(), { query: msg.query, terms: false });
      const shown = msg.limit !== undefined ? all.slice(0, msg.limit) : all;
      return { ok: true, entries: views(shown), total: all.length };
    }
    case "terms/list":
      return { ok: true, terms: views((await store.listEntries(await db(), { terms: true })).filter(visible)) };
    case "glossary/update": {
      const e = await store.updateEntry(await db(), msg.id, { note: msg.note, pinned: msg.pinned, hidden: msg.hidden });
      if (!e) return { ok: false, error: `Dramatis: no glossary entry with id "${msg.id.slice(0, 60)}"` };
      const warning = await mirrorSoon();
      if (e.kind === "term") void broadcast({ type: "terms/changed" });
      return { ok: true, entry: toView(e), ...(warning ? { warning } : {}) };
    }
    case "glossary/delete": {
      const before = await store.getEntry(await db(), msg.id);
      if (!before) return { ok: false, error: `Dramatis: no glossary entry with id "${msg.id.slice(0, 60)}"` };
      // the tombstone first: a copy pulled from sync meanwhile finds the entry still here (and
      // older), or finds the tombstone. The undo copy is the entry as read in this turn, after
      // any pull or note save before it.
      await inTurn(async () => {
        const now = new Date().toISOString();
        const entry = (await store.getEntry(await db(), msg.id)) ?? before;
        const undo = rememberDeleted(readUndo((await browser.storage.local.get(UNDO_KEY))[UNDO_KEY]), entry, now);
        await browser.storage.local.set({ [DELETED_KEY]: withDeleted(await readDeleted(), [msg.id], now), [UNDO_KEY]: undo });
        await store.deleteEntry(await db(), msg.id);
      });
      const warning = await mirrorToSync();
      if (before.kind === "term") void broadcast({ type: "terms/changed" });
      return { ok: true, ...(warning ? { warning } : {}) };
    }
    case "glossary/restore": {
      // in turn with pulls: one that read the tombstone before it went must not run after
      const restored = await inTurn(async () => {
        const { entry, rest } = takeDeleted(readUndo((await browser.storage.local.get(UNDO_KEY))[UNDO_KEY]), msg.id, new Date().toISOString());
        if (!entry) return undefined;
        const back = await store.restoreEntry(await db(), entry);
        await browser.storage.local.set({ [UNDO_KEY]: rest, [DELETED_KEY]: withRestored(await readDeleted(), msg.id) });
        return back;
      });
      if (!restored) return { ok: false, error: t("restoreGone", "Dramatis: this entry can no longer be restored (its copy is kept for 10 minutes)") };
      const warning = await mirrorToSync();
      if (restored.kind === "term") void broadcast({ type: "terms/changed" });
      return { ok: true, entry: toView(restored), ...(warning ? { warning } : {}) };
    }
    case "glossary/export":
      return { ok: true, json: JSON.stringify(await store.exportAll(await db()), null, 2) };
    case "glossary/import": {
      const parsed = parseImport(msg.json);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      let counts: { added: number; merged: number };
      try {
        counts = await store.importFile(await db(), parsed.file);
      } catch (e) {
        // importFile writes all or nothing: the user must hear that their glossary is intact
        const why = e instanceof Error ? e.message : String(e);
        return { ok: false, error: t("importFailed", `Import failed: ${why}. Your glossary was not changed.`, [why]) };
      }
      const { added, merged } = counts;
      const warning = await mirrorToSync();
      void broadcast({ type: "terms/changed" });
      return { ok: true, added, merged, ...(warning ? { warning } : {}) };
    }
    case "glossary/clear": {
      await inTurn(async () => {
        // "delete everything" keeps no copies either
        await browser.storage.local.set({ [DELETED_KEY]: withCleared(new Date().toISOString()), [UNDO_KEY]: [] });
        await store.clearAll(await db());
      });
      const warning = await mirrorToSync();
      void broadcast({ type: "terms/changed" });
      return { ok: true, ...(warning ? { warning } : {}) };
    }
    case "terms/add": {
      // zero-width or control characters only would be a row with nothing to read
      if (!hasVisibleName(msg.term)) return { ok: false, error: "Dramatis: a term cannot be empty" };
      const e = await store.addTerm(await db(), msg.term, msg.note);
      const warning = await mirrorToSync();
      void broadcast({ type: "terms/changed" });
      return { ok: true, term: toView(e), ...(warning ? { warning } : {}) };
    }
    case "settings/get":
      return { ok: true, settings: await readSettings() };
    case "engine/analyse": {
      // This context lives across pages, so its engine is compiled and warm, where each tab's
      // content script would start it cold; and the page's main thread is spared the work.
      // the engine's modules (lexicons, the tagger's model) are evaluated on the first analysis,
      // not on every start of this worker for a badge or a glossary lookup (esbuild bundles the
      // module and runs its top level on the first import() only)
      const arrived = receivedAt;
      const checked = parsedAt;
      const [{ analyzeText }, sites] = await Promise.all([import("../engine/analyze"), msg.host === undefined ? null : readSiteSwitch()]);
      // the page paints nothing there either; its text is not analysed
      if (sites && msg.host !== undefined && !siteAllowed(sites, msg.host)) return { ok: false, error: "Dramatis is turned off for this site" };
      const t0 = performance.now();
      const a = analyzeText(msg.text, msg.title);
      // ms and age (how long this worker has been running) let the content script's test probe
      // tell a warm worker from one that just started
      const t1 = performance.now();
      // compact (flat spans, no quotation text the page already has): see packWorkerAnalysis
      const packed = packWorkerAnalysis(a, msg.text);
      const t2 = performance.now();
      // the probe's split of the worker's side: checking the message, waiting for the engine and
      // the site switch, packing the reply (the reply's serialisation comes after, in msgBack)
      const split = { parseMs: checked - arrived, readyMs: performance.timeOrigin + t0 - checked, packMs: t2 - t1 };
      // the settings as stored (the page paints by them): the page's own storage read would be a
      // second round trip, on a busy machine the last thing its paint waits for
      return { ok: true, ...packed, ...(sites ? { settings: sites } : {}), ms: t1 - t0, age: t0, receivedAt: arrived, repliedAt: performance.timeOrigin + performance.now(), ...split };
    }
    case "settings/set":
      return setSettings(msg);
    default:
      return { ok: false, error: `Dramatis: the background worker does not handle "${msg.type}"` };
  }
}

async function setSettings(msg: MessageOf<"settings/set">): Promise<Answer> {
  const current = await readSettings();
  const incoming = msg.settings as Partial<Settings>;
  // Partial updates are welcome (the popup sets one site): merge over what is stored.
  const kinds = incoming.kinds && typeof incoming.kinds === "object" ? { ...current.kinds, ...incoming.kinds } : current.kinds;
  const settings = normalizeSettings({ ...current, ...incoming, kinds });
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  // now, not when storage.onChanged reaches this worker: a page's first paint asking meanwhile
  // must get the new settings with its analysis
  siteSwitch = null;
  let warning: string | undefined;
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  } catch (e) {
    warning = t("settingsNotSynced", "Settings saved on this computer, but could not be synced (storage.sync is full or unavailable).");
    void e;
  }
  return { ok: true, settings, ...(warning ? { warning } : {}) };
}

/** A message checked: its schema, what a sender of `kind` may ask, and on a port the one type
 *  that port answers. */
function check(raw: unknown, kind: SenderKind, only?: Message["type"]): { ok: true; msg: Message } | { ok: false; error: string } {
  const parsed = parseMessage(raw);
  parsedAt = performance.timeOrigin + performance.now();
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const msg = parsed.message;
  if (only !== undefined && msg.type !== only) return { ok: false, error: `Dramatis: "${msg.type}" is not answered on this port` };
  if (!allowed(kind, msg.type)) return { ok: false, error: `Dramatis: "${msg.type}" is not allowed from a content script` };
  return { ok: true, msg };
}

/** Answers a checked message. Never rejects: the sender always gets a sentence back. */
function run(msg: Message, sender: browser.Runtime.MessageSender, kind: SenderKind): Promise<Answer> {
  return handle(msg, sender, kind).catch((e: unknown) => ({
    ok: false as const,
    error: `Dramatis: ${msg.type} failed: ${e instanceof Error ? e.message : String(e)}`,
  }));
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender): Promise<Answer> => {
  receivedAt = performance.timeOrigin + performance.now();
  const kind = classifySender(sender, browser.runtime.id, browser.runtime.getURL(""));
  if (!kind) return Promise.resolve({ ok: false, error: "Dramatis: messages are only answered from this extension" });
  const c = check(raw, kind);
  return c.ok ? run(c.msg, sender, kind) : Promise.resolve(c);
});

// A content script's first analysis comes on a port it opened before its text was ready
// (ANALYSE_PORT): one engine/analyse, checked as on runtime.onMessage, answered on the port.
browser.runtime.onConnect.addListener((port: browser.Runtime.Port) => {
  if (port.name !== ANALYSE_PORT) return;
  const sender = port.sender;
  const kind = sender ? classifySender(sender, browser.runtime.id, browser.runtime.getURL("")) : null;
  if (!sender || !kind) {
    port.disconnect();
    return;
  }
  // a worker that was stopped evaluates its engine now, while the page still indexes its text
  void import("../engine/analyze").catch(() => undefined);
  let asked = false;
  const reply = (a: Answer): void => {
    try {
      port.postMessage(a);
    } catch {
      /* the page went away meanwhile */
    }
  };
  port.onMessage.addListener((raw: unknown) => {
    receivedAt = performance.timeOrigin + performance.now();
    if (asked) return reply({ ok: false, error: "Dramatis: one request per port" });
    asked = true;
    const c = check(raw, kind, "engine/analyse");
    if (!c.ok) return reply(c);
    void run(c.msg, sender, kind).then(reply);
  });
});

// ---------------------------------------------------------------------------------------------
// Keyboard commands

browser.commands.onCommand.addListener((command: string) => {
  if (command === "toggle-highlights") void sendToActiveTab({ type: "page/toggle" });
  else if (command === "next-person") void sendToActiveTab({ type: "page/next-person", direction: 1 });
});

// ---------------------------------------------------------------------------------------------
// Context menu: add the selection as a glossary term

async function createMenus(): Promise<void> {
  // removeAll first: after a restart or an update the old menu may still exist, and creating
  // the same id twice is an error.
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      { id: MENU_ID, title: t("contextAddTerm", "Add “%s” to Dramatis glossary"), contexts: ["selection"] },
      () => {
        void browser.runtime.lastError; // read, so a duplicate id is not reported as unchecked
        resolve();
      },
    );
  });
}

browser.runtime.onInstalled.addListener(() => {
  void createMenus().catch(() => undefined);
  void pullFromSync();
});

browser.runtime.onStartup.addListener(() => {
  // Menus normally persist, but not in every browser's non-persistent background: recreate
  // (removeAll first, so never a duplicate id).
  void createMenus().catch(() => undefined);
  // Take in what changed elsewhere, then send what a stopped worker may not have sent.
  void pullFromSync().then(() => mirrorToSync());
});

browser.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId !== MENU_ID) return;
  const text = (info.selectionText ?? "").trim().replace(/\s+/g, " ").slice(0, 200);
  if (!hasVisibleName(text)) return;
  void (async () => {
    const e = await store.addTerm(await db(), text, undefined);
    void mirrorToSync();
    await broadcast({ type: "terms/changed" });
    await browser.tabs.create({ url: browser.runtime.getURL(`options.html#term=${encodeURIComponent(e.id)}`) });
  })().catch(() => undefined);
});

// Notes written in another browser arrive through storage.sync.
// Removals are never applied here: a note deleted elsewhere stays until deleted here too.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && changes[SETTINGS_KEY]) siteSwitch = null;
  if (area !== "sync") return;
  const incoming: Record<string, unknown> = {};
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(ENTRY_PREFIX) || change.newValue === undefined) continue;
    if (ownWrites.get(key) === JSON.stringify(change.newValue)) continue;
    incoming[key] = change.newValue;
  }
  if (Object.keys(incoming).length) void pullFromSync(incoming);
});
