import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

const speakers = (text: string) => {
  const people = findPeople(text);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null]);
};

describe("one reading of a photo caption for every rule", () => {
  it("runs a quotation on past a caption that ends on an agency credit", () => {
    const text = "Intro line.\nAna Ruiz spoke at the fair on Monday. “We baked for three days and nights without a break.\nAna Ruiz at the county fair. John Moore/Getty Images.\n“And we would do it all again next year,” she said.";
    expect(speakers(text)).toEqual([
      ["We baked for three days and nights without a break.", "Ana Ruiz"],
      ["And we would do it all again next year,", "Ana Ruiz"],
    ]);
  });

  it("reads 'courtesy of' in the story's own sentence as the story, not a credit", () => {
    const text = "Intro line.\nThe cake arrived at the fair courtesy of Ana Ruiz, a baker from Dayton, who spoke to reporters about the night she spent on it.\n“It took me nine hours to ice.”";
    expect(speakers(text)).toEqual([["It took me nine hours to ice.", "Ana Ruiz"]]);
  });
});
