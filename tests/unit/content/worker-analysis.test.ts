import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/engine/analyze";
import { packWorkerAnalysis, validWorkerAnalysis } from "../../../src/content/summary";
import { parseMessage, MAX_ANALYSE_TEXT } from "../../../src/messages";
import { CONTENT_ALLOWED } from "../../../src/background/senders";

const article = readFileSync(join(__dirname, "../../fixtures/seed/article.txt"), "utf8");

/** What the worker answers to engine/analyse (src/background/index.ts). */
function workerReply(text: string): Record<string, unknown> {
  const a = analyzeText(text);
  return { ok: true, people: a.people, quotes: a.quotes, organizations: a.organizations, places: a.places };
}

describe("the analysis the worker makes", () => {
  it("is asked for with a valid message a content script may send, and bounded in size", () => {
    expect(parseMessage({ type: "engine/analyse", text: article, title: "t" })).toMatchObject({ ok: true });
    expect(parseMessage({ type: "engine/analyse", text: "x".repeat(MAX_ANALYSE_TEXT + 1), title: "t" })).toMatchObject({ ok: false });
    expect(parseMessage({ type: "engine/analyse", text: 42, title: "t" })).toMatchObject({ ok: false });
    expect(CONTENT_ALLOWED.has("engine/analyse")).toBe(true);
  });

  it("is accepted whole when it is well formed, and is the same analysis the page would make", () => {
    const got = validWorkerAnalysis(JSON.parse(JSON.stringify(workerReply(article))), article);
    const here = analyzeText(article);
    expect(got).toEqual({ people: here.people, quotes: here.quotes, organizations: here.organizations, places: here.places });
    expect(got!.people.map((p) => p.name)).toContain("Christopher Wray");
  });

  it("comes packed (flat spans, no quotation text the page has) at under two thirds of the plain JSON, and reads back to the very same analysis", () => {
    const a = analyzeText(article);
    const packed = JSON.stringify({ ok: true, ...packWorkerAnalysis(a, article) });
    expect(packed.length).toBeLessThan(JSON.stringify(workerReply(article)).length * (2 / 3));
    const got = validWorkerAnalysis(JSON.parse(packed), article);
    expect(got).toEqual({ people: a.people, quotes: a.quotes, organizations: a.organizations, places: a.places });
    // field for field in the engine's order too: the popup's JSON export lists them as they come
    expect(JSON.stringify(got)).toBe(JSON.stringify({ people: a.people, quotes: a.quotes, organizations: a.organizations, places: a.places }));
    // a quotation whose text is not the slice keeps its own text (nothing is guessed)
    const odd = { ...a, quotes: a.quotes.map((q, i) => (i === 0 ? { ...q, text: "something else" } : q)) };
    expect(validWorkerAnalysis(JSON.parse(JSON.stringify({ ok: true, ...packWorkerAnalysis(odd, article) })), article)!.quotes[0]!.text).toBe("something else");
  });

  it("sends each quotation as five numbers (its speaker by place in the cast), under a third of its size as an object, and reads back the same quotations", () => {
    // a long article's reply carries hundreds of quotations (the 20x page: 320): as objects they
    // were over half of its bytes, serialised, copied and parsed on the way to the first paint
    const a = analyzeText(article);
    const spoken = a.quotes.filter((q) => q.speaker !== null && q.cue !== null);
    expect(spoken.length).toBeGreaterThan(2);
    const packed = packWorkerAnalysis(a, article);
    const objects = a.quotes.map(({ text: _t, ...q }) => q);
    expect(JSON.stringify(packed.quotes).length).toBeLessThan(JSON.stringify(objects).length / 3);
    const got = validWorkerAnalysis(JSON.parse(JSON.stringify({ ok: true, ...packed })), article)!;
    expect(got.quotes).toEqual(a.quotes);
    expect(JSON.stringify(got.quotes)).toBe(JSON.stringify(a.quotes));
    // each speaker read back by place in the cast is the same person
    const speakers = (x: typeof a) => x.quotes.map((q) => x.people.find((p) => p.id === q.speaker)?.name ?? null);
    expect(speakers({ ...a, ...got })).toEqual(speakers(a));
  });

  it("keeps quotations as objects when one does not fit five numbers, losing nothing", () => {
    const a = analyzeText(article);
    // a field the page does not know yet, and a quotation whose text is not its slice
    const odd = { ...a, quotes: a.quotes.map((q, i) => (i === 0 ? { ...q, kind: "scare" } : i === 1 ? { ...q, text: "other words" } : q)) };
    const got = validWorkerAnalysis(JSON.parse(JSON.stringify({ ok: true, ...packWorkerAnalysis(odd, article) })), article)!;
    expect(got.quotes).toEqual(odd.quotes);
  });

  it("is refused packed too when a flat span list is odd, leaves the text or holds a non-integer", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Loose = Record<string, any>;
    const bad: ((r: Loose) => void)[] = [
      (r) => r.people[0].mentions.push(3),
      (r) => (r.people[0].mentions[1] = article.length + 1),
      (r) => (r.people[0].mentions[0] = 0.5),
      (r) => (r.places[0].mentions = ["0", "4"]),
      // the quotations are flat too: [start, end, speaker's index, cue start, cue end] each
      (r) => (r.quotes[1] = article.length + 9),
      (r) => r.quotes.push(0),
      (r) => (r.quotes[2] = r.people.length),
      (r) => (r.quotes[2] = 0.5),
      (r) => (r.quotes[2] = "0"),
      (r) => (r.quotes[3] = -1),
    ];
    for (const spoil of bad) {
      const r = JSON.parse(JSON.stringify({ ok: true, ...packWorkerAnalysis(analyzeText(article), article) }));
      spoil(r);
      expect(validWorkerAnalysis(r, article)).toBeNull();
    }
  });

  it("is refused when any span leaves the text, a speaker is nobody, or a field has the wrong type", () => {
    // the reply as JSON gives it: any field may be set to anything
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Loose = Record<string, any>;
    const bad: ((r: Loose) => void)[] = [
      (r) => (r.people[0].mentions[0].end = article.length + 1),
      (r) => (r.people[0].mentions[0].start = -1),
      (r) => (r.people[0].mentions[0].start = 1.5),
      (r) => (r.quotes[0].speaker = "p999"),
      (r) => (r.quotes[0].cue = { start: 0, end: article.length + 5 }),
      (r) => (r.people[0].name = { toString: "<img src=x onerror=alert(1)>" }),
      (r) => (r.people[0].aliases = [1]),
      (r) => (r.places = null),
      (r) => (r.ok = false),
    ];
    for (const spoil of bad) {
      const r = JSON.parse(JSON.stringify(workerReply(article)));
      spoil(r);
      expect(validWorkerAnalysis(r, article)).toBeNull();
    }
    expect(validWorkerAnalysis(null, article)).toBeNull();
    expect(validWorkerAnalysis({ ok: false, error: "x" }, article)).toBeNull();
  });
});
