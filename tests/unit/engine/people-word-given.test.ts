import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented surnames. A given name that is also a modal or a month opens the sentence, where its
// capital says nothing; what follows the name (an age, an appositive with a person's noun, a
// speech verb) shows it to be the given name.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("given names that are words of English", () => {
  it("keeps a modal that opens the sentence as the given name before an appositive and a speech verb", () => {
    expect(names("The school stayed shut on Monday. Will Dorrance, a teacher at the school, said parents were told late.")).toEqual(["Will Dorrance"]);
  });

  it("reads a month before a surname as the given name when an age follows, not after a date's preposition", () => {
    expect(names("The ward was full again. May Quillon, 34, said she waited six hours.")).toEqual(["May Quillon"]);
    expect(names("The council met twice. In May Quillon, 34, was elected its chair.")).toEqual(["Quillon"]);
  });

  it("finds a given name and a surname the tagger left out, on the strength of a spokeswoman's appositive", () => {
    const text = "Delegates were told to expect searches at the gates.\n\nApril Varsenne, a spokeswoman for the convention, said in a statement that the security team would work with the police.";
    expect(names(text)).toEqual(["April Varsenne"]);
  });
});
