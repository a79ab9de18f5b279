import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

// Invented names. A courtesy title before a lone surname says the sex of whom it names: a
// relative the story never names in full is someone of their own, not the relative it does name.
const owner = (text: string, at: number) => findPeople(text).find((p) => p.mentions.some((m) => m.start === at))?.name;
const speakers = (text: string) => {
  const people = findPeople(text);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null]);
};

const story = [
  "Pastor Thomas Quellbrook was released from prison on Saturday, officials said.",
  "Quellbrook had been held since 2012, and his supporters rallied outside the embassy.",
  "“We are so grateful to everyone who prayed for him,” Mrs. Quellbrook said in a statement.",
  "Mr. Quellbrook is expected to land in Germany on Sunday.",
].join("\n\n");

describe("a courtesy title whose sex no relative named in full has", () => {
  it("makes 'Mrs. Quellbrook' a person of her own, and gives her the quote", () => {
    expect(owner(story, story.indexOf("Quellbrook said"))).toBe("Mrs. Quellbrook");
    expect(speakers(story)).toEqual([["We are so grateful to everyone who prayed for him,", "Mrs. Quellbrook"]]);
  });

  it("keeps 'Mr. Quellbrook' and the bare surname with the man named in full", () => {
    expect(owner(story, story.indexOf("Quellbrook is expected"))).toBe("Thomas Quellbrook");
    expect(owner(story, story.indexOf("Quellbrook had"))).toBe("Thomas Quellbrook");
  });

  it("leaves a title whose sex a relative's given name does not rule out with that relative", () => {
    const text = story.replace(/Thomas/g, "Jordan");
    expect(owner(text, text.indexOf("Quellbrook said"))).toBe("Jordan Quellbrook");
  });
});

describe("a courtesy title that several relatives of its sex share", () => {
  it("gives 'Mrs. Quellbrook' to the woman named in full most often, not to her husband named in full before it", () => {
    const text = [
      "Margaret Quellbrook opened her campaign in Dayton on Monday.",
      "Margaret Quellbrook told supporters that the plant closures had hurt every family in the valley.",
      "Her daughter, Anna Quellbrook, spoke first.",
      "Thomas Quellbrook, her husband, sat beside her as Mrs. Quellbrook promised to keep the plants open.",
    ].join(" ");
    expect(owner(text, text.indexOf("Quellbrook promised"))).toBe("Margaret Quellbrook");
  });
});
