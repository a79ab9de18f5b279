import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";
import { cast } from "./quotes-cast";

const speakers = (text: string, people: Person[]) => {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null]);
};
const two: [string, null, string[]][] = [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]];

describe("the subject of the sentence that names a thing in marks", () => {
  it("is the name after a word for a job, whatever the job", () => {
    const text = "The county met on Friday.\n\nCampaign chair Victor Hale dismissed the whole complaint as “absurd and baseless.”";
    expect(speakers(text, cast(text, two))).toEqual([["absurd and baseless.", "Victor Hale"]]);
  });

  it("is found after a long scene set before it, relative clause and all", () => {
    const text = "The county met on Friday.\n\nSpeaking to a radio show run by Ana Ruiz on Monday in Springfield, which is set to host the state's second nomination contest on Tuesday, Hale referred to the mayor as “a bright, charismatic leader.”";
    expect(speakers(text, cast(text, two))).toEqual([["a bright, charismatic leader.", "Victor Hale"]]);
  });

  it("is whoever portrays someone in the quoted words, not the sentence's first subject", () => {
    const text = "The letter reached Ana Ruiz on Friday, and in it Victor Hale portrayed the mayor as “a danger to every farmer.”";
    expect(speakers(text, cast(text, two))).toEqual([["a danger to every farmer.", "Victor Hale"]]);
  });

  it("is the pronoun after a few words set off before it, not the capitalised word opening them", () => {
    const text = "Ana Ruiz spoke first. Eight years ago, she backed Victor Hale and said, “Hale has never done a thing for us.”";
    expect(speakers(text, cast(text, two))).toEqual([["Hale has never done a thing for us.", "Ana Ruiz"]]);
  });

  it("is not read from a sentence in brackets before it", () => {
    const text = "Ana Ruiz did not speak. (She says she would have cried.) The speakers who stood up for her son included Victor Hale, who called him “a true hero.”";
    expect(speakers(text, cast(text, two))).toEqual([["a true hero.", "Victor Hale"]]);
  });
});
