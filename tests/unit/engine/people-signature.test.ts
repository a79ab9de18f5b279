import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

// a line that is a dash and a name, under a poem, a quotation or a letter, signs it: the name is a
// person's though nothing else in the text says so (and a Title Case line is no heading then)
describe("findPeople: a dash signature line names a person", () => {
  it("reads the name under a poem, with the poem's title after a comma", () => {
    const poem = "Walk slowly through the dormant garden.\nSay only, thank you.\n—Ross Gay, Thank You\n\nIt can be hard to stay hopeful these days.";
    expect(names(poem)).toEqual(["Ross Gay"]);
  });

  it("reads the name under a quotation, with the book after a comma, and a hyphen's signature under a blurb", () => {
    const quote = "“Staying alive requires livable collaborations. Without them, we all die.”\n— Anna Tsing, The Mushroom at the End of the World\n\nA new way forward.";
    expect(names(quote)).toEqual(["Anna Tsing"]);
    const blurb = "“A rare book that will change how you spend your mornings.”\n-Ryan Holiday, bestselling author of The Obstacle\n\n“Read it twice.”";
    expect(names(blurb)).toEqual(["Ryan Holiday"]);
  });

  it("reads no name in a list of dash lines, nor under a heading", () => {
    const list = "Where to eat tonight.\n- Pie Junkie\n- Hurt Donuts\n- Empire Slice House\n\nAll are open late.";
    expect(names(list)).toEqual([]);
    const one = "Where to eat\n- Roxy Palace\n\nOpen late.";
    expect(names(one)).toEqual([]);
  });
});
