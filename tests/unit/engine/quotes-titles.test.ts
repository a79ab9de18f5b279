import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";

// No people: these sentences are about which marks hold speech at all.
const quoted = (text: string) => findQuotes(text, []).map((q) => q.text);

describe("titles of works are not quotations", () => {
  it("takes every title of a list as a title, not only the one after 'in'", () => {
    const text = "Intro line.\nHoward, who had roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers: The Spy Who Shagged Me,” had no such praise for her. “She will win,” he said.";
    expect(quoted(text)).toEqual(["She will win,"]);
  });

  it("takes a title ending on a year as a title", () => {
    const text = "Intro line.\nIn fact, Chatwal was the founder of “Indian Americans for Hillary 2008.” He said it was “a mistake.”";
    expect(quoted(text)).toEqual(["a mistake."]);
  });

  it("takes a title-cased work followed by its author as a title", () => {
    const text = "Intro line.\nAccording to “The Trumps: Three Generations That Built an Empire,” by Gwenda Blair, Donald told his roommate that. “No,” he said.";
    expect(quoted(text)).toEqual(["No,"]);
  });
});
