import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// An invented comparison of insurers: one firm's two-word name is repeated with nothing a person
// gets (no he or she, no title, no speech verb, no age) and with what a thing gets (prices beside
// it, "its"); the person the page quotes is named fewer times.
describe("findPeople: a name repeated with nothing a person gets", () => {
  it("leaves out a firm named often with prices and its, and keeps the person", () => {
    const text = [
      "Best travel insurance for seniors",
      "1. Korvella Brisk - Best for preexisting conditions",
      "2. Travel Shield - Best for cruises",
      "1. Korvella Brisk - Best for preexisting conditions",
      "Korvella Brisk offers help at any hour and a variety of plans for one trip or a whole year.",
      "Pros About Korvella Brisk",
      "Plans from $54 a week",
      "Cons About Korvella Brisk",
      "Up to 30 days for claim reviews",
      "Korvella Brisk also offers cover for rental cars on most plans, at $12 a day, and its annual plan covers every trip of the year.",
      "Marta Quill, a travel agent in Leeds, said families ask for it first. \"It is the one I sell most,\" Quill said.",
    ].join("\n");
    expect(findPeople(text).map((p) => p.name)).toEqual(["Marta Quill"]);
  });
});
