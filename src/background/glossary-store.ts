/**
 * The glossary in IndexedDB (through `idb`). No browser.* here: the worker wires it to
 * messages. Every read-modify-write runs inside ONE readwrite transaction over the stores it
 * touches, so two tabs reporting at the same moment are serialised by IndexedDB itself and
 * neither write is lost; nothing is cached in memory, because an MV3 worker may be stopped
 * between any two messages.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import {
  articleKey,
  compareEntries,
  findImportMatch,
  hasVisibleName,
  keysOf,
  keysOfMessage,
  matchesQuery,
  mergeArticle,
  mergeImported,
  newEntry,
  normalizeName,
  toExport,
  LIMITS,
  type ArticleMessage,
  type Entry,
  type ExportFile,
} from "./glossary-core";

export interface ArticleRecord {
  url: string;
  title: string;
  /** First time seen. */
  date: string;
  /** Last time analysed. */
  lastSeen: string;
  /** Entry ids found in it. */
  entryIds: string[];
}

interface GlossaryDB extends DBSchema {
  entries: { key: string; value: Entry; indexes: { keys: string; kind: string } };
  articles: { key: string; value: ArticleRecord };
}

export const DB_NAME = "dramatis-glossary";
export const DB_VERSION = 2;

export type DB = IDBPDatabase<GlossaryDB>;

/** `onClosed`: the connection was given up (another context needs a newer version, or the
 *  browser closed it); the caller opens a fresh one on its next use. */
export function openGlossary(name = DB_NAME, onClosed: () => void = () => {}): Promise<DB> {
  let opened: DB | undefined;
  return openDB<GlossaryDB>(name, DB_VERSION, {
    blocking() {
      // A newer version waits for us to let go: close instead of blocking it forever.
      opened?.close();
      onClosed();
    },
    terminated: onClosed,
    async upgrade(db, oldVersion, _newVersion, tx) {
      // Versioned migrations: each step upgrades from the version before it, so a user who
      // skipped releases runs every step in order.
      if (oldVersion < 1) {
        const entries = db.createObjectStore("entries", { keyPath: "id" });
        entries.createIndex("keys", "keys", { multiEntry: true });
        entries.createIndex("kind", "kind");
        db.createObjectStore("articles", { keyPath: "url" });
      }
      if (oldVersion >= 1 && oldVersion < 2) {
        // v2 matches names without their initials: recompute every entry's index keys.
        let cursor = await tx.objectStore("entries").openCursor();
        while (cursor) {
          await cursor.update({ ...cursor.value, keys: keysOf(cursor.value.name, cursor.value.aliases) });
          cursor = await cursor.continue();
        }
      }
    },
  }).then((db) => (opened = db));
}

const randomId = () => `g${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;

/**
 * Runs `body` inside `tx` and waits for the commit. IndexedDB aborts a transaction by itself
 * only when a request fails; an exception thrown between requests (a put refusing a value at
 * once, a bug in a merge rule, a request made after the transaction went inactive) would leave
 * the transaction to commit whatever it had written so far: half an import, half an article.
 * So any exception aborts it, and the caller's error says nothing was written.
 */
async function atomically<T>(tx: { abort(): void; done: Promise<void> }, body: () => Promise<T>): Promise<T> {
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (e) {
    tx.done.catch(() => undefined); // its rejection is this same failure, reported below
    try {
      tx.abort();
    } catch {
      /* already finished (a failed request aborted it): nothing of it was written */
    }
    throw e;
  }
}

/**
 * Every entry written goes through here: whatever path a write comes by (an article, a note, a
 * sync pull, an import, a term), the store never holds a record without a visible name. The
 * throw aborts the write's transaction (see atomically), so nothing of it lands.
 */
function named(e: Entry): Entry {
  if (!hasVisibleName(e.name)) throw new Error(`a glossary entry must have a name (entry "${e.id.slice(0, 60)}" was not written)`);
  return e;
}

export interface RecordResult {
  people: number;
  entryIds: string[];
}

/** Merges an analysed article: one transaction reads the candidates and writes the result. */
export async function recordArticle(db: DB, msg: ArticleMessage, now = new Date().toISOString()): Promise<RecordResult> {
  const tx = db.transaction(["entries", "articles"], "readwrite");
  return atomically(tx, async () => {
    const entries = tx.objectStore("entries");
    const index = entries.index("keys");
    const candidates = new Map<string, Entry>();
    for (const key of keysOfMessage(msg)) {
      for (const e of await index.getAll(key)) candidates.set(e.id, e);
    }
    const { put, people } = mergeArticle([...candidates.values()], msg, now, randomId);
    for (const e of put) await entries.put(named(e));
    const url = articleKey(msg.url);
    const articles = tx.objectStore("articles");
    const prev = await articles.get(url);
    await articles.put({
      url,
      title: msg.title.slice(0, LIMITS.title),
      date: prev?.date ?? now,
      lastSeen: now,
      entryIds: [...new Set([...(prev?.entryIds ?? []), ...put.map((e) => e.id)])],
    });
    return { people, entryIds: put.map((e) => e.id) };
  });
}

export async function allEntries(db: DB): Promise<Entry[]> {
  return db.getAll("entries");
}

export async function listEntries(db: DB, opts: { query?: string; terms: boolean }): Promise<Entry[]> {
  const all = await db.getAll("entries");
  return all
    .filter((e) => (e.kind === "term") === opts.terms)
    .filter((e) => (opts.query ? matchesQuery(e, opts.query) : true))
    .sort(compareEntries);
}

/** For each asked name, the entry it names (people first, then the other kinds). */
export async function lookup(db: DB, names: readonly string[]): Promise<Record<string, Entry>> {
  const out: Record<string, Entry> = Object.create(null);
  const tx = db.transaction("entries", "readonly");
  const index = tx.store.index("keys");
  const rank: Record<Entry["kind"], number> = { person: 0, term: 1, organization: 2, place: 3 };
  for (const name of names) {
    const key = normalizeName(name);
    if (!key) continue;
    const hits = await index.getAll(key);
    if (hits.length === 0) continue;
    // An exact name beats an alias; then the most-seen.
    hits.sort(
      (a, b) =>
        Number(normalizeName(b.name) === key) - Number(normalizeName(a.name) === key) ||
        rank[a.kind] - rank[b.kind] ||
        b.articles.length - a.articles.length,
    );
    out[name] = hits[0]!;
  }
  await tx.done;
  return out;
}

export async function getEntry(db: DB, id: string): Promise<Entry | undefined> {
  return db.get("entries", id);
}

export async function updateEntry(
  db: DB,
  id: string,
  patch: { note?: string; pinned?: boolean; hidden?: boolean },
  now = new Date().toISOString(),
): Promise<Entry | undefined> {
  const tx = db.transaction("entries", "readwrite");
  const e = await tx.store.get(id);
  if (!e) {
    await tx.done;
    return undefined;
  }
  const next: Entry = { ...e, updated: now };
  if (patch.note !== undefined) next.note = patch.note.slice(0, LIMITS.note);
  if (patch.pinned !== undefined) next.pinned = patch.pinned;
  if (patch.hidden !== undefined) next.hidden = patch.hidden;
  await tx.store.put(named(next));
  await tx.done;
  return next;
}

/** Deletes one entry; returns it as it was, read in the same transaction, for the undo copy. */
export async function deleteEntry(db: DB, id: string): Promise<Entry | undefined> {
  const tx = db.transaction("entries", "readwrite");
  const had = await tx.store.get(id);
  if (had) await tx.store.delete(id);
  await tx.done;
  return had;
}

/**
 * Puts a deleted entry back as it was (note, aliases, articles, roles, quotes, dates), so its
 * articles' records, which keep its id, point at it again. Should a copy of it have come back
 * from storage.sync meanwhile (a note written after the delete in the user's other browser),
 * that newer note and pin are kept: last writer wins, as everywhere in sync.
 */
export async function restoreEntry(db: DB, entry: Entry): Promise<Entry> {
  const tx = db.transaction("entries", "readwrite");
  return atomically(tx, async () => {
    const now = await tx.store.get(entry.id);
    const next = now && now.updated > entry.updated ? { ...entry, note: now.note, pinned: now.pinned, updated: now.updated } : entry;
    await tx.store.put(named(next));
    return next;
  });
}

export async function clearAll(db: DB): Promise<void> {
  const tx = db.transaction(["entries", "articles"], "readwrite");
  await atomically(tx, async () => {
    await tx.objectStore("entries").clear();
    await tx.objectStore("articles").clear();
  });
}

/** Adds a user term (or updates its note when the same term exists). */
export async function addTerm(db: DB, term: string, note: string | undefined, now = new Date().toISOString()): Promise<Entry> {
  const name = term.trim().replace(/\s+/g, " ").slice(0, LIMITS.name);
  const key = normalizeName(name);
  const tx = db.transaction("entries", "readwrite");
  const hits = key ? await tx.store.index("keys").getAll(key) : [];
  const existing = hits.find((e) => e.kind === "term" && normalizeName(e.name) === key);
  let e: Entry = existing ?? newEntry(randomId(), "term", name, now);
  if (note !== undefined && note.trim()) e = { ...e, note: note.slice(0, LIMITS.note), updated: now };
  await tx.store.put(named(e));
  await tx.done;
  return e;
}

export async function exportAll(db: DB, now = new Date().toISOString()): Promise<ExportFile> {
  const all = await db.getAll("entries");
  return toExport(all.sort(compareEntries), now);
}

/** Merges a validated import in one transaction: either all of it lands or none. */
export async function importFile(db: DB, file: ExportFile): Promise<{ added: number; merged: number }> {
  const tx = db.transaction("entries", "readwrite");
  return atomically(tx, async () => {
    const index = tx.store.index("keys");
    let added = 0;
    let merged = 0;
    // Entries written earlier in this import must be visible to later ones (two imported
    // entries with the same name fold into one).
    const written = new Map<string, Entry>();
    for (const imp of file.entries) {
      const candidates = new Map<string, Entry>();
      for (const k of keysOf(imp.name, [])) for (const e of await index.getAll(k)) candidates.set(e.id, written.get(e.id) ?? e);
      const byId = written.get(imp.id) ?? (await tx.store.get(imp.id));
      if (byId) candidates.set(byId.id, written.get(byId.id) ?? byId);
      const existing = findImportMatch([...candidates.values()], imp);
      const next = mergeImported(existing, imp, randomId);
      // Reuse the file's id for a new entry when it is free, so export → import round-trips ids.
      if (!existing && !(await tx.store.getKey(imp.id))) next.id = imp.id;
      if (existing) merged++;
      else added++;
      written.set(next.id, next);
      await tx.store.put(named(next));
    }
    return { added, merged };
  });
}

/** Notes and terms, for the storage.sync mirror. */
export async function syncable(db: DB): Promise<Entry[]> {
  const all = await db.getAll("entries");
  return all.filter((e) => e.kind === "term" || e.note.trim() !== "" || e.pinned);
}

/** Applies notes/terms that arrived from storage.sync (another browser of the same user).
 *  Last writer wins per entry, by the `updated` time each side recorded; an entry that does
 *  not exist here is created, so a note written elsewhere is never dropped. */
export async function applySynced(db: DB, items: readonly SyncedItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const tx = db.transaction("entries", "readwrite");
  return atomically(tx, async () => {
    let changed = 0;
    for (const it of items) {
      const key = normalizeName(it.name);
      if (!key) continue;
      const byId = await tx.store.get(it.id);
      const hits = byId ? [byId] : (await tx.store.index("keys").getAll(key)).filter((e) => e.kind === it.kind);
      const e = hits.find((x) => normalizeName(x.name) === key) ?? hits[0];
      if (!e) {
        await tx.store.put(named({ ...newEntry(it.id, it.kind, it.name, it.updated), note: it.note.slice(0, LIMITS.note), pinned: it.pinned }));
        changed++;
      } else if (it.updated > e.updated && (it.note !== e.note || it.pinned !== e.pinned)) {
        await tx.store.put(named({ ...e, note: it.note.slice(0, LIMITS.note), pinned: it.pinned, updated: it.updated }));
        changed++;
      }
    }
    return changed;
  });
}

export interface SyncedItem {
  id: string;
  kind: Entry["kind"];
  name: string;
  note: string;
  pinned: boolean;
  updated: string;
}
