import { describe, expect, it } from "vitest";
import { cast, HALE_AND_RUIZ, quoteSpeakers } from "./quotes-cast";

const speakers = quoteSpeakers;
const two = HALE_AND_RUIZ;

// the words a reporting verb's "that" introduces are that verb's subject's, the verb nearest the
// "that", not the first reporting verb of the sentence
describe("a quote after 'that', with an earlier reporting verb in the sentence", () => {
  it("gives the quote to the subject of the verb whose 'that' introduces it ('Hale tweeted after Ruiz argued … that “…”')", () => {
    const text = "Bailout\n\n“It is misleading,” Victor Hale tweeted after Ana Ruiz argued for the second debate in a row that “every plant would have closed without the loan.”";
    expect(speakers(text, cast(text, two))).toEqual([
      ["It is misleading,", "Victor Hale", "Victor Hale"],
      ["every plant would have closed without the loan.", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });

  it("keeps the name as the cue when the nearer verb's subject is a pronoun for the same speaker", () => {
    const text = "Rally\n\nVictor Hale, head of the union, said he hopes the rally sends a message that “parents are standing up for their schools.”";
    expect(speakers(text, cast(text, two))).toEqual([["parents are standing up for their schools.", "Victor Hale", "Victor Hale"]]);
  });

  it("keeps the main verb's subject when the nearest verb's clause is cut off by a comma", () => {
    const text = "Bailout\n\nVictor Hale, who argued with Ana Ruiz all week, said on Friday that “the loan saved the plant.”";
    expect(speakers(text, cast(text, two)).map((r) => r[1])).toEqual(["Victor Hale"]);
  });
});
