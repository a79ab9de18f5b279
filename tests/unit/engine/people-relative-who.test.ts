import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

// A surname never seen before, used alone in a short text, has no full name elsewhere to lean on;
// ", who" after it is a person's (English says "which" of a thing).
describe("a lone word before ', who' is a person's", () => {
  it("finds the surname a relative clause follows", () => {
    expect(names("Vardakis, who took office last month, has said he plans to cut spending.")).toEqual(["Vardakis"]);
    expect(names("The club fined Quellmoor, who missed two training sessions, a week's wages.")).toEqual(["Quellmoor"]);
  });
  it("every lone use of it in the text, once one has the clause", () => {
    const text = "Brodnik, who crashed in practice on Friday, limped in fourth.\nA late stop cost Brodnik the podium.";
    expect(findPeople(text).map((p) => [p.name, p.mentions.length])).toEqual([["Brodnik", 2]]);
  });
  it("not after an article: the clause goes back to a noun before it", () => {
    expect(names("Friends who lost parents to the Holocaust, who were deported in 1943, came to the opening.")).toEqual([]);
  });
  it("not after 'of' or 'at', where it may go back to the noun before", () => {
    expect(names("That is not enough, said an analyst at Vendermark, who notes that sales fell.")).toEqual([]);
    expect(names("She is the co-producer of Tallowind, who offered to help.")).toEqual([]);
  });
  it("not a place or a firm the lexicon knows", () => {
    expect(names("Germany, who beat Italy on Sunday, lead the group.")).toEqual([]);
  });
});
