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

describe("names of shows, plays and organisations in marks", () => {
  it("takes a show's title opening a paragraph before 'host' as a title", () => {
    const text = "Intro line.\n“Daily Show” host Trevor Noah went after him on Tuesday. “He is wrong,” Noah said.";
    expect(quoted(text)).toEqual(["He is wrong,"]);
  });

  it("takes one capitalised word after 'play,' as the play's title", () => {
    const text = "Intro line.\nShe won praise for the hit Broadway play, “Eclipsed.” “It was a gift,” she said.";
    expect(quoted(text)).toEqual(["It was a gift,"]);
  });

  it("takes a title-cased name ending on PAC or Project as an organisation, unless someone dubbed it so", () => {
    const text = "Intro line.\nThe group has now become the “Defeat Crooked Hillary PAC,” run by a pollster. A second will informally be dubbed the “Stop Her Now PAC” and take donors.";
    expect(quoted(text)).toEqual(["Stop Her Now PAC"]);
  });
});
