/**
 * Options page: the glossary manager (search, browse, notes, pin, hide, delete, terms,
 * export/import, clear) and the settings. Everything goes through the background worker's
 * messages; every text that came from a page or a file is set with textContent, never parsed
 * as HTML.
 */
import browser from "webextension-polyfill";
import type { GlossaryView, Message } from "../messages";
import { normalizeSettings, type Settings } from "../settings";

type Ok<T> = { ok: true } & T;
type Answer<T> = Ok<T> | { ok: false; error: string };

/**
 * How long a message is offered to a worker that is not listening. Such a message was never
 * delivered, so sending it again is safe even for a delete. Four tries over 1.5 s were too few
 * for a worker restarted on a loaded machine: the delete (or note, or undo) was dropped with
 * "Could not establish connection" under the Delete button, and the entry stayed.
 */
const UNREACHABLE_RETRY_MS = 10_000;

async function ask<T>(message: Message): Promise<Answer<T>> {
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as Answer<T> | undefined;
      return reply ?? { ok: false, error: "No answer from the Dramatis background worker." };
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (Date.now() - start < UNREACHABLE_RETRY_MS && /Receiving end does not exist|Could not establish connection/i.test(error)) {
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 1_000)));
        continue;
      }
      return { ok: false, error };
    }
  }
}

const t = (key: string, fallback: string, subs?: string | string[]): string => {
  try {
    return browser.i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
};

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options.html lacks #${id}`);
  return el as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only web links are made clickable; anything else (javascript:, data:) stays plain text. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

function localise(): void {
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = node.dataset.i18n!;
    const msg = t(key, "");
    if (msg) node.textContent = msg;
  }
}

/** i18n messages have no plural rules: one key for 1, one for the rest. */
const count = (n: number, key: string, one: string, many: (n: number) => string): string =>
  n === 1 ? t(`${key}One`, one) : t(key, many(n), String(n));

const KIND_LABEL: Record<GlossaryView["kind"], [string, string]> = {
  person: ["kindPerson", "Person"],
  organization: ["kindOrganization", "Organisation"],
  place: ["kindPlace", "Place"],
  term: ["kindTerm", "Term"],
};
const kindLabel = (k: GlossaryView["kind"]) => t(KIND_LABEL[k][0], KIND_LABEL[k][1]);

// ---------------------------------------------------------------------------------------------
// State (a cache of the worker's answers; the worker is the source of truth)

/** Enough to browse; more is for the search box (thousands of entries would take seconds to pass and draw). */
const LIST_LIMIT = 300;

let entries: GlossaryView[] = [];
let total = 0;
let terms: GlossaryView[] = [];
let selected: string | null = null;

const byId = (id: string) => entries.find((e) => e.id === id) ?? terms.find((e) => e.id === id);

/** How many refreshes have started: a reply is drawn only while its refresh is the newest. */
let refreshes = 0;
let newestRefresh: Promise<void> = Promise.resolve();

/** Redraws both lists; resolves once the newest refresh has drawn, so a caller that awaits it
 *  and then reads `entries` reads what is on screen. */
function refresh(): Promise<void> {
  newestRefresh = draw(++refreshes);
  return newestRefresh;
}

async function draw(generation: number): Promise<void> {
  const query = $<HTMLInputElement>("search").value.trim();
  const [list, tl] = await Promise.all([
    ask<{ entries: GlossaryView[]; total?: number }>({ type: "glossary/list", limit: LIST_LIMIT, ...(query ? { query } : {}) }),
    ask<{ terms: GlossaryView[] }>({ type: "terms/list" }),
  ]);
  // Refreshes overlap (a search keystroke, a broadcast change, a delete, the tab coming back):
  // an older reply landing after a newer one would redraw the list as it was, a deleted entry
  // back on screen until the next change.
  if (generation !== refreshes) return newestRefresh;
  if (list.ok) {
    entries = list.entries;
    total = list.total ?? list.entries.length;
  }
  if (tl.ok) terms = tl.terms;
  renderList($("entries"), entries, query ? t("optNoMatch", "Nothing matches your search.") : t("optEmpty", "Nothing yet: read an article and the people in it appear here."));
  renderList($("terms"), terms, t("optNoTerms", "No terms yet. Select text on a page and choose “Add to Dramatis glossary”, or add one here."));
  $("count").textContent = list.ok
    ? count(total, "optCount", "1 entry", (n) => `${n} entries`) +
      (total > entries.length ? ` ${t("optShowingFirst", `(showing the first ${entries.length}: search to find the others)`, String(entries.length))}` : "")
    : t("optListFailed", `Could not read the glossary: ${list.error}`, list.error);
  if (selected && !byId(selected)) select(null);
  else if (selected) renderDetail(byId(selected)!, false);
}

function summaryLine(e: GlossaryView): string {
  const parts: string[] = [];
  if (e.roles[0]) parts.push(e.roles[0].role);
  if (e.kind !== "term") parts.push(count(e.seenIn, "optSeenIn", "seen in 1 article", (n) => `seen in ${n} articles`));
  if (e.quotes.length) parts.push(count(e.quotes.length, "optQuoteCount", "1 quote", (n) => `${n} quotes`));
  if (e.note) parts.push(t("optHasNote", "note"));
  return parts.join(" · ");
}

function renderList(ul: HTMLElement, list: GlossaryView[], emptyText: string): void {
  const items: HTMLElement[] = [];
  for (const e of list) {
    const li = el("li");
    const button = el("button", "entry");
    button.type = "button";
    button.dataset.id = e.id;
    button.setAttribute("aria-pressed", String(e.id === selected));
    const head = el("span", "entry-head");
    head.append(el("span", `badge kind-${e.kind}`, kindLabel(e.kind)), el("span", "entry-name", e.name));
    if (e.pinned) head.append(el("span", "flag", t("optPinnedFlag", "pinned")));
    if (e.hidden) head.append(el("span", "flag", t("optHiddenFlag", "hidden")));
    button.append(head);
    const others = e.aliases.filter((a) => a !== e.name);
    if (others.length) button.append(el("span", "entry-aliases", others.join(", ")));
    const line = summaryLine(e);
    if (line) button.append(el("span", "entry-meta", line));
    button.addEventListener("click", () => select(e.id, true));
    li.append(button);
    items.push(li);
  }
  if (items.length === 0) items.push(el("li", "muted empty", emptyText));
  ul.replaceChildren(...items);
}

function select(id: string | null, focusHeading = false): void {
  void flushNote();
  selected = id;
  for (const b of document.querySelectorAll<HTMLButtonElement>("button.entry")) {
    b.setAttribute("aria-pressed", String(b.dataset.id === id));
  }
  const e = id ? byId(id) : undefined;
  $("detail").hidden = !e;
  $("empty-detail").hidden = !!e;
  if (!e) return;
  renderDetail(e, true);
  if (focusHeading) $("detail-name").focus();
}

function renderDetail(e: GlossaryView, fresh: boolean): void {
  $("detail-kind").textContent = kindLabel(e.kind);
  $("detail-kind").className = `badge kind-${e.kind}`;
  $("detail-name").textContent = e.name;
  const others = e.aliases.filter((a) => a !== e.name);
  $("detail-aliases").textContent = others.length ? t("optAlsoCalled", `Also called: ${others.join(", ")}`, others.join(", ")) : "";
  $("detail-seen").textContent =
    e.kind === "term" ? "" : count(e.seenIn, "optSeenInLong", "Seen in 1 article", (n) => `Seen in ${n} articles`);
  const note = $<HTMLTextAreaElement>("note");
  // Do not clobber what the user is typing when a refresh arrives.
  if (fresh || (document.activeElement !== note && pendingNote === null)) note.value = e.note;
  if (fresh) $("note-status").textContent = "";
  $<HTMLInputElement>("pinned").checked = e.pinned;
  $<HTMLInputElement>("hidden").checked = e.hidden;

  const roles = e.roles.map((r) => {
    const li = el("li");
    li.append(el("strong", undefined, r.role), document.createTextNode(" — "), articleLink(r.title, r.url));
    return li;
  });
  $("detail-roles").replaceChildren(...(roles.length ? roles : [el("li", "muted", t("optNoRoles", "No role recorded."))]));
  // Quotes grouped under their article: one source line per article, not one per quote.
  const byArticle = new Map<string, { title: string; url: string; texts: string[] }>();
  for (const q of e.quotes) {
    const group = byArticle.get(q.url) ?? { title: q.title, url: q.url, texts: [] };
    group.texts.push(q.text);
    byArticle.set(q.url, group);
  }
  const quotes = [...byArticle.values()].map((g) => {
    const li = el("li");
    li.append(articleLink(g.title, g.url), ...g.texts.map((q) => el("blockquote", undefined, `“${q}”`)));
    return li;
  });
  $("detail-quotes").replaceChildren(...(quotes.length ? quotes : [el("li", "muted", t("optNoQuotes", "No quotations recorded."))]));
  const articles = (e.articles ?? []).map((a) => {
    const li = el("li");
    li.append(articleLink(a.title, a.url), el("span", "muted", ` · ${a.date.slice(0, 10)}`));
    return li;
  });
  $("detail-articles").replaceChildren(...articles);
  $("h-articles").hidden = articles.length === 0;
}

function articleLink(title: string, url: string): HTMLElement {
  const label = title || url;
  const href = safeHref(url);
  if (!href) return el("span", "source", label);
  const a = el("a", "source", label);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

// ---------------------------------------------------------------------------------------------
// Notes: saved as the user types (debounced), flushed when leaving

let pendingNote: { id: string; note: string } | null = null;
let noteTimer: ReturnType<typeof setTimeout> | undefined;
/** The note save on its way to the worker, if any: a delete waits for it (see wireDetail). */
let noteSaving: Promise<unknown> = Promise.resolve();

async function flushNote(): Promise<void> {
  clearTimeout(noteTimer);
  const p = pendingNote;
  pendingNote = null;
  if (!p) return;
  const status = $("note-status");
  const saving = ask<{ entry: GlossaryView; warning?: string }>({ type: "glossary/update", id: p.id, note: p.note });
  noteSaving = saving;
  const reply = await saving;
  if (!reply.ok) {
    status.textContent = t("optNoteFailed", `Not saved: ${reply.error}`, reply.error);
    return;
  }
  const i = entries.findIndex((x) => x.id === p.id);
  if (i >= 0) entries[i] = reply.entry;
  const j = terms.findIndex((x) => x.id === p.id);
  if (j >= 0) terms[j] = reply.entry;
  // the row's summary says whether there is a note: keep it true without redrawing the list
  // under the user's hands (a redraw would also drop their scroll position in it)
  for (const b of document.querySelectorAll<HTMLButtonElement>("button.entry")) {
    if (b.dataset.id !== p.id) continue;
    const line = summaryLine(reply.entry);
    const meta = b.querySelector(".entry-meta");
    if (meta) meta.textContent = line;
    else if (line) b.append(el("span", "entry-meta", line));
  }
  if (selected === p.id) status.textContent = reply.warning ? reply.warning : t("optSaved", "Saved");
}

function wireNote(): void {
  const note = $<HTMLTextAreaElement>("note");
  note.addEventListener("input", () => {
    if (!selected) return;
    pendingNote = { id: selected, note: note.value };
    $("note-status").textContent = t("optSaving", "Saving…");
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => void flushNote(), 400);
  });
  note.addEventListener("blur", () => void flushNote());
  window.addEventListener("pagehide", () => void flushNote());
  // Closing the tab may not leave time for a pagehide message; hidden comes first.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void flushNote();
  });
}

/** Up/Down/Home/End move between entries of a list, so a long list is not hundreds of Tabs. */
function wireListKeys(list: HTMLElement): void {
  list.addEventListener("keydown", (ev) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>("button.entry")];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next =
      ev.key === "ArrowDown" ? buttons[Math.min(i + 1, buttons.length - 1)]
      : ev.key === "ArrowUp" ? buttons[Math.max(i - 1, 0)]
      : ev.key === "Home" ? buttons[0]
      : ev.key === "End" ? buttons[buttons.length - 1]
      : undefined;
    if (!next) return;
    ev.preventDefault();
    next.focus();
  });
}

// ---------------------------------------------------------------------------------------------
// Confirmation dialog

function confirmAction(text: string, okLabel: string): Promise<boolean> {
  const dialog = $<HTMLDialogElement>("confirm");
  $("confirm-text").textContent = text;
  $("confirm-ok").textContent = okLabel;
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.returnValue = "";
    dialog.showModal();
    // The safe choice has focus, so Enter never destroys anything by accident.
    $("confirm-cancel").focus();
  });
}

// ---------------------------------------------------------------------------------------------
// Undo of a delete: "Deleted X — Undo" for a while, the worker keeps the entry's copy

/** Long enough to read the line and reach the button by keyboard; paused while it is in use. */
const UNDO_MS = 10_000;
let undoing: { id: string; name: string } | null = null;
let undoTimer: ReturnType<typeof setTimeout> | undefined;

function offerUndo(e: GlossaryView): void {
  undoing = { id: e.id, name: e.name };
  $("undo-text").textContent = t("optDeleted", `Deleted “${e.name}”.`, e.name);
  $("undo-button").hidden = false;
  $("undo").hidden = false;
  armUndo();
}

function armUndo(): void {
  clearTimeout(undoTimer);
  undoTimer = setTimeout(dropUndo, UNDO_MS);
}

function dropUndo(): void {
  clearTimeout(undoTimer);
  undoing = null;
  const bar = $("undo");
  // focus on the button that goes away would fall to the page's start
  if (bar.contains(document.activeElement)) $<HTMLInputElement>("search").focus();
  bar.hidden = true;
  $("undo-text").textContent = "";
}

async function undoDelete(): Promise<void> {
  const u = undoing;
  if (!u) return;
  clearTimeout(undoTimer);
  undoing = null; // a second press while the first is on its way does nothing
  const reply = await ask<{ entry: GlossaryView; warning?: string }>({ type: "glossary/restore", id: u.id });
  const hadFocus = $("undo").contains(document.activeElement);
  $("undo-button").hidden = true;
  if (!reply.ok) {
    $("undo-text").textContent = reply.error;
    if (hadFocus) $<HTMLInputElement>("search").focus();
    undoTimer = setTimeout(dropUndo, UNDO_MS);
    return;
  }
  $("undo-text").textContent = t("optRestored", `Restored “${u.name}”.`, u.name) + (reply.warning ? ` ${reply.warning}` : "");
  undoTimer = setTimeout(dropUndo, UNDO_MS / 2);
  await refresh();
  select(reply.entry.id, true);
}

function wireUndo(): void {
  const bar = $("undo");
  $("undo-button").addEventListener("click", () => void undoDelete());
  // no countdown while the user reads or is about to press it
  for (const [on, off] of [["focusin", "focusout"], ["pointerenter", "pointerleave"]] as const) {
    bar.addEventListener(on, () => clearTimeout(undoTimer));
    bar.addEventListener(off, () => {
      if (undoing) armUndo();
    });
  }
  bar.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") dropUndo();
  });
  // Ctrl+Z / Cmd+Z undoes the delete, except where it undoes typing
  document.addEventListener("keydown", (ev) => {
    if (!undoing || ev.key.toLowerCase() !== "z" || !(ev.ctrlKey || ev.metaKey) || ev.shiftKey || ev.altKey) return;
    const target = ev.target as HTMLElement | null;
    const field = target?.closest<HTMLInputElement | HTMLTextAreaElement>("input[type=text], input[type=search], input:not([type]), textarea, [contenteditable]");
    if (field && field.value !== "") return;
    ev.preventDefault();
    void undoDelete();
  });
}

// ---------------------------------------------------------------------------------------------
// Export / import / clear

function wireBackup(): void {
  const status = $("backup-status");
  const error = $("backup-error");
  $("export").addEventListener("click", async () => {
    error.textContent = "";
    const reply = await ask<{ json: string }>({ type: "glossary/export" });
    if (!reply.ok) {
      error.textContent = reply.error;
      return;
    }
    const url = URL.createObjectURL(new Blob([reply.json], { type: "application/json" }));
    const a = el("a");
    a.href = url;
    a.download = `dramatis-glossary-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = t("optExported", "Glossary exported.");
  });

  const input = $<HTMLInputElement>("import");
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    status.textContent = "";
    error.textContent = "";
    if (!file) return;
    if (file.size > 20_000_000) {
      error.textContent = t("optImportTooBig", "Import refused: the file is larger than 20 MB.");
      input.value = "";
      return;
    }
    let json: string;
    try {
      json = await file.text();
    } catch (e) {
      // moved, deleted or locked after it was chosen: say so (this was an unhandled rejection
      // and a silent page)
      const why = e instanceof Error ? e.message : String(e);
      error.textContent = t("optImportUnreadable", `Import refused: the file could not be read (${why}). Nothing was changed.`, why);
      input.value = "";
      return;
    }
    const reply = await ask<{ added: number; merged: number; warning?: string }>({ type: "glossary/import", json });
    input.value = "";
    if (!reply.ok) {
      // Exactly the worker's sentence: it says what is wrong and where.
      error.textContent = reply.error;
      return;
    }
    status.textContent =
      t("optImported", `Imported: ${reply.added} new, ${reply.merged} merged.`, [String(reply.added), String(reply.merged)]) +
      (reply.warning ? ` ${reply.warning}` : "");
    await refresh();
  });

  $("clear").addEventListener("click", async () => {
    const ok = await confirmAction(
      t("optClearConfirm", "Delete every entry, note and term from the glossary? Export first if you may want them back."),
      t("optClearOk", "Delete everything"),
    );
    if (!ok) return;
    const reply = await ask({ type: "glossary/clear" });
    if (!reply.ok) error.textContent = reply.error;
    else status.textContent = t("optCleared", "The glossary is empty.");
    select(null);
    await refresh();
  });
}

// ---------------------------------------------------------------------------------------------
// Detail actions and terms

function wireDetail(): void {
  const update = async (patch: { pinned?: boolean; hidden?: boolean }) => {
    if (!selected) return;
    const reply = await ask<{ entry: GlossaryView; warning?: string }>({ type: "glossary/update", id: selected, ...patch });
    $("note-status").textContent = reply.ok ? (reply.warning ?? t("optSaved", "Saved")) : reply.error;
    await refresh();
  };
  $<HTMLInputElement>("pinned").addEventListener("change", (ev) => void update({ pinned: (ev.target as HTMLInputElement).checked }));
  $<HTMLInputElement>("hidden").addEventListener("change", (ev) => void update({ hidden: (ev.target as HTMLInputElement).checked }));
  $("delete").addEventListener("click", async () => {
    const e = selected ? byId(selected) : undefined;
    if (!e) return;
    const ok = await confirmAction(t("optDeleteConfirm", `Delete “${e.name}” and its note?`, e.name), t("optDeleteOk", "Delete"));
    if (!ok) return;
    // words typed but not sent are dropped with the entry; a save already sent lands first, so
    // the delete is the last write the entry sees (a save after it is refused by the worker)
    clearTimeout(noteTimer);
    pendingNote = null;
    await noteSaving;
    const reply = await ask({ type: "glossary/delete", id: e.id });
    if (!reply.ok) {
      $("note-status").textContent = reply.error;
      return;
    }
    select(null);
    await refresh();
    offerUndo(e);
    // the detail it was in is gone: the one thing to do next about it is to take it back
    $("undo-button").focus();
  });

  $("term-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $<HTMLInputElement>("term-input");
    const noteField = $<HTMLTextAreaElement>("term-note");
    const term = input.value.trim();
    if (!term) return;
    const reply = await ask<{ term: GlossaryView }>({ type: "terms/add", term, ...(noteField.value.trim() ? { note: noteField.value } : {}) });
    if (!reply.ok) {
      $("count").textContent = reply.error;
      return;
    }
    input.value = "";
    noteField.value = "";
    await refresh();
    select(reply.term.id, true);
  });
}

// ---------------------------------------------------------------------------------------------
// Settings

function applyTheme(theme: Settings["theme"]): void {
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

async function wireSettings(): Promise<void> {
  const status = $("settings-status");
  const reply = await ask<{ settings: Settings }>({ type: "settings/get" });
  const s = normalizeSettings(reply.ok ? reply.settings : undefined);
  if (!reply.ok) status.textContent = reply.error;
  $<HTMLInputElement>("auto").checked = s.autoHighlight;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
    box.checked = s.kinds[box.value as keyof Settings["kinds"]] ?? true;
  }
  $<HTMLTextAreaElement>("sites").value = s.disabledSites.join("\n");
  $<HTMLSelectElement>("theme").value = s.theme;
  applyTheme(s.theme);

  const read = (): Settings => {
    const kinds = { ...s.kinds };
    for (const box of document.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
      kinds[box.value as keyof Settings["kinds"]] = box.checked;
    }
    const sites = $<HTMLTextAreaElement>("sites")
      .value.split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean)
      .map((line) => {
        // People paste URLs; keep the hostname they mean.
        try {
          return line.includes("/") ? new URL(line.includes("://") ? line : `https://${line}`).hostname : line;
        } catch {
          return line;
        }
      });
    return {
      autoHighlight: $<HTMLInputElement>("auto").checked,
      kinds,
      disabledSites: [...new Set(sites)],
      theme: $<HTMLSelectElement>("theme").value as Settings["theme"],
    };
  };
  const save = async () => {
    const next = read();
    applyTheme(next.theme);
    const r = await ask<{ settings: Settings; warning?: string }>({ type: "settings/set", settings: { ...next } });
    status.textContent = r.ok ? (r.warning ?? t("optSettingsSaved", "Settings saved.")) : r.error;
  };
  const form = $("settings");
  form.addEventListener("change", () => void save());
  form.addEventListener("submit", (ev) => ev.preventDefault());
}

// ---------------------------------------------------------------------------------------------

/** `#term=<id>`: the context menu sends the user here to write the new term's note. */
async function honourHash(): Promise<void> {
  const m = /^#term=(.+)$/.exec(location.hash);
  if (!m) return;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return;
  }
  if (!byId(id)) await refresh();
  if (!byId(id)) return;
  select(id);
  const note = $<HTMLTextAreaElement>("note");
  note.focus();
  note.scrollIntoView({ block: "center" });
}

async function main(): Promise<void> {
  localise();
  wireNote();
  wireListKeys($("entries"));
  wireListKeys($("terms"));
  wireDetail();
  wireUndo();
  wireBackup();
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  $("search").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void refresh(), 150);
  });
  window.addEventListener("hashchange", () => void honourHash());
  // Articles read in other tabs meanwhile: show them when the user comes back.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void refresh();
  });
  // The worker announces term changes (e.g. one added from a page's context menu meanwhile).
  browser.runtime.onMessage.addListener((raw: unknown) => {
    if (raw && typeof raw === "object" && (raw as { type?: unknown }).type === "terms/changed") void refresh();
    return undefined;
  });
  await Promise.all([refresh(), wireSettings()]);
  $("detail").hidden = true;
  await honourHash();
  document.documentElement.dataset.ready = "true";
}

void main();
