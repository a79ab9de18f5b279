import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented names. A story names two relatives; a lone surname goes to the one it is about (named in
// full first and most often), not to the relative named in passing a few sentences before.
const owner = (text: string, at: number) => findPeople(text).find((p) => p.mentions.some((m) => m.start === at))?.name;

const story = [
  "Marta Quellbrook opened her campaign in Dayton on Monday.",
  "Marta Quellbrook told supporters that the plant closures had hurt every family in the valley.",
  "Her brother, Tobias Quellbrook, a teacher, introduced her at the rally.",
  "The hall had filled an hour before the doors were due to open, and the crowd spilled out into the car park while volunteers handed out water and leaflets.",
  "Quellbrook then promised to keep the plants open.",
].join(" ");

describe("a lone surname that several relatives share", () => {
  it("goes to the principal once the relative's full name is sentences behind", () => {
    expect(owner(story, story.lastIndexOf("Quellbrook then"))).toBe("Marta Quellbrook");
  });

  it("goes to the relative named in full just before it", () => {
    const text = story.replace("The hall had filled an hour before the doors were due to open, and the crowd spilled out into the car park while volunteers handed out water and leaflets. ", "");
    expect(owner(text, text.lastIndexOf("Quellbrook then"))).toBe("Tobias Quellbrook");
  });

  it("gives a lone surname after a courtesy title to the relative of that sex", () => {
    const text = [
      "Thomas Quellbrook opened his campaign in Dayton on Monday.",
      "Thomas Quellbrook told supporters that the plant closures had hurt every family in the valley.",
      "His wife, Margaret Quellbrook, a teacher, sat beside him.",
      "Mr. Quellbrook promised to keep the plants open, and Mrs. Quellbrook said she would campaign in every county.",
    ].join(" ");
    expect(owner(text, text.indexOf("Quellbrook said"))).toBe("Margaret Quellbrook");
    expect(owner(text, text.indexOf("Quellbrook promised"))).toBe("Thomas Quellbrook");
  });
});
