import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a person's cue outweighs the shape of a name", () => {
  it("keeps a name with an ordinary word or a brand's shape when a speech verb or a person's appositive introduces it", () => {
    const text =
      "\"We will win this,\" said Khin Maw Win, an activist and former political prisoner. \"It is a new day,\" said KellyAnne Brodrick, a pollster and strategist. That said, the count goes on. Judicial Watch said the finding raised questions.";
    expect(names(text)).toEqual(["Khin Maw Win", "KellyAnne Brodrick"]);
  });

  it("reads a given name and a place's name given an age as a person", () => {
    const text = "A prisoner escaped from a supervised trip to a zoo, police said.\nTrevor Norway, a 52 year-old with a record, escaped on Friday.";
    expect(findPeople(text).map((p) => p.name)).toEqual(["Trevor Norway"]);
  });
});
