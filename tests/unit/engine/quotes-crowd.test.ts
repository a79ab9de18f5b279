import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** A person given by hand, every occurrence of `form` a mention. */
function person(text: string, id: string, name: string, form: string): Person {
  const mentions: { start: number; end: number }[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  return { id, name, aliases: [form], role: null, mentions };
}
const who = (text: string, people: Person[]) => findQuotes(text, people).map((q) => ({ speaker: q.speaker, cue: q.cue && text.slice(q.cue.start, q.cue.end) }));

describe("a crowd crying out the quote", () => {
  it("gives the chant to the protesters who gathered, not to the candidate the sentence opens on", () => {
    const text = "Intro.\nMaria Lopez spoke near the old mill, where about 40 strikers had gathered since dawn, chanting \"fair pay now\" as she arrived.";
    expect(who(text, [person(text, "p1", "Maria Lopez", "Maria Lopez")])).toEqual([{ speaker: null, cue: "about 40 strikers" }]);
  });

  it("reads a name before the crowd as whose crowd it is", () => {
    const text = "Intro.\nThe trouble began at the college, when Lopez supporters interrupted the mayor, shouting \"our town, our vote!\"";
    expect(who(text, [person(text, "p1", "Maria Lopez", "Lopez")])).toEqual([{ speaker: null, cue: "Lopez supporters" }]);
  });

  it("gives a chant named right before the words to the crowd, not to the one who roused it", () => {
    const text = "Intro.\nCasting herself as the judge, Ms. Lopez roused the crowd to loud chants of \"send him home!\" before she left.";
    expect(who(text, [person(text, "p1", "Maria Lopez", "Lopez")])).toEqual([{ speaker: null, cue: "the crowd" }]);
  });

  it("gives the chant to the crowd that takes it up, not to the speaker it answers", () => {
    const text = "Intro.\nJeers rang out when Lopez named her rival, and at one point the crowd loudly took up the old chant \"vote him out!\" once more.";
    expect(who(text, [person(text, "p1", "Maria Lopez", "Lopez")])).toEqual([{ speaker: null, cue: "the crowd" }]);
  });
});
