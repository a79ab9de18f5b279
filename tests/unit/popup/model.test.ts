import { describe, expect, it } from "vitest";
import { castRows, distinctQuotes, filterRows, sortEntities, truncate, wrapIndex } from "../../../src/popup/model";
import type { Analysis, Person } from "../../../src/engine/types";
import { fixture } from "./fixture";

const person = (id: string, name: string, starts: number[], role: string | null = null, aliases: string[] = [name]): Person => ({
  id,
  name,
  aliases,
  role,
  mentions: starts.map((s) => ({ start: s, end: s + 1 })),
});

function analysis(people: Person[], speakers: (string | null)[] = []): Analysis {
  return {
    version: 1,
    article: true,
    title: "",
    byline: null,
    text: "x".repeat(1000),
    people,
    quotes: speakers.map((speaker, i) => ({ start: i, end: i + 1, text: `quotation ${i}`, speaker, cue: null })),
    organizations: [],
    places: [],
  };
}

describe("cast order", () => {
  it("puts the most mentioned first and breaks ties by who appears first", () => {
    const a = analysis([person("p1", "Early Once", [5]), person("p2", "Late Twice", [100, 200]), person("p3", "Earlier Once", [1]), person("p4", "Late Once", [300])]);
    expect(castRows(a).map((r) => r.person.name)).toEqual(["Late Twice", "Earlier Once", "Early Once", "Late Once"]);
  });

  it("counts a quotation printed twice by the same speaker once, and lists it once at its first place", () => {
    const a = analysis([person("p1", "A", [1]), person("p2", "B", [2])], ["p2", "p1", "p2", "p1"]);
    a.quotes[2] = { ...a.quotes[2]!, text: " quotation  0" };
    // the same words from another speaker are that speaker's own
    a.quotes[3] = { ...a.quotes[3]!, text: "quotation 0" };
    expect(castRows(a).map((r) => [r.person.id, r.quotes])).toEqual([
      ["p1", 2],
      ["p2", 1],
    ]);
    expect(distinctQuotes(a).map(([, i]) => i)).toEqual([0, 1, 3]);
  });

  it("counts quotes per speaker and ignores unattributed ones", () => {
    const a = analysis([person("p1", "A", [1]), person("p2", "B", [2])], ["p2", null, "p2", "p1"]);
    const rows = castRows(a);
    expect(rows.map((r) => [r.person.id, r.quotes])).toEqual([
      ["p1", 1],
      ["p2", 2],
    ]);
  });

  it("sorts organisations and places the same way", () => {
    const f = fixture();
    const list = [
      { ...f.organizations[0]!, id: "o1", mentions: [{ start: 50, end: 51 }] },
      { ...f.organizations[0]!, id: "o2", mentions: [{ start: 9, end: 10 }, { start: 90, end: 91 }] },
      { ...f.organizations[0]!, id: "o3", mentions: [{ start: 3, end: 4 }] },
    ];
    expect(sortEntities(list).map((e) => e.id)).toEqual(["o2", "o3", "o1"]);
  });
});

describe("filter", () => {
  const rows = castRows(
    analysis([
      person("p1", "Vladimir Putin", [1], "Russian President", ["Vladimir Putin", "Putin"]),
      person("p2", "Christopher Wray", [2], "FBI Director", ["Christopher Wray", "Wray"]),
      person("p3", "José Núñez", [3], null),
    ]),
  );
  const names = (q: string) => filterRows(rows, q).map((r) => r.person.name);
  it("matches names, aliases and roles, case- and accent-insensitively", () => {
    expect(names("wray")).toEqual(["Christopher Wray"]);
    expect(names("PRESIDENT")).toEqual(["Vladimir Putin"]);
    expect(names("jose nunez")).toEqual(["José Núñez"]);
    expect(names("fbi wray")).toEqual(["Christopher Wray"]);
    expect(names("fbi putin")).toEqual([]);
    expect(names("  ")).toHaveLength(3);
  });
});

describe("truncate", () => {
  it("keeps short text, cuts long text at a word with an ellipsis", () => {
    expect(truncate("  short\n text ")).toBe("short text");
    const long = "We share values with the Democrats, including the belief in social justice and equality for everyone, always.";
    const out = truncate(long, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.endsWith("…")).toBe(true);
    expect(long.startsWith(out.slice(0, -1))).toBe(true);
    expect(out).not.toMatch(/[ ,]…$/);
  });
});

describe("wrapIndex", () => {
  it("wraps both ways", () => {
    expect(wrapIndex(0, -1, 4)).toBe(3);
    expect(wrapIndex(3, 1, 4)).toBe(0);
    expect(wrapIndex(1, 1, 4)).toBe(2);
    expect(wrapIndex(0, 1, 0)).toBe(0);
  });
});
