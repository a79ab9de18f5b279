import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import { cast, HALE_AND_RUIZ, quoteSpeakers } from "./quotes-cast";

const speakers = quoteSpeakers;
const two = HALE_AND_RUIZ;

// "said X" after a quote is the inverted cue only when X ends there: words running on into a
// finite verb are the subject of the clause "said" reports, and the speaker is the sentence's
describe("'said' after a quote, then the subject of a clause it reports", () => {
  it("gives the quote to the sentence's subject, not to the clause's ('said the candidate could win')", () => {
    const text = "Talks\n\nVictor Hale, citing “the unique magic of the mayor,” said the candidate could be competitive in three states.";
    expect(speakers(text, cast(text, two))).toEqual([["the unique magic of the mayor,", "Victor Hale", "Victor Hale"]]);
  });

  it("reads 'said the firm reported' as a report of the firm's report, not the firm speaking", () => {
    const text = "Talks\n\nAna Ruiz, pointing to a “record quarter,” said the firm reported higher sales in May.";
    expect(speakers(text, cast(text, two))).toEqual([["record quarter,", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("still reads the inverted 'said X' whose phrase ends on a comma, a preposition or 'who'", () => {
    const text = "Talks\n\n“We will win this state,” said Victor Hale, who has run twice. “It is ours,” said Ana Ruiz of the farm bureau.";
    expect(speakers(text, cast(text, two))).toEqual([
      ["We will win this state,", "Victor Hale", "Victor Hale"],
      ["It is ours,", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });

  it("still reads 'said the woman accused of fraud' as the woman speaking", () => {
    const text = "Talks\n\n“I did nothing wrong,” said the woman accused of fraud in the case.";
    expect(speakers(text, cast(text, two))).toEqual([["I did nothing wrong,", null, "the woman accused of fraud in the case"]]);
  });
});

// "went on" closing its clause after a quote reports it, as "continued" does
describe("'X went on' after a quote", () => {
  it("gives the quote to the name before 'went on', not to the last speaker", () => {
    const text = "Talks\n\nAna Ruiz asked him about the vote: “Can it happen again?”\n\n“You know, it happens, right?” Victor Hale went on, as if he had not heard her.";
    expect(speakers(text, cast(text, two)).at(-1)).toEqual(["You know, it happens, right?", "Victor Hale", "Victor Hale"]);
  });

  it("gives the quote to the pronoun before 'went on.'", () => {
    const text = "Talks\n\nAna Ruiz pointed to the times Victor Hale had laid out a plan.\n\n“And it is a bit worrying to me because it would end the programs,” she went on.";
    expect(speakers(text, cast(text, two))).toEqual([["And it is a bit worrying to me because it would end the programs,", "Ana Ruiz", "she"]]);
  });

  it("reads no cue in 'went on to' after a quote that closed its sentence", () => {
    const text = "Talks\n\nAna Ruiz spoke first. “We will win.” Victor Hale went on to praise the farmers.";
    expect(speakers(text, cast(text, two))).toEqual([["We will win.", "Ana Ruiz", "Ana Ruiz"]]);
  });
});

// "He added, “…”" after a quote that closed its sentence opens a new report: the quote before it
// goes on with the turn before, however many spaces stand between the comma and the mark (an
// archive's '' marks are read as a space and a mark: "added,  "")
describe("a quote between 'he said.' and 'He added, “…”'", () => {
  it("keeps the earlier 'he' as its cue with two apostrophes for marks, as with straight ones", () => {
    const one = [["Victor Hale", null, ["Victor Hale", "Hale"]]] as [string, null, string[]][];
    for (const [open, close] of [["''", "''"], ['"', '"'], ["“", "”"]]) {
      const text = `Talks\n\nVictor Hale spoke last. ${open}No matter how they put it, the plan is failing,${close} he said in 2012. ${open}The quarrels go on.${close} He added, ${open}And you want us to repeat them?${close}`;
      const q = findQuotes(text, cast(text, one))[1]!;
      expect([q.text, q.speaker, q.cue && text.slice(q.cue.start, q.cue.end), q.cue && q.cue.start < q.start]).toEqual(["The quarrels go on.", "p1", "he", true]);
    }
  });
});

// "X claimed that “…,” Y said …": the quote is what "claimed that" reports, not Y's words
describe("a quote that a reporting verb's 'that' introduces", () => {
  it("belongs to that verb's subject, not to a speaker named after it", () => {
    const text = "Talks\n\nBut even as Victor Hale claimed on Tuesday that “the plan got through with far less,” one of the aides to Ana Ruiz said the two cases were quite different.";
    expect(speakers(text, cast(text, two))).toEqual([["the plan got through with far less,", "Victor Hale", "Victor Hale"]]);
  });
});
