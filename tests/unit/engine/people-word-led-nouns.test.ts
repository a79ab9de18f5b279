import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// A given name that is rather an English word ("Price", "Brand", "Web") then common nouns only
// is a heading's or a product's name, even on a page too short to write those words in lower
// case. Surnames here are invented.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a word-like given name then common nouns only is no person", () => {
  it("reads a short page's headings ('Price Tag', 'Brand Awareness', 'Web Development') as no people", () => {
    const text =
      "Five Ways to Grow\n\n1. Check the Price Tag\n\nBudget matters, but quality wins.\n\n2. Increase Brand Awareness\n\nPost every day.\n\n3. Invest in Web Development\n\nA fast site sells.\n\nWritten by Talia Vorstmann.";
    expect(names(text)).toEqual(["Talia Vorstmann"]);
  });

  it("keeps such a name when the text shows a person: a speech verb, an appositive, a title", () => {
    expect(names("“We sold out by noon,” said Price Tallow, a baker in Leeds.")).toEqual(["Price Tallow"]);
    expect(names("The keynote was given by Dr. Brand Studio at the fair.")).toEqual(["Brand Studio"]);
  });
});
