import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented sentences: a preposition, or a participle used as one, opens the sentence and is
// capitalised only for that; the surname after it is the person's, not a longer name's.
describe("findPeople: a word opening the sentence before a surname", () => {
  it("keeps 'Given', 'Following', 'Absent' out of the name and joins the surname to the full name", () => {
    const text = [
      "Senator Ada Marlowe won the primary in Ohio on Tuesday.",
      "Given Marlowe's lead among young voters, the party may unite behind her.",
      "Following Marlowe's win, her rival Tomas Keel conceded.",
      "Absent Keel, the debate next week will be a quiet affair.",
    ].join(" ");
    const people = findPeople(text).map((p) => [p.name, p.mentions.length]);
    expect(people).toEqual([["Ada Marlowe", 3], ["Tomas Keel", 2]]);
  });

  it("leaves a surname used alone after 'Besides' as that surname", () => {
    const text = "Besides Okonkwo, no candidate filed papers before the deadline. Okonkwo said she would run again.";
    expect(findPeople(text).map((p) => [p.name, p.mentions.length])).toEqual([["Okonkwo", 2]]);
  });
});
