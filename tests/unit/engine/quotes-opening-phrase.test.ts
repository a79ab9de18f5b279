import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** A person given by hand, every occurrence of `form` a mention. */
function person(text: string, id: string, name: string, form: string): Person {
  const mentions: { start: number; end: number }[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  return { id, name, aliases: [form], role: null, mentions };
}
const cues = (text: string, people: Person[]) => findQuotes(text, people).map((q) => q.cue && text.slice(q.cue.start, q.cue.end));

describe("a phrase opening the sentence on a preposition", () => {
  it("reads a plural after it as a noun, not as the reporting verb of a speaker", () => {
    const text = "Intro.\nAlongside NAACP calls for reform, even a veteran county strategist said Lopez must pick a side, saying, \"Sooner or later she has to come down somewhere on this.\"";
    expect(cues(text, [person(text, "p1", "Maria Lopez", "Lopez")])).toEqual(["a veteran county strategist"]);
  });

  it("keeps the preposition out of the name of who reported it", () => {
    const text = "Intro.\nAs Harbor Radio reported, even on Friday the council was refusing to call the closure a \"permanent decision\" of any kind.";
    expect(cues(text, [])).toEqual(["Harbor Radio"]);
  });
});
