/**
 * Copies of entries just deleted, so the options page can offer "Deleted X — Undo". Kept in
 * storage.local, not in memory: the worker may be stopped between the delete and the undo.
 * Pure, so the keeping rules are unit-tested. A few minutes and a few entries are enough for
 * an undo offered for seconds; older copies are dropped on the next delete or restore, so a
 * large note does not linger in storage.
 */
import type { Entry } from "./glossary-core";

export const UNDO_KEY = "glossaryUndo";
/** Longer than the page offers the button, so a slow worker start never loses an undo. */
export const UNDO_KEEP_MS = 10 * 60_000;
export const UNDO_MAX = 20;

export interface UndoCopy {
  at: string;
  entry: Entry;
}

/** What storage.local holds under UNDO_KEY; anything malformed is dropped. */
export function readUndo(raw: unknown): UndoCopy[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (c): c is UndoCopy =>
      !!c && typeof c === "object" && typeof (c as UndoCopy).at === "string" && !!(c as UndoCopy).entry && typeof (c as UndoCopy).entry.id === "string",
  );
}

const fresh = (copies: readonly UndoCopy[], now: string): UndoCopy[] => {
  const since = new Date(Date.parse(now) - UNDO_KEEP_MS).toISOString();
  return copies.filter((c) => c.at >= since);
};

/** The copies with this deleted entry added (newest first; an older copy of the same id goes). */
export function rememberDeleted(copies: readonly UndoCopy[], entry: Entry, now: string): UndoCopy[] {
  return [{ at: now, entry }, ...fresh(copies, now).filter((c) => c.entry.id !== entry.id)].slice(0, UNDO_MAX);
}

/** The copy to restore for `id` (if still kept) and the copies left once it is taken. */
export function takeDeleted(copies: readonly UndoCopy[], id: string, now: string): { entry?: Entry; rest: UndoCopy[] } {
  const kept = fresh(copies, now);
  const found = kept.find((c) => c.entry.id === id);
  return { ...(found ? { entry: found.entry } : {}), rest: kept.filter((c) => c !== found) };
}
