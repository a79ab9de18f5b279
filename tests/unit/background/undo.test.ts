/**
 * The copies kept for "Deleted X — Undo": one per entry, the newest kept, none older than the
 * keeping time, and a copy is taken once.
 */
import { describe, expect, it } from "vitest";
import type { Entry } from "../../../src/background/glossary-core";
import { readUndo, rememberDeleted, takeDeleted, UNDO_KEEP_MS, UNDO_MAX } from "../../../src/background/undo";
import { notDeleted, withDeleted, withRestored } from "../../../src/background/sync-plan";

const entry = (id: string, note = ""): Entry => ({
  id, kind: "person", name: `Person ${id}`, aliases: [`Person ${id}`], keys: [], note, pinned: false, hidden: false,
  articles: [{ url: "https://news.example/a", title: "A", date: "2026-01-01T00:00:00.000Z" }], roles: [], quotes: [],
  created: "2026-01-01T00:00:00.000Z", updated: "2026-01-02T00:00:00.000Z",
}) as Entry;
const at = (ms: number) => new Date(Date.parse("2026-05-01T12:00:00.000Z") + ms).toISOString();

describe("undo copies", () => {
  it("gives back the entry exactly as deleted, once", () => {
    const kept = rememberDeleted([], entry("a", "my note"), at(0));
    const taken = takeDeleted(kept, "a", at(5_000));
    expect(taken.entry).toEqual(entry("a", "my note"));
    expect(takeDeleted(taken.rest, "a", at(6_000)).entry).toBeUndefined();
  });

  it("keeps the newest copy of an entry deleted twice, and drops copies past the keeping time", () => {
    let kept = rememberDeleted([], entry("a", "first"), at(0));
    kept = rememberDeleted(kept, entry("a", "second"), at(1_000));
    expect(kept).toHaveLength(1);
    expect(takeDeleted(kept, "a", at(2_000)).entry?.note).toBe("second");
    expect(takeDeleted(kept, "a", at(1_000 + UNDO_KEEP_MS + 1)).entry).toBeUndefined();
    // the next delete sweeps the stale ones out of storage
    expect(rememberDeleted(kept, entry("b"), at(1_000 + UNDO_KEEP_MS + 1)).map((c) => c.entry.id)).toEqual(["b"]);
  });

  it("holds at most UNDO_MAX copies, newest first", () => {
    let kept = rememberDeleted([], entry("x0"), at(0));
    for (let i = 1; i < UNDO_MAX + 5; i++) kept = rememberDeleted(kept, entry(`x${i}`), at(i));
    expect(kept).toHaveLength(UNDO_MAX);
    expect(kept[0]!.entry.id).toBe(`x${UNDO_MAX + 4}`);
  });

  it("reads only well-formed copies from storage", () => {
    expect(readUndo(undefined)).toEqual([]);
    expect(readUndo({ a: 1 })).toEqual([]);
    expect(readUndo([null, 3, { at: 5 }, { at: at(0), entry: { id: "a" } }])).toHaveLength(1);
  });

  it("an undone delete leaves no tombstone: a later copy from sync is taken in, other tombstones stay", () => {
    const t = withDeleted(withDeleted({ ids: {} }, ["a"], at(0)), ["b"], at(1));
    const back = withRestored(t, "a");
    const item = (id: string) => ({ id, kind: "person" as const, name: `Person ${id}`, note: "n", pinned: false, updated: at(-1) });
    expect(notDeleted([item("a"), item("b")], t)).toEqual([]);
    expect(notDeleted([item("a"), item("b")], back).map((i) => i.id)).toEqual(["a"]);
  });
});
