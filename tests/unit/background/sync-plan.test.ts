/** storage.sync mirror: within quota, the user's words first, nothing dropped silently. */
import { describe, expect, it } from "vitest";
import type { Entry } from "../../../src/background/glossary-core";
import type { SyncedItem } from "../../../src/background/glossary-store";
import { diffSync, itemBytes, notDeleted, planSync, readSynced, readTombstones, SYNC_QUOTA, withCleared, withDeleted } from "../../../src/background/sync-plan";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const base = { aliases: [], keys: [], pinned: false, hidden: false, articles: [], roles: [], quotes: [], created: "2026-01-01T00:00:00.000Z" };
const e = (id: string, note: string, over: Partial<Entry> = {}): Entry => ({
  ...base,
  id,
  kind: "person",
  name: `Name ${id}`,
  note,
  updated: `2026-01-01T00:00:${id.padStart(2, "0").slice(-2)}.000Z`,
  ...over,
});

describe("planSync", () => {
  it("mirrors settings, notes and terms, and leaves entries without a note out", () => {
    const plan = planSync([e("1", "hello"), e("2", ""), e("3", "", { kind: "term" })], "settings", DEFAULT_SETTINGS);
    expect(Object.keys(plan.items).sort()).toEqual(["g:1", "g:3", "settings"]);
    expect(plan.localOnly).toEqual([]);
  });

  it("keeps a note too big for one item local and reports it", () => {
    const plan = planSync([e("1", "x".repeat(9_000)), e("2", "short")], "settings", DEFAULT_SETTINGS);
    expect(plan.localOnly).toEqual(["Name 1"]);
    expect(plan.items["g:2"]).toBeDefined();
  });

  it("stays under the total quota, terms first, and names what stayed local", () => {
    const many = Array.from({ length: 40 }, (_, i) => e(String(i + 1), "n".repeat(5_000)));
    const term = e("99", "t", { kind: "term" });
    const plan = planSync([...many, term], "settings", DEFAULT_SETTINGS);
    const total = Object.entries(plan.items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    expect(total).toBeLessThanOrEqual(SYNC_QUOTA.total);
    expect(plan.items["g:99"]).toBeDefined();
    expect(plan.localOnly.length).toBeGreaterThan(15);
    expect(plan.localOnly.length + Object.keys(plan.items).length - 1).toBe(41);
  });

  it("diff sets only what changed and removes entries that went away", () => {
    const plan = planSync([e("1", "a"), e("2", "b")], "settings", DEFAULT_SETTINGS);
    const current = { ...plan.items, "g:2": { stale: true }, "g:7": { k: "person" }, other: 1 };
    const d = diffSync(current, plan);
    expect(Object.keys(d.set)).toEqual(["g:2"]);
    expect(d.remove).toEqual(["g:7"]);
  });

  it("reads back what it wrote and skips malformed items", () => {
    const plan = planSync([e("1", "a")], "settings", DEFAULT_SETTINGS);
    const back = readSynced({ ...plan.items, "g:bad": { k: "alien", n: 1 }, "g:x": null });
    expect(back).toEqual([{ id: "1", kind: "person", name: "Name 1", note: "a", pinned: false, updated: e("1", "").updated }]);
  });
});

describe("tombstones: what was deleted here does not come back from storage.sync", () => {
  const item = (id: string, updated: string): SyncedItem => ({ id, kind: "person", name: `Name ${id}`, note: "a note", pinned: false, updated });
  const T = (s: number) => `2026-01-01T00:00:${String(s).padStart(2, "0")}.000Z`;

  it("drops a copy written before the delete, keeps one written after it and entries never deleted", () => {
    const t = withDeleted(readTombstones(undefined), ["a"], T(10));
    const kept = notDeleted([item("a", T(9)), item("a", T(10)), item("b", T(1))], t);
    expect(kept.map((i) => [i.id, i.updated])).toEqual([["b", T(1)]]);
    expect(notDeleted([item("a", T(11))], t)).toHaveLength(1);
  });

  it("a clear stands for every entry up to its time", () => {
    const t = withCleared(T(30));
    expect(notDeleted([item("x", T(29)), item("y", T(30)), item("z", T(31))], t).map((i) => i.id)).toEqual(["z"]);
    // a later delete keeps the clear
    expect(notDeleted([item("x", T(29))], withDeleted(t, ["q"], T(40)))).toEqual([]);
  });

  it("keeps the newest deletions within the cap and reads back what it wrote, skipping junk", () => {
    let t = readTombstones(JSON.parse(`{"cleared":5,"ids":{"ok":"${T(1)}","bad":3,"__proto__":{"polluted":1}}}`));
    expect(t.cleared).toBeUndefined();
    expect(Object.keys(t.ids)).toEqual(["ok"]);
    for (let i = 2; i <= 5; i++) t = withDeleted(t, [`d${i}`], T(i), 3);
    expect(Object.keys(t.ids).sort()).toEqual(["d3", "d4", "d5"]);
    expect(readTombstones(JSON.parse(JSON.stringify(t)))).toEqual(t);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
