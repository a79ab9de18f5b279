import { describe, expect, it } from "vitest";
import { groupMentions } from "../../../src/engine/people";
import type { Mention } from "../../../src/engine/people/mention";

/** Every place `name` stands in `text`, as the finder would hand it to the grouping. */
function mentionsOf(text: string, name: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, words: name.split(" "), titled: false });
  return out;
}

describe("groupMentions: a given name the text uses as a word", () => {
  it("drops a name whose given name and other words the text writes in lower case apart, and keeps one a person's cue introduces", () => {
    const text =
      "Types of apps\n\nWeb Apps run in a browser on any device.\n\nWeb Apps\n\nMost teams now build for the web first. Native apps need an install, and hybrid apps mix both. Progressive Web Apps (PWAs) load fast.\n\nRose Garner, a teacher, said the class would build one. A rose will garner praise. Garner said more later.";
    const people = groupMentions(text, [...mentionsOf(text, "Web Apps"), ...mentionsOf(text, "Rose Garner")]).map((p) => p.name);
    expect(people).toEqual(["Rose Garner"]);
  });
});
