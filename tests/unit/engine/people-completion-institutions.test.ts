import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

describe("findPeople: a surname is not spread inside an institution's 'X of Y Z' name", () => {
  it("leaves 'the University of Southern California' and 'the Museum of Southern Art' out of Terry Southern's mentions, and keeps 'on Netflix of Marie Kondo'", () => {
    const text =
      "Terry Southern wrote the script in 1963. Southern later taught at the University of Southern California, and the Museum of Southern Art held his papers.\n\nThe trend grew with the launch on Netflix of Marie Kondo's show. Marie, a Japanese consultant, said tidying sparks joy.";
    const people = findPeople(text);
    const southern = people.find((p) => p.name === "Terry Southern");
    expect(southern?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Terry Southern", "Southern"]);
    expect(people.some((p) => p.mentions.some((m) => text.startsWith("Marie Kondo", m.start)))).toBe(true);
  });
});
