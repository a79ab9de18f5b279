import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented ship and people: a ship named after a person has a person's name, and a vessel's noun
// right before it.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a ship named after a person", () => {
  it("leaves out a carrier's name and keeps the people", () => {
    const text = [
      "U.S. officials said 70 fighter planes, including 79 on the aircraft carrier Harlan Brewster, were already in the Gulf.",
      "The Harlan Brewster leads a battle group of seven ships.",
      "Defence Secretary Ann Whitlow said the ships would stay.",
    ].join("\n");
    expect(names(text)).toEqual(["Ann Whitlow"]);
  });
});
