import { describe, expect, it } from "vitest";
import type { ArticleLocation } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";
import { readReply, rehearse } from "../../../src/content/first-paint";
import { collectTargets } from "../../../src/content/lookup";
import { clearHighlights, paint } from "../../../src/content/paint";
import { assignSlots } from "../../../src/content/palette";
import type { Analysis } from "../../../src/engine/types";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import type { WorkerRequest } from "../../../src/content/worker-request";

/** A request for a one-paragraph article whose worker answers `reply`. */
function requestAnswered(reply: unknown): WorkerRequest {
  document.body.innerHTML = "<p>FBI Director Christopher Wray said the bureau was ready.</p>";
  const location: ArticleLocation = { isArticle: true, roots: [document.body], title: "t", byline: null, isExcluded: () => false };
  return { location, index: buildTextIndex(location), reply: Promise.resolve(reply), t0: 0, sentAt: 0, send: 0, indexMs: 0, startedAt: 0, arrivedAt: NaN };
}

const analysed = { ok: true, people: [], quotes: [], organizations: [], places: [] };

describe("the worker's answer to the first paint", () => {
  it("brings the stored settings, read as any stored settings are (unknown keys dropped, the rest defaulted)", async () => {
    const got = await readReply(requestAnswered({ ...analysed, settings: { theme: "dark", kinds: { places: false }, junk: "<img src=x onerror=alert(1)>" } }));
    expect(got?.settings).toEqual({ ...DEFAULT_SETTINGS, theme: "dark", kinds: { ...DEFAULT_SETTINGS.kinds, places: false } });
  });

  it("without settings, or with settings that are no object, says so (the page then reads storage itself)", async () => {
    expect((await readReply(requestAnswered(analysed)))?.settings).toBeNull();
    expect((await readReply(requestAnswered({ ...analysed, settings: "dark" })))?.settings).toBeNull();
    // …and a refusal is no answer at all
    expect(await readReply(requestAnswered({ ok: false, error: "Dramatis is turned off for this site", settings: DEFAULT_SETTINGS }))).toBeNull();
  });
});

describe("rehearsing the reply's path while the worker analyses", () => {
  it("registers nothing, touches no node, and the real paint after it is the paint without it", () => {
    document.body.innerHTML = "<p>FBI Director Christopher Wray said “we are ready” on a visit to Chicago.</p>";
    const location: ArticleLocation = { isArticle: true, roots: [document.body], title: "t", byline: null, isExcluded: () => false };
    const index = buildTextIndex(location);
    const text = index.text;
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const analysis: Analysis = {
      version: 1, article: true, title: "t", byline: null, text,
      people: [{ id: "p1", name: "Christopher Wray", aliases: ["Christopher Wray"], role: "FBI Director", mentions: [span("Christopher Wray")] }],
      quotes: [{ ...span("we are ready"), text: "we are ready", speaker: "p1", cue: span("said") }],
      organizations: [{ id: "o1", name: "FBI", aliases: ["FBI"], description: null, mentions: [span("FBI")] }],
      places: [{ id: "l1", name: "Chicago", aliases: ["Chicago"], description: null, mentions: [span("Chicago")] }],
    };
    // jsdom has StaticRange but no Highlight: a set of ranges stands in for it
    class FakeHighlight extends Set<AbstractRange> {
      priority = 0;
      constructor(...ranges: AbstractRange[]) {
        super(ranges);
      }
    }
    (globalThis as { Highlight?: unknown }).Highlight = FakeHighlight;
    const registry = new Map<string, FakeHighlight>();
    const painted = () => {
      paint(registry as unknown as HighlightRegistry, { analysis, index, targets: collectTargets(analysis), slots: assignSlots(analysis.people), theme: "light", kinds: DEFAULT_SETTINGS.kinds });
      const got = [...registry].map(([name, h]) => [name, h.priority, [...h].map((r) => text.slice(index.offsetOf(r.startContainer, r.startOffset)!, index.offsetOf(r.endContainer, r.endOffset)!))]);
      clearHighlights(registry as unknown as HighlightRegistry);
      return got;
    };
    const cold = painted();
    expect(cold.flatMap(([, , words]) => words as string[]).sort()).toEqual(["Chicago", "Christopher Wray", "FBI", "we are ready"]);
    const html = document.body.innerHTML;
    for (const noEditable of [true, false]) rehearse(index, "light", noEditable);
    expect(registry.size).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    expect(painted()).toEqual(cold);
  });
});
