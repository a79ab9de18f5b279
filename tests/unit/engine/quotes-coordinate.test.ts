import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** A person given by hand, every occurrence of `form` a mention. */
function person(text: string, id: string, name: string, form: string): Person {
  const mentions: { start: number; end: number }[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  return { id, name, aliases: [form], role: null, mentions };
}
const speakers = (text: string, people: Person[]) => findQuotes(text, people).map((q) => q.speaker);

describe("a quote in a clause joined by a comma and a conjunction", () => {
  it("goes to the joined clause's own speaker, not to the first clause's", () => {
    const text = "Intro.\nDunlop said the budget was sound, but Alvarez said the \"stopgap loans\" would run out in June.";
    expect(speakers(text, [person(text, "p1", "Ray Dunlop", "Dunlop"), person(text, "p2", "Ana Alvarez", "Alvarez")])).toEqual(["p2"]);
  });

  it("also after a first clause whose subject is no one the page names", () => {
    const text = "Intro.\nThe county has warned for months that the fund is nearly empty, and Alvarez said the \"stopgap loans\" would run out in June.";
    expect(speakers(text, [person(text, "p2", "Ana Alvarez", "Alvarez")])).toEqual(["p2"]);
  });
});

describe("a quote in a clause set off by a dash", () => {
  it("goes to the dashed clause's own speaker, not to the sentence's first", () => {
    const text = "Intro.\nDunlop urged the council to act on the deficit -- a gap the Alvarez aide said would \"swallow the parks budget\" by June.";
    const cues = findQuotes(text, [person(text, "p1", "Ray Dunlop", "Dunlop")]).map((q) => q.cue && text.slice(q.cue.start, q.cue.end));
    expect(cues).toEqual(["the Alvarez aide"]);
  });
});

describe("quotes listed with 'and' are the words of one verb", () => {
  const cues = (text: string, people: Person[]) => findQuotes(text, people).map((q) => [q.text, q.cue && text.slice(q.cue.start, q.cue.end)]);

  it("gives the second of 'calling him a “…” and “…”' the first one's speaker, not the next clause's", () => {
    const text = "Intro.\nHale hammered the mayor, calling him a “train wreck” and “outsourcer in chief,” and contrasted his rival, whom he described as “volatile,” with the governor.";
    const got = cues(text, [person(text, "p1", "Victor Hale", "Hale")]);
    expect(got.slice(0, 2)).toEqual([
      ["train wreck", "Hale"],
      ["outsourcer in chief,", "Hale"],
    ]);
  });

  it("leaves a cue set right after the later quote, which reports the whole sentence", () => {
    const text = "Intro.\nHale called the plan “reckless” and “cruel,” Boyle said.";
    const got = cues(text, [person(text, "p1", "Victor Hale", "Hale"), person(text, "p2", "Mark Boyle", "Boyle")]);
    expect(got[1]).toEqual(["cruel,", "Boyle"]);
  });
});
