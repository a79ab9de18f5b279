import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

const quoted = (text: string) => findQuotes(text, findPeople(text)).map((q) => q.text);

describe("a few quoted words nobody speaks", () => {
  it("are no quotation: a term, a scare quote, a value in a manual", () => {
    const text =
      "Tip #2: Learn to Say No\n\nEmbracing the word “no” can be a breath of fresh air. Many teams take the “kitchen sink” approach.\n\n$ git commit -m \"fixup\"\n\nSet the level to \"debug\" or \"warn only\".";
    expect(quoted(text)).toEqual([]);
  });

  it("stay quotations when someone says them, and longer quotes stay with no speaker", () => {
    const text =
      "FBI Director Christopher Wray said the country would “denigrate” its rival. “No,” he said.\n\nA sign on the door read “Closed until further notice for repairs.”";
    expect(quoted(text)).toEqual(["denigrate", "No,", "Closed until further notice for repairs."]);
  });

  it("are no quotation when the sentence's subject, the only cue, is a thing, the reader, a word the page writes in lower case", () => {
    const text =
      "Ergonomics at home\n\nThe default setting of most chairs is a “neutral spine” at best.\n\nYou can pick a “true ergonomic” model instead.\n\nGood cameras ship with a “kit lens” anyway, and a good bag.";
    expect(quoted(text)).toEqual([]);
  });

  it("stay quotations when that subject is someone: a person's or a group's noun, a name, a pronoun", () => {
    const text =
      "The senator called it a “witch hunt” again. Protesters waved “Dump Trump” signs outside. The audience softly echoed “too many” back. Politifact rated the claim “mostly false” later. They labelled it a “stunt” at once.";
    expect(quoted(text)).toEqual(["witch hunt", "Dump Trump", "too many", "mostly false", "stunt"]);
  });

  it("three or four quoted words with no cue are no quotation: a name, a slogan, a heading in passing", () => {
    const text =
      "Three ways to plan a trip\n\nPair a bike hire with a “Coast and Cellars Ride” for two, or book a table for the “chef at home” evening.\n\nDana Okafor said the plan was “dead on arrival” and left. The memo called it “a costly mistake.”";
    expect(quoted(text)).toEqual(["dead on arrival", "a costly mistake."]);
  });
});
