import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findQuotes } from "../../../src/engine/quotes";

// Invented sentences. A surname that is also an organisation's or a place's head word ("Band",
// "Guard", "Bank") after a courtesy title is someone's name, not the end of a body's name.
const names = (text: string) => findPeople(text).map((p) => p.name);
const speakers = (text: string) => {
  const people = findPeople(text);
  const byId = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? byId.get(q.speaker) : null]);
};

describe("a courtesy title before a surname that is also a head word", () => {
  it("finds 'Mr. Band' and gives him the quote his 'wrote that' introduces", () => {
    const text = "The emails were released on Friday.\n\nMr. Band wrote that it was ''important to keep the promise.'' Nobody answered him.";
    expect(names(text)).toEqual(["Band"]);
    expect(speakers(text)).toEqual([["important to keep the promise.", "Band"]]);
  });

  it("finds 'Ms. Guard' and 'Mrs. Bank' as people, and gives the quote to the one who said it", () => {
    const text = "The hearing ran late.\n\nMrs. Bank disagreed with the board. Ms. Guard said the plan was “a mistake from the start.”";
    expect(names(text)).toEqual(["Bank", "Guard"]);
    expect(speakers(text)).toEqual([["a mistake from the start.", "Guard"]]);
  });

  it("still reads a head word after a capitalised name word as the body's name", () => {
    const text = "The hearing ran late. The Riverside Band played outside, and Mary Holt said it was “too loud.”";
    expect(names(text)).toEqual(["Mary Holt"]);
  });
});

describe("'Dr.' and a middle initial before a surname that is also a head word", () => {
  it("finds 'Dr. Band' and 'Dr. Bank', read as bodies before", () => {
    expect(names("Dr. Band said the results were encouraging.")).toEqual(["Band"]);
    expect(names("The trial was paused. Dr. Bank, a surgeon, said it would resume.")).toEqual(["Bank"]);
  });

  it("leaves the drink and its firm alone: 'the Dr. Pepper', 'Keurig Dr. Pepper'", () => {
    expect(names("He drank the Dr. Pepper slowly.")).toEqual([]);
    expect(names("Keurig Dr. Pepper reported higher earnings.")).toEqual([]);
  });

  it("finds a given name, an initial and such a surname as a person ('Douglas J. Band')", () => {
    expect(names("The memo was written by Douglas J. Band in 2011.")).toEqual(["Douglas J. Band"]);
    expect(names("Margaret K. Church, a former aide, said the plan was wrong.")).toEqual(["Margaret K. Church"]);
  });

  it("not a firm that goes on into '&' or a legal form", () => {
    expect(names("Shares of Robert W. Baird & Co. rose on Monday.")).toEqual([]);
  });
});
