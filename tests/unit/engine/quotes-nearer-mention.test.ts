import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";
import { cast } from "./quotes-cast";

// the cue's words and where they stand, with the speaker's name: the cue is what a reader of the
// analysis sees highlighted as naming the speaker
const cues = (text: string, people: Person[]) => {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null, q.cue ? text.slice(q.cue.start, q.cue.end) : null, q.cue?.start ?? null]);
};
const men: [string, null, string[]][] = [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Mark Boyle", null, ["Mark Boyle", "Boyle"]]];

describe("the speaker named again nearer the quote is its cue", () => {
  it("takes the name of the sentence right before a quote standing alone, not one two paragraphs back", () => {
    const text = "Plan Two\nInstead, Victor Hale told reporters his plan would simply be “to fix it” if he wins.\n\nWhat “fix it” means is left open, since Hale spoke only in broad strokes during the interview.\n\n“We have to be a lot tougher with them.”";
    const near = text.lastIndexOf("Hale spoke");
    expect(cues(text, cast(text, men)).at(-1)).toEqual(["We have to be a lot tougher with them.", "Victor Hale", "Hale", near]);
  });

  it("takes the pronoun of the clause whose verb names the quote ('which he declared')", () => {
    const text = "Talks\nVictor Hale spoke on Monday. He declared that as long as the council stayed split, Mark Boyle would win, which he declared “a total disaster” for the town.";
    const near = text.indexOf("he declared “");
    expect(cues(text, cast(text, men))).toEqual([["a total disaster", "Victor Hale", "he", near]]);
  });

  it("takes the pronoun of a report set off by commas ('He believes, he said, that')", () => {
    const text = "Talks\nVictor Hale backs the plan. He sincerely believes, he said, that “Mark Boyle is a really good guy.”";
    const near = text.indexOf("he said");
    expect(cues(text, cast(text, men))).toEqual([["Mark Boyle is a really good guy.", "Victor Hale", "he", near]]);
  });

  it("keeps the reporting verb's subject over a pronoun in what it reports ('He said he was')", () => {
    const text = "Talks\nVictor Hale backs the plan. He said he was “deeply worried” about the vote.";
    expect(cues(text, cast(text, men))).toEqual([["deeply worried", "Victor Hale", "He", text.indexOf("He said")]]);
  });

  it("never takes a pronoun inside a quotation", () => {
    const text = "Talks\nVictor Hale spoke first. “Okay,” he said. “When he called, I came at once.”\n\n“It was a terrifying thing to leave.”";
    expect(cues(text, cast(text, men)).at(-1)).toEqual(["It was a terrifying thing to leave.", "Victor Hale", "he", text.indexOf("he said")]);
  });
});
