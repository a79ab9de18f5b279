import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

const quoted = (text: string) => findQuotes(text, findPeople(text)).map((q) => q.text);

describe("one or two quoted words nobody speaks", () => {
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
});
