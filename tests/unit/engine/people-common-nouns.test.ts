import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a name that ends on a common noun is a thing's, not a person's", () => {
  it("reads a shop's items ('Fennick Glass Candle', 'White Linen Art Print') as products, and keeps the maker and the stallholder", () => {
    const text =
      "New arrivals\n\nFennick Glass Candle\n$34.00\n\nOrlo Stoneware Pitcher\nSKU: S59405\n$28.00\n\nWhite Linen Art Print\n$12.00\n\nDesigned by Tamsin Okafor, who glazes each piece by hand. \u201cWe sold out by noon,\u201d said Oyelaran Pitcher, 41, who runs the stall.";
    expect(names(text)).toEqual(["Tamsin Okafor", "Oyelaran Pitcher"]);
  });

  it("reads a service page's headings ('Strategic Insights', 'Career Support') as headings, and keeps surnames that English also writes as names ('Stone', 'Carpenter')", () => {
    const text =
      "Our services\n\nContent Writing\n\n- Articles & Blog Posts\n\nStrategic Insights\n\nCareer Support\n\nThe panel closed with Kaito Stone and Ravindra Carpenter at the launch in Leeds.";
    expect(names(text)).toEqual(["Kaito Stone", "Ravindra Carpenter"]);
  });

  it("reads a count after a shop's item ('5 Colors') as no results row, and keeps a person with an age after the name", () => {
    const text =
      "Men's Shoes\n\nMen's Waterproof Trail Running Shoes\n5 Colors\n$139.97\n\nThe two runners -- Odile Marchetti, 19 -- and Vanya Potts, 22, were found safe.";
    expect(names(text)).toEqual(["Odile Marchetti", "Vanya Potts"]);
  });

  it("reads a line of page furniture or a menu that opens on a common noun ('Text Size', 'Email Copy') as no person", () => {
    const text =
      "Published: Wednesday, 21 Sep 2011 | 4:35 PM ET\n\nText Size\n\nBy: Orla Brennick\nExecutive News Editor\n\nTraders found the bond market calm on Wednesday, and the dollar held.\n\nShare this\n\nEmail Copy\n\nPrint";
    expect(names(text)).toEqual(["Orla Brennick"]);
  });

  it("keeps a name opening on a noun in prose, in a list of names on one line, or under a quotation", () => {
    const text =
      "Voters who liked Mitt Ravenel in 2012 stayed home, the survey found.\n\nThe field: Mike Hulbert, Brian Henninger, Tiger Wolde, Steve Jurgenson, all of them pros.\n\n\u201cPeople are drawn to incentives. They ask what they get out of this.\u201d\nClover Hubbard\nLove Green Clean";
    expect(names(text)).toEqual(expect.arrayContaining(["Mitt Ravenel", "Tiger Wolde", "Clover Hubbard"]));
  });
});
