import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a street address is no person", () => {
  it("reads a street named after someone, after a house number, as a street, and keeps the person beside it", () => {
    const text =
      "Where to eat downtown\n\nKettle & Crumb\n\nFresh popcorn in twenty flavours.\n\nDetails: 610 E. Garfield St. kettlecrumb.com\n\nSun Noodle\n\nDetails: 128 E. Garfield St. sunnoodle.com\n\nDetails: 801 N. 3rd St. on Instagram\n\nCounseling services\n220 Montgomery St. Suite 600\n(415) 555-0100\n\nTomas Ruiz, the owner of Sun Noodle, said the shop opens at nine.";
    expect(names(text)).toEqual(["Tomas Ruiz"]);
  });
});
