import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** A person given by hand, every whole-word occurrence of each form a mention. */
function person(text: string, id: string, name: string, ...forms: string[]): Person {
  const mentions: { start: number; end: number }[] = [];
  for (const form of forms) for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  return { id, name, aliases: forms, role: null, mentions: mentions.sort((a, b) => a.start - b.start) };
}
const who = (text: string, people: Person[]) => findQuotes(text, people).map((q) => ({ quote: q.text, speaker: q.speaker, cue: q.cue && text.slice(q.cue.start, q.cue.end) }));

describe("a cue closing a sentence after its second quote", () => {
  it("gives the earlier quote with no verb of its own to the one the sentence ends on", () => {
    const text = "Intro.\nThe inquiry found no \"links of any weight\" between the two firms, apart from a \"passing\" acquaintance of their owners, said the agency's chief, Dana Whitfield, on Monday.";
    const out = who(text, [person(text, "p1", "Dana Whitfield", "Dana Whitfield")]);
    expect(out.map((q) => q.speaker)).toEqual(["p1", "p1"]);
  });

  it("passes it back over a run of quotes, to a pronoun as well", () => {
    const text = "Intro.\nMaria Lopez spoke to the board on Friday.\nVoters dislike vague words like “soon,” “later” and “eventually”, she told reporters.";
    const out = who(text, [person(text, "p1", "Maria Lopez", "Maria Lopez")]);
    expect(out.map((q) => [q.quote, q.speaker, q.cue])).toEqual([
      ["soon,", "p1", "she"],
      ["later", "p1", "she"],
      ["eventually", "p1", "she"],
    ]);
  });
});

describe("a quote that closed its sentence takes no cue from the sentence after it", () => {
  it("keeps a turn's later quote with its speaker when the next sentence reports something else", () => {
    const text = "Intro.\n\"We will win the county,\" Jane Porter said. \"We have the volunteers.\" Ohio, she said, was the state that mattered most.\n\nTom Briggs spoke next. \"I agree.\" But, Briggs added, nobody knew the numbers.";
    const out = who(text, [person(text, "p1", "Jane Porter", "Jane Porter"), person(text, "p2", "Tom Briggs", "Tom Briggs", "Briggs")]);
    expect(out.map((q) => [q.quote, q.speaker, q.cue])).toEqual([
      ["We will win the county,", "p1", "Jane Porter"],
      ["We have the volunteers.", "p1", "Jane Porter"],
      ["I agree.", "p2", "Tom Briggs"],
    ]);
  });
});

describe("a pronoun's 'said' that opens a report of its own is no cue for the quote before it", () => {
  it("gives the quote to the turn's speaker when 'He said' goes on to report something else", () => {
    const text = "Intro.\n\"Our roads are falling apart,\" Tom Briggs said. \"Nobody has fixed one in years.\" He said, twice, that he was ready to run again.\n\n\"We have the votes,\" Ana Ruiz said. \"We always did.\" She said on Tuesday.";
    const out = who(text, [person(text, "p1", "Tom Briggs", "Tom Briggs"), person(text, "p2", "Ana Ruiz", "Ana Ruiz")]);
    expect(out.map((q) => [q.quote, q.cue])).toEqual([
      ["Our roads are falling apart,", "Tom Briggs"],
      ["Nobody has fixed one in years.", "Tom Briggs"],
      ["We have the votes,", "Ana Ruiz"],
      ["We always did.", "She"],
    ]);
  });
});
