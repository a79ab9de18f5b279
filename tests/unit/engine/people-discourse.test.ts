import { describe, expect, it } from "vitest";
import { groupMentions } from "../../../src/engine/people";
import type { Mention } from "../../../src/engine/people/mention";

/** Every place `name` stands in `text`, as the finder would hand it to the grouping. */
function mentionsOf(text: string, name: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, words: name.split(" "), titled: false });
  return out;
}

describe("groupMentions: a sentence adverb is nobody's name", () => {
  it("drops 'Later' and 'Eventually' that open a sentence before a list of people, and keeps the people listed", () => {
    const text =
      "The festival opened on Friday.\n\nLater, Jack Wendt and Meg Wendt played for an hour while the crowd sang.\n\nEventually, Karen Orzo and Nick Zann came back. Later, Karen Orzo and Nick Zann left.";
    const found = ["Later", "Eventually", "Jack Wendt", "Meg Wendt", "Karen Orzo", "Nick Zann"].flatMap((n) => mentionsOf(text, n));
    expect(groupMentions(text, found).map((p) => p.name)).toEqual(["Jack Wendt", "Meg Wendt", "Karen Orzo", "Nick Zann"]);
  });

  it("keeps a surname that English also writes as a word when the dictionary gives it a capital ('Young', 'Strong')", () => {
    const text = "Coach Dana Strong said the team was ready. Strong, 44, has led it since 2019. Ava Young scored twice; Young said the pitch was heavy.";
    const found = ["Dana Strong", "Strong", "Ava Young", "Young"].flatMap((n) => mentionsOf(text, n)).filter((m, i, all) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    expect(groupMentions(text, found).map((p) => p.name)).toEqual(["Dana Strong", "Ava Young"]);
  });
});
