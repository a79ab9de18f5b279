import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import { cast, quoteSpeakers } from "./quotes-cast";

const speakers = quoteSpeakers;
const men: [string, null, string[]][] = [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Mark Boyle", null, ["Mark Boyle", "Boyle"]], ["Mary Lund", null, ["Mary Lund", "Lund"]]];

// reporting verbs whose past doubles its last consonant ("dubbed", "slammed", "concurred") are
// reporting verbs like "said": before, only "dubed", "slamed", "concured" were listed
describe("reporting verbs that double their last consonant", () => {
  it("gives a quote to whoever 'concurred' after it", () => {
    const text = "Talks\nVictor Hale said the vote had been close. “It is a fair deal for the town,” Mark Boyle concurred.";
    expect(speakers(text, cast(text, men)).at(-1)).toEqual(["It is a fair deal for the town,", "Mark Boyle", "Mark Boyle"]);
  });

  it("gives a name 'he dubbed' to the one who dubbed it, at the clause that dubs it", () => {
    const text = "Talks\nVictor Hale spoke on Monday. But he also could not resist taking swipes at Mary Lund, whom he dubbed “the little mayor.”";
    expect(speakers(text, cast(text, men))).toEqual([["the little mayor.", "Victor Hale", "he"]]);
    const cue = findQuotes(text, cast(text, men))[0]!.cue!;
    expect(cue.start).toBe(text.indexOf("he dubbed"));
  });

  it("reads 'slammed' as a reporting verb after the quote", () => {
    const text = "Talks\nVictor Hale said the plan would pass. “That plan is a disaster,” Mark Boyle slammed back at him on Friday.";
    expect(speakers(text, cast(text, men)).at(-1)).toEqual(["That plan is a disaster,", "Mark Boyle", "Mark Boyle"]);
  });
});
