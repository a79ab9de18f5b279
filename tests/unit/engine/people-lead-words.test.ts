import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: an ordinary word opening the sentence before a name the text gives in full", () => {
  it("reads 'Former Carson advisers' as Ben Carson's advisers, not a person 'Former Carson'", () => {
    const text =
      "Ben Carson moved quickly to shut off talk of a shakeup. Former Carson advisers told reporters that a former aide was leaving. Carson said he was in charge.";
    const people = findPeople(text);
    expect(people.map((p) => p.name)).toEqual(["Ben Carson"]);
    expect(people[0]!.mentions).toHaveLength(3);
  });

  it("leaves a call's verb off the full name after it ('Vote Donald Trump.')", () => {
    const text = "Donald Trump held a rally in the town. Every vote counts, he said. Signs read: Merry Xmas. Vote Donald Trump. The crowd cheered.";
    expect(names(text)).not.toContain("Vote Donald Trump");
    expect(findPeople(text).find((p) => p.name === "Donald Trump")?.mentions).toHaveLength(2);
  });

  it("keeps a given name the lists lack before a surname the text shares ('Teodor Marsh' beside 'Jane Marsh')", () => {
    expect(names("Jane Marsh chairs the board. Teodor Marsh spoke first, and his wife agreed. Marsh said no.")).toEqual(["Jane Marsh", "Teodor Marsh"]);
  });
});
