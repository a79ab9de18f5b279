import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** One person given by hand, every whole-word occurrence of `form` a mention. */
function one(text: string, name: string, form: string): Person[] {
  const mentions: { start: number; end: number }[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  return [{ id: "p1", name, aliases: [form], role: null, mentions }];
}
const cueOf = (text: string, people: Person[]) => findQuotes(text, people).map((q) => ({ speaker: q.speaker, cue: q.cue && text.slice(q.cue.start, q.cue.end) }));

describe("a described speaker with a modifier before the verb", () => {
  it("gives the quote to the official a relative clause follows, not to the name before it", () => {
    const text = "Intro.\nAlthough there is no such overlap with Sanders's team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, \"Certainly there are discussions between the two camps.\"";
    expect(cueOf(text, one(text, "Bernie Sanders", "Sanders"))).toEqual([{ speaker: null, cue: "a White House official" }]);
  });

  it("gives the quote to the source, not to the outlet it spoke to", () => {
    const text = "Intro.\nAnother intelligence source speaking to Fox News said, “The agents are investigating the donations.”";
    expect(cueOf(text, [])).toEqual([{ speaker: null, cue: "Another intelligence source" }]);
  });
});

describe("an appositive ending on an adverb or a word in -ly", () => {
  it("gives the quote to the adviser whose clause ends on 'candidly', not to the name inside the description", () => {
    const text = "Intro.\nA Warren adviser, who spoke on the condition of anonymity to speak candidly, said of the senator, \"She takes the threat very seriously.\"";
    expect(cueOf(text, one(text, "Elizabeth Warren", "Warren"))).toEqual([{ speaker: null, cue: "A Warren adviser" }]);
  });

  it("gives the quote to the named ally, not to the person the appositive ends on", () => {
    const text = "Intro.\nMaria Lopez spoke first. Tom Beruff, a Lopez ally, called the standards \"strong.\"";
    const people: Person[] = [
      { id: "p1", name: "Maria Lopez", aliases: ["Lopez"], role: null, mentions: [{ start: 7, end: 18 }, { start: text.indexOf("Lopez ally"), end: text.indexOf("Lopez ally") + 5 }] },
      { id: "p2", name: "Tom Beruff", aliases: ["Beruff"], role: null, mentions: [{ start: text.indexOf("Tom Beruff"), end: text.indexOf("Tom Beruff") + 10 }] },
    ];
    expect(cueOf(text, people)).toEqual([{ speaker: "p2", cue: "Tom Beruff" }]);
  });
});

describe("a described subject opening the sentence of 'adding:'", () => {
  it("gives the quote to the spokesman, not to the name in the object of his verb", () => {
    const text = "Intro.\nThe spokesman refused to answer questions on who Cameron would like to see win but said no meeting was planned, adding: “If one is proposed we will consider it.”";
    expect(cueOf(text, one(text, "David Cameron", "Cameron"))).toEqual([{ speaker: null, cue: "The spokesman" }]);
  });
});
