import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";

// No people: these sentences are about which words the cue covers.
const cues = (text: string) => findQuotes(text, []).map((q) => [q.text, q.cue ? text.slice(q.cue.start, q.cue.end) : null]);

describe("a reporting word used as a noun ends the cue, not cuts it", () => {
  it("takes 'One tweet said' whole", () => {
    const text = "Intro line.\nThe site filled with grief. One tweet said: “This is very sad.”";
    expect(cues(text)).toEqual([["This is very sad.", "One tweet"]]);
  });

  it("takes 'An early tweet quoted' whole", () => {
    const text = "Intro line.\nThe mayor spoke from the steps of City Hall. An early tweet quoted the mayor as saying “Not again.”";
    expect(cues(text)).toEqual([["Not again.", "An early tweet"]]);
  });

  it("takes 'The agency report said' whole", () => {
    const text = "Intro line.\nThe program began in 2019. The agency report said that the program was “deeply flawed.”";
    expect(cues(text)).toEqual([["deeply flawed.", "The agency report"]]);
  });
});
