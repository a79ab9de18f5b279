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
