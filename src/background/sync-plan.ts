/**
 * What goes to storage.sync: settings first, then the user's own words (terms, pinned entries,
 * notes), newest first, until the quota is used. Pure, so the quota arithmetic is unit-tested;
 * whatever does not fit stays in IndexedDB and the user is told, so nothing is ever lost.
 */
import type { Entry } from "./glossary-core";
import type { SyncedItem } from "./glossary-store";

/** chrome.storage.sync / Firefox storage.sync limits. */
export const SYNC_QUOTA = { perItem: 8_192, total: 102_400, maxItems: 512 } as const;
/** Room kept free so a settings change never fails for want of a few bytes. */
const MARGIN = 2_048;
export const ENTRY_PREFIX = "g:";

/** Stored compactly: every byte counts against the quota. */
export interface SyncValue {
  k: Entry["kind"];
  n: string;
  t: string;
  p: boolean;
  u: string;
}

/** Bytes as the browsers count them: key plus the JSON of the value, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export interface SyncPlan {
  items: Record<string, unknown>;
  /** Names of entries kept only locally (too big, or over the total). */
  localOnly: string[];
}

export function planSync(entries: readonly Entry[], settingsKey: string, settings: unknown): SyncPlan {
  const items: Record<string, unknown> = {};
  const localOnly: string[] = [];
  let used = itemBytes(settingsKey, settings);
  items[settingsKey] = settings;
  let count = 1;
  const rank = (e: Entry) => (e.kind === "term" ? 0 : e.pinned ? 1 : 2);
  const ordered = entries
    .filter((e) => e.kind === "term" || e.pinned || e.note.trim() !== "")
    .sort((a, b) => rank(a) - rank(b) || b.updated.localeCompare(a.updated));
  for (const e of ordered) {
    const key = ENTRY_PREFIX + e.id;
    const value: SyncValue = { k: e.kind, n: e.name, t: e.note, p: e.pinned, u: e.updated };
    const bytes = itemBytes(key, value);
    if (bytes > SYNC_QUOTA.perItem || used + bytes > SYNC_QUOTA.total - MARGIN || count >= SYNC_QUOTA.maxItems) {
      localOnly.push(e.name);
      continue;
    }
    items[key] = value;
    used += bytes;
    count++;
  }
  return { items, localOnly };
}

/** The smallest change that turns `current` (storage.sync as read) into `plan`. */
export function diffSync(current: Record<string, unknown>, plan: SyncPlan): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(plan.items)) {
    if (JSON.stringify(current[k]) !== JSON.stringify(val)) set[k] = val;
  }
  const remove = Object.keys(current).filter((k) => k.startsWith(ENTRY_PREFIX) && !(k in plan.items));
  return { set, remove };
}

const KINDS = new Set(["person", "organization", "place", "term"]);

/** Reads entries back from storage.sync; anything malformed (another version, tampering) is skipped. */
export function readSynced(all: Record<string, unknown>): SyncedItem[] {
  const out: SyncedItem[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(ENTRY_PREFIX) || !raw || typeof raw !== "object") continue;
    const v = raw as Partial<Record<keyof SyncValue, unknown>>;
    if (typeof v.k !== "string" || !KINDS.has(v.k) || typeof v.n !== "string" || typeof v.t !== "string") continue;
    if (typeof v.p !== "boolean" || typeof v.u !== "string" || v.n.length > 200 || v.t.length > 100_000) continue;
    out.push({ id: key.slice(ENTRY_PREFIX.length, ENTRY_PREFIX.length + 200), kind: v.k as Entry["kind"], name: v.n, note: v.t, pinned: v.p, updated: v.u });
  }
  return out;
}

/**
 * What this browser deleted, so storage.sync cannot bring it back. Without it a copy of a
 * deleted entry's note still in storage.sync (our own write's storage.onChanged landing after
 * the delete, a worker restart forgetting which writes were ours, the user's other browser
 * mirroring its older copy) was pulled in as "a note from elsewhere" and re-created the entry:
 * a person listed again with no articles, roles or quotes. A copy written after the delete
 * (the note edited again elsewhere) is newer and still wins, as everywhere in sync.
 */
export interface Tombstones {
  /** When the user last cleared the whole glossary. */
  cleared?: string;
  /** Entry id → when it was deleted here. */
  ids: Record<string, string>;
}

/** Enough for years of deletions; the oldest go first (their copies in sync are long gone). */
export const TOMBSTONE_CAP = 2_000;

export function readTombstones(raw: unknown): Tombstones {
  const out: Tombstones = { ids: Object.create(null) as Record<string, string> };
  if (!raw || typeof raw !== "object") return out;
  const r = raw as { cleared?: unknown; ids?: unknown };
  if (typeof r.cleared === "string") out.cleared = r.cleared;
  if (r.ids && typeof r.ids === "object") {
    for (const [id, at] of Object.entries(r.ids)) if (typeof at === "string") out.ids[id] = at;
  }
  return out;
}

export function withDeleted(t: Tombstones, ids: readonly string[], now: string, cap = TOMBSTONE_CAP): Tombstones {
  const all = Object.entries({ ...t.ids, ...Object.fromEntries(ids.map((id) => [id, now])) });
  // newest kept: ISO times sort as text
  const kept = all.sort((a, b) => b[1].localeCompare(a[1])).slice(0, cap);
  return { ...(t.cleared ? { cleared: t.cleared } : {}), ids: Object.fromEntries(kept) };
}

/** An undone delete: its copies in sync are this entry again (older ones still lose to it by
 *  their time, as for any entry). A clear is not undone. */
export function withRestored(t: Tombstones, id: string): Tombstones {
  const ids = Object.fromEntries(Object.entries(t.ids).filter(([k]) => k !== id));
  return { ...(t.cleared ? { cleared: t.cleared } : {}), ids };
}

/** A clear deletes everything up to now: one time stands for every id. */
export function withCleared(now: string): Tombstones {
  return { cleared: now, ids: {} };
}

/** The synced items written after this browser deleted them (or never deleted here). */
export function notDeleted(items: readonly SyncedItem[], t: Tombstones): SyncedItem[] {
  return items.filter((it) => {
    if (t.cleared !== undefined && it.updated <= t.cleared) return false;
    const at = Object.hasOwn(t.ids, it.id) ? t.ids[it.id] : undefined;
    return at === undefined || it.updated > at;
  });
}
