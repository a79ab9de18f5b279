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
