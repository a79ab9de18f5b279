import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a shop's colours and finishes are no people", () => {
  it("reads a colour with a finish, a material or a shade's word ('Charcoal Grey', 'Basecamp Orange', 'Black Swirl') as a colour", () => {
    const shirt = "Crest T-Shirt\n\nregular fit\n\nCharcoal Grey\n\n$22\n\nPower Tank\n\noversized fit\n\nAsphalt Grey\n\n$30\n\nLoop Hoodie\n\nrelaxed fit\n\nGrey Marl\n\n$48";
    expect(names(shirt)).toEqual([]);
    const knife = "Finish:\n\nStonewashed Titanium\n\nBasecamp Orange\n\nBurnt Orange\n\nGold Horizon\n\nSpace Black";
    expect(names(knife)).toEqual([]);
    const wrap = "Add Gift Wrapping? (+$5)\n\nNone\nRetro Floral ($ 5.00)\nBlack Swirl ($ 5.00)\n\nYou'll love the shimmering stone.";
    expect(names(wrap)).toEqual([]);
  });

  it("reads a shade's word before a colour ('Matte Black', 'Sky Blue', 'Royal Blue') as a colour, with no person's cue", () => {
    const wallet = "Wallet Parts\n\nMatte Olive\n\n6061 aluminium, anodized\n\nMatte Black\n\n6061 aluminium, anodized\n\nBurnt Titanium";
    expect(names(wallet)).toEqual([]);
    const laptop = "Laptop Air, 13-inch, 10-core CPU, Sky Blue, 24GB memory\nLaptop Air, 15-inch, 10-core CPU, Royal Blue, 16GB memory";
    expect(names(laptop)).toEqual([]);
  });

  it("keeps a given name before a colour that is also a surname ('Sky Brown')", () => {
    expect(names("Sky Brown won bronze in the park final. Brown said she was thrilled.")).toEqual(["Sky Brown"]);
  });

  it("keeps a person named with a colour: after a given name, or a name the lists lack in a team sheet", () => {
    expect(names("Sara White, a nurse in Leeds, said the ward was full.")).toEqual(["Sara White"]);
    expect(names("New Zealand: 15 - Glen Osborne, 14 - Jeff Wilson, 3 - Olo Brown, 2 - Sean Fitzpatrick (captain), 1 - Craig Dowd.")).toContain("Olo Brown");
  });
});
