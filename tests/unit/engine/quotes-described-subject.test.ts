import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import { cast } from "./quotes-cast";

const cueOf = (text: string, people = cast(text, [["Tom Berg", null, ["Tom Berg", "Berg"]]])) =>
  findQuotes(text, people).map((q) => ({ speaker: q.speaker, cue: q.cue && text.slice(q.cue.start, q.cue.end) }));

describe("a described subject opening the sentence of a quote no reporting verb introduces", () => {
  it("gives the quote to the board, the poll or the new mayor, not to the name in the predicate", () => {
    const text = "Intro.\nThe board saw Tom Berg, then 51, as the man to lead the \"sleepy old giant\" into a new century.";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "The board" }]);
    const poll = "Intro.\nThe state poll also finds that Tom Berg is \"not trusted\" by most voters.";
    expect(cueOf(poll)).toEqual([{ speaker: null, cue: "The state poll" }]);
    const mayor = "Intro.\nThe city's new mayor on Monday turned down Tom Berg's offer of a special \"exemption\" from the rule.";
    expect(cueOf(mayor)).toEqual([{ speaker: null, cue: "The city's new mayor" }]);
  });

  it("keeps the name when the subject is a thing that says nothing", () => {
    const text = "Intro.\nThe worries voiced by donors go well beyond Tom Berg's promise to stay \"neutral\" in the talks.";
    expect(cueOf(text)).toEqual([{ speaker: "p1", cue: "Tom Berg" }]);
  });

  it("keeps the name a relative clause follows, who may be the one speaking", () => {
    const text = "Intro.\nThe senator was campaigning for a teacher named Tom Berg, who worked the room, praising \"the best schools in the state.\"";
    expect(cueOf(text)).toEqual([{ speaker: "p1", cue: "Tom Berg" }]);
  });
});

describe("a described subject opening the sentence of ', arguing'", () => {
  it("gives the quote to the committee, not to the name its clause is about", () => {
    const text = "Intro.\nThe committee has long opposed Tom Berg, arguing he is \"unfit for any office.\"";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "The committee" }]);
  });
});

describe("a described subject before a clause set off that ends on a name", () => {
  it("gives the quote to the delegate or the letter, not to the name closing the clause", () => {
    const text = "Intro.\nThe veteran delegate, who backs Berg, warned of a \"bitter\" fight ahead at the convention.";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "The veteran delegate" }]);
    const letter = "Intro.\nThe letter, sent to an aide and forwarded to Berg, called it \"vital\" that he answer soon.";
    expect(cueOf(letter)).toEqual([{ speaker: null, cue: "The letter" }]);
  });

  it("still gives the quote to a name that is the whole appositive", () => {
    const text = "Intro.\nHis lawyer, Tom Berg, called the charges \"baseless.\"";
    expect(cueOf(text)).toEqual([{ speaker: "p1", cue: "Tom Berg" }]);
  });
});

describe("a described subject the phrase reading stopped at a preposition before", () => {
  it("gives the quote to the subject of an 'after' clause, not to the sentence's first name", () => {
    const text = "Intro.\nTom Berg hit back on Sunday after the union leader had said on Friday that he was \"a menace\" to workers.";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "the union leader" }]);
    // (a thing in such a clause says nothing: the name after it speaks)
    const thing = "Intro.\nLater, after the town meeting ended, Tom Berg said the plan was \"not good.\"";
    expect(cueOf(thing)).toEqual([{ speaker: "p1", cue: "Tom Berg" }]);
  });

  it("gives the quote to a writing whose modifier names someone, the modifier kept", () => {
    const text = "Intro.\nA memo on the Berg campaign's website states that the plan covers workers only if they are \"employed full time,\" a rule that excludes many.";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "A memo on the Berg campaign's website" }]);
  });
});

describe("a writing opening the sentence as the subject of a verb of finding", () => {
  it("gives the quote to the whole report, not to the body named inside it", () => {
    const text = "Intro.\nA Federal Trade Commission report released last year found that the firm could not account for \"millions in fees\" it had charged.";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "A Federal Trade Commission report released last year" }]);
    const bare = "Intro.\nA 2012 Senate Finance Committee report found \"no sign of fraud\" in the accounts.";
    expect(cueOf(bare)).toEqual([{ speaker: null, cue: "A 2012 Senate Finance Committee report" }]);
  });

  it("leaves the words to someone a reporting verb after it names", () => {
    const text = "Intro.\nA Federal Trade Commission report found that Tom Berg said the fees were \"fair.\"";
    expect(cueOf(text)).toEqual([{ speaker: "p1", cue: "Tom Berg" }]);
  });
});

describe("a writing with a clause set off by commas before its verb", () => {
  it("gives the quote to the writing past a 'which' clause", () => {
    const text = "Intro.\nOne League for Reform ad, which is now airing, argues that \"only Tom Berg can win this race.\"";
    expect(cueOf(text)).toEqual([{ speaker: null, cue: "One League for Reform ad" }]);
  });

  it("gives the quote to the writing past a quoted title, not to the name after its verb", () => {
    const text = "Intro.\nThe ad, titled \"Builder?\", concludes that Tom Berg is too \"reckless\" to be mayor.";
    expect(cueOf(text)).toContainEqual({ speaker: null, cue: "The ad" });
  });
});
