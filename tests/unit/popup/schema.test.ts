/**
 * The popup checks every reply before use. A reply that is wrong is refused with a sentence
 * the popup can show: it names the field, and never repeats megabytes of page text.
 */
import { describe, expect, it } from "vitest";
import { parseLookup, parsePageState, parseScrollReply, parseSettingsReply } from "../../../src/popup/schema";

const PAGE_TEXT = "Putin said so. ".repeat(200_000); // 3 MB of article text

const analysis = { version: 1, title: "T", byline: null, text: "Putin said so.", people: [], quotes: [] };
const state = { ok: true, status: "article", analysis, colors: {}, enabled: true, siteEnabled: true };

describe("popup reply checks on hostile replies", () => {
  it("accepts a well-formed page state (so the faults below are what is refused)", () => {
    expect(parsePageState(state)).toMatchObject({ ok: true, value: { status: "article" } });
  });

  it("refuses wrong replies with a short sentence naming the field", () => {
    const cases: [string, unknown, RegExp][] = [
      ["status of page text", { ...state, status: PAGE_TEXT }, /^malformed reply at status: /],
      ["a person named by megabytes", { ...state, analysis: { ...analysis, people: [{ id: "p1", name: PAGE_TEXT, aliases: [], role: null, mentions: [] }] } }, /^malformed reply at analysis\.people\.0\.name: /],
      ["a span at NaN", { ...state, analysis: { ...analysis, quotes: [{ start: NaN, end: 3, text: "x", speaker: null, cue: null }] } }, /^malformed reply at analysis\.quotes\.0\.start: /],
      ["a colour keyed by page text", { ...state, colors: { [PAGE_TEXT]: "red" } }, /^malformed reply at colors\./],
      ["not an object", PAGE_TEXT, /^malformed reply: /],
    ];
    for (const [what, raw, sentence] of cases) {
      const r = parsePageState(raw);
      expect(r.ok, what).toBe(false);
      if (r.ok) continue;
      expect(r.error, what).toMatch(sentence);
      expect(r.error.length, what).toBeLessThan(600);
    }
    for (const r of [parseLookup({ ok: true, entries: { x: { id: 5, name: PAGE_TEXT } } }), parseSettingsReply({ ok: PAGE_TEXT }), parseScrollReply({ ok: true, index: PAGE_TEXT })]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeLessThan(600);
    }
  });
});
