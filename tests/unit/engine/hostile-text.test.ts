import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/engine/analyze";

// Pages whose text no writer would produce: long runs of capitalised words with no punctuation,
// thousands of quotes in one sentence that never ends. The worker analyses every tab behind one
// such page, and the page falls back to analysing itself synchronously after a few seconds: the
// engine must stay linear on them. Before the bounds these took from 10 s to minutes each (Node),
// so vitest's own 5 s timeout is what fails; the assertions check that the one real paragraph
// after the junk is still read as before.
const REAL = '\n\n"We will rebuild the bridge," said Jane Doe, the mayor of Springfield.';

function expectRealParagraphRead(text: string): void {
  const a = analyzeText(text);
  expect(a.people.map((p) => p.name)).toEqual(["Jane Doe"]);
  const doe = a.people[0]!;
  expect(doe.role).toBe("mayor of Springfield");
  const last = a.quotes[a.quotes.length - 1]!;
  expect(last.text).toBe("We will rebuild the bridge,");
  expect(last.speaker).toBe(doe.id);
}

describe("hostile text is analysed in linear time", () => {
  it("a run of 4,000 capitalised words is no person's name", () => {
    expectRealParagraphRead("Aaaa ".repeat(4000) + REAL);
  });

  it("a full name repeated 2,000 times without punctuation is no 4,000-word name", () => {
    expectRealParagraphRead("John Smith ".repeat(2000) + REAL);
  });

  it("the same in capitals, as a headline would be", () => {
    expectRealParagraphRead("JOHN SMITH ".repeat(2000) + REAL);
  });

  it("7,000 initials in a row", () => {
    expectRealParagraphRead("A. ".repeat(7000) + REAL);
  });

  it("a thousand people each named once with no cue, in 100,000 characters of prose", () => {
    // (each name once asked whether the text writes it before a firm's or a place's head, in lower
    // case, or on a line after a dash: scans of the whole text per name)
    const given = ["Mary", "John", "Anna", "Peter", "Laura", "David", "Maria", "James", "Sarah", "Paul"];
    const syllables = ["ba", "ko", "ri", "ten", "mu", "sel", "da", "vin", "lo", "ger"];
    const names: string[] = [];
    let text = "";
    for (let i = 0; text.length < 100_000; i++) {
      const surname = syllables[i % 10]! + syllables[Math.floor(i / 10) % 10]! + syllables[Math.floor(i / 100) % 10]! + syllables[Math.floor(i / 1000)]! + "ski";
      const name = `${given[i % 10]} ${surname[0]!.toUpperCase()}${surname.slice(1)}`;
      names.push(name);
      text += `Later that week ${name} walked to the market and bought some bread for the family. `;
    }
    const a = analyzeText(text + REAL);
    expect(a.people.map((p) => p.name)).toEqual([...names, "Jane Doe"]);
    expect(a.people[a.people.length - 1]!.role).toBe("mayor of Springfield");
    // (a correctness check with room to spare: the tagger alone takes seconds on so long a text
    // in a loaded test run; the scans' cost is measured apart, before and after, in Node)
  }, 30_000);

  // (five words a quote: up to four quoted words no one is said to speak are no quotation)
  it("20,000 quotes in one paragraph whose sentence never ends are each a quote", () => {
    const text = '"v w x y z," said '.repeat(20000) + REAL;
    const a = analyzeText(text);
    expect(a.quotes).toHaveLength(20001);
    expect(a.quotes.slice(0, -1).every((q) => q.text === "v w x y z,")).toBe(true);
    const doe = a.people.find((p) => p.name === "Jane Doe");
    expect(a.quotes[20000]!.speaker).toBe(doe?.id);
  });
});
