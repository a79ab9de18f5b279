/** storage.sync mirror: within quota, the user's words first, nothing dropped silently. */
import { describe, expect, it } from "vitest";
import type { Entry } from "../../../src/background/glossary-core";
import { diffSync, itemBytes, planSync, readSynced, SYNC_QUOTA } from "../../../src/background/sync-plan";
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
