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

describe("a cue naming nobody that runs over a comma or a colon", () => {
  const cueWords = (text: string) => findQuotes(text, []).map((q) => q.cue && text.slice(q.cue.start, q.cue.end));

  it("keeps the subject after a phrase setting the scene, or before an adverb set off", () => {
    expect(cueWords("Intro.\nIn February, Hurun said that the city was the new \"billionaire capital of the world\" and more.")).toEqual(["Hurun"]);
    expect(cueWords("Intro.\nThe two lawmakers, however, argue that “there is precedent for prosecution,” citing a case.")).toEqual(["two lawmakers"]);
    // (adjectives in a row before the head noun stay one phrase)
    expect(cueWords("Intro.\nThe snarky, anti-union headline reads: “Repeat after me: the strike is over.”")).toEqual(["The snarky, anti-union headline"]);
  });

  it("gives no cue where neither side is a subject", () => {
    expect(cueWords("Intro.\nLet’s do this: Step #1: Determine your starting point Step #2: “What exercises should I do to lose weight?”")).toEqual([null]);
    expect(cueWords("Intro.\nThen came another, more sympathetic tweet about the flood, followed by one in which he took credit for \"being right on the levees.\"")).toEqual([null]);
  });
});
