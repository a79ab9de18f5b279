import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a shop's priced items are products, not people", () => {
  it("reads colours and items each over a price or a stock number as products", () => {
    const text =
      "Men's tops\n\nCritical Drop Arm Tank\nslim fit\nBlack\n$24\n\nStorm Blue\n$36\n\nGraphite Grey\n$30\n\nOnyx Grey\n$28.80\n\nHarbor Cachepot\nSKU: S59404\n$18.00\n\nPemba Cachepot\nSKU: S59405\n$13.00\n\nWrenthorpe Pancheon\nSKU: X59082\n$44.25";
    expect(names(text)).toEqual([]);
  });

  it("keeps a person an item is about ('Julie Newmar 8 x 10 Photograph') and a person with a cue", () => {
    const text =
      "New Listing\nJulie Newmar 8 x 10 Photograph Art Print\n$6.99\nFree shipping\n\nMarisa Tomei #1 Signed Sketch Card\n$7.99\n\nOrla Brennick, 34, runs the stall.\nOrla Brennick\n$5.00";
    expect(names(text)).toEqual(expect.arrayContaining(["Julie Newmar", "Marisa Tomei", "Orla Brennick"]));
  });
});
