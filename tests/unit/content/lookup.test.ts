import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/engine/analyze";
import type { Analysis } from "../../../src/engine/types";
import { TargetTable, collectTargets, findTermSpans } from "../../../src/content/lookup";

const text = 'FBI Director Christopher Wray said "Russia wants to denigrate Biden," and Wray repeated it. Biden did not answer.';

function handMade(): Analysis {
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const q = at("Russia wants to denigrate Biden,");
  return {
    version: 1,
    article: true,
    title: "",
    byline: null,
    text,
    people: [
      { id: "p1", name: "Christopher Wray", aliases: ["Christopher Wray", "Wray"], role: "FBI Director", mentions: [at("Christopher Wray"), at("Wray", 40)] },
      { id: "p2", name: "Biden", aliases: ["Biden"], role: null, mentions: [at("Biden"), at("Biden", 70)] },
    ],
    quotes: [{ ...q, text: text.slice(q.start, q.end), speaker: "p1", cue: null }],
    organizations: [{ id: "o1", name: "FBI", aliases: ["FBI"], description: null, mentions: [at("FBI")] }],
    places: [],
  };
}

describe("hit-testing: text offset → what is painted there", () => {
  const analysis = handMade();
  const table = new TargetTable(collectTargets(analysis));

  it("finds the person under every character of a mention, and nothing just outside it", () => {
    const s = text.indexOf("Christopher Wray");
    for (let o = s; o < s + "Christopher Wray".length; o++) expect(table.at(o)).toMatchObject({ kind: "person", id: "p1", index: 0 });
    expect(table.at(s - 1)).toBeNull();
    expect(table.at(s + "Christopher Wray".length)).toBeNull();
  });

  it("a name inside a quotation is the name; the rest of the quotation is the quotation", () => {
    const biden = text.indexOf("Biden");
    expect(table.at(biden + 2)).toMatchObject({ kind: "person", id: "p2", index: 0 });
    expect(table.allAt(biden + 2).map((t) => t.kind)).toEqual(["person", "quote"]);
    expect(table.at(text.indexOf("denigrate"))).toMatchObject({ kind: "quote", id: "q0" });
  });

  it("counts mentions per person in text order", () => {
    expect(table.at(text.indexOf("Wray", 40))).toMatchObject({ id: "p1", index: 1 });
    expect(table.at(text.lastIndexOf("Biden"))).toMatchObject({ id: "p2", index: 1 });
    expect(table.at(0)).toMatchObject({ kind: "organization", id: "o1" });
  });

  it("works on the engine's own output", () => {
    const a = analyzeText(text);
    const t = new TargetTable(collectTargets(a));
    const hit = t.at(text.indexOf("Wray") + 1);
    expect(hit?.kind).toBe("person");
    expect(a.people.find((p) => p.id === hit!.id)?.name).toContain("Wray");
  });

  it("scales: 20,000 targets answered by binary search", () => {
    const targets = Array.from({ length: 20_000 }, (_, i) => ({ kind: "person" as const, id: `p${i % 50}`, index: i, start: i * 10, end: i * 10 + 5 }));
    const big = new TargetTable(targets);
    expect(big.at(123_452)).toMatchObject({ index: 12_345 });
    expect(big.at(123_457)).toBeNull();
  });
});

describe("the user's terms", () => {
  it("match whole words, any case, never inside a longer word", () => {
    const t = "Glasnost and glasnost-era reforms; not Glasnosts or preglasnost.";
    const spans = findTermSpans(t, ["glasnost"]);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(["Glasnost", "glasnost"]);
  });

  it("ignore one-letter forms that would paint half the page", () => {
    expect(findTermSpans("a b c a", ["a", " "])).toEqual([]);
  });
});
