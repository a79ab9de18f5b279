import { describe, expect, it } from "vitest";
import { cast, HALE_AND_RUIZ, quoteSpeakers } from "./quotes-cast";

const speakers = quoteSpeakers;
const two = HALE_AND_RUIZ;

// words a sign, a shirt, a banner or a slogan shows are the thing's, not whoever holds or wears it
describe("a quote a thing displays", () => {
  it("gives the words on a sign, a shirt, a hat or a banner to the thing, not to the person holding it", () => {
    const text =
      "Rally\n\nVictor Hale held up a sign saying “Teachers for Ruiz.”\n\nAna Ruiz wore a campaign hat reading, “Vote early, vote often.”\n\nA protester was led out by Hale, wearing a T-shirt that read “No more tolls.”\n\nAna Ruiz and her aides marched behind a banner with the words “Fix the roads first.”";
    expect(speakers(text, cast(text, two))).toEqual([
      ["Teachers for Ruiz.", null, "a sign"],
      ["Vote early, vote often.", null, "a campaign hat"],
      ["No more tolls.", null, "a T-shirt"],
      ["Fix the roads first.", null, "a banner"],
    ]);
  });

  it("leaves out a thing's one or two words, as a term no one speaks", () => {
    const text = "Rally\n\nVictor Hale wore a shirt that read “Vote Ruiz.” Ana Ruiz held up a sign saying “Roads before stadiums.”";
    expect(speakers(text, cast(text, two))).toEqual([["Roads before stadiums.", null, "a sign"]]);
  });

  it("gives a thing a named person owns to that person ('Ruiz's slogan')", () => {
    const text = "Rally\n\nVictor Hale shook hands with a man wearing a cap printed with Ana Ruiz's slogan, “Fix the roads first.”";
    expect(speakers(text, cast(text, two)).map((r) => r[1])).toEqual(["Ana Ruiz"]);
  });

  it("keeps the speaker of a sentence that reports the sign, the author of a statement and the one who ran on a slogan", () => {
    const text =
      "Rally\n\nProtest is patriotic, Victor Hale said, whether it is marching or wearing a T-shirt that reads “Fix the roads.”\n\nAna Ruiz issued a statement saying “the count is over.”\n\nVictor Hale ran on the slogan “Roads first.”";
    expect(speakers(text, cast(text, two)).map((r) => r[1])).toEqual(["Victor Hale", "Ana Ruiz", "Victor Hale"]);
  });
});
