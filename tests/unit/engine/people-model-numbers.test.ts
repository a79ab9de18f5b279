import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented review copy. A name beside a model's designation is a product's, a courtesy title in
// it or not ("Mr. Coffee" is a brand of coffee makers).
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("a name beside a model number is a product's", () => {
  it("drops 'Mr. Coffee' named with a model, and the brand's other mentions with it", () => {
    expect(names("Our pick: the Mr. Coffee 12-Cup Drip Coffee Maker. For decades, Mr. Coffee has been one of the best-selling brands.")).toEqual([]);
    expect(names("Runner-up: the Mr. Coffee ECMX105, a small espresso machine. Mr. Coffee makes it in three colours.")).toEqual([]);
  });

  it("keeps people beside a baseball position, a score, an ordinal or a time", () => {
    expect(names("Alex Rodriguez 3B and Derek Jeter SS led off.")).toEqual(["Alex Rodriguez", "Derek Jeter"]);
    expect(names("Pete Sampras beat Todd Martin 6-3 6-4 in the 2nd round.")).toEqual(["Pete Sampras", "Todd Martin"]);
    expect(names("The debate went on. At 8:39PM Donald Trump said the wall would be built, and at 11PM Ted Cruz answered him.")).toEqual(["Donald Trump", "Ted Cruz"]);
  });

  it("keeps a person a strong cue shows, a model beside the name or not", () => {
    expect(names("The prototype was built by Karen Voss, a mechanical engineer, and Karen Voss X200 prints were sold.")).toEqual(["Karen Voss"]);
  });
});
