import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

const quoted = (text: string) => findQuotes(text, findPeople(text)).map((q) => q.text);

describe("a line someone might say", () => {
  it("is no quotation: a guide's script for the reader after 'could', 'can', 'may', 'might' or 'should' and a verb of saying", () => {
    const text =
      "Returning a gift\n\nIf the shop refuses, you could simply say, “I would like a refund for the broken kettle, please.”\n\nStaff may need to ask, “Can I see the receipt for this item today?”\n\nYou can start by asking questions like, “What is your policy on opened boxes?”";
    expect(quoted(text)).toEqual([]);
  });

  it("stays a quotation after 'would' (a habit) or 'will' (a speech announced), and after 'should ask is'", () => {
    const text =
      "My grandmother would say, “Never leave a kettle on the stove unattended.”\n\nMayor Lena Moss will say, “We are ready for the storm this winter.”\n\nWhat voters should ask is “who will fix the roads next year?”";
    expect(quoted(text)).toEqual(["Never leave a kettle on the stove unattended.", "We are ready for the storm this winter.", "who will fix the roads next year?"]);
  });
});
