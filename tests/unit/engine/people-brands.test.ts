import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a product, a service or a firm named in running prose", () => {
  it("reads a name with a product's nouns after its possessive, or that 'lets teams' do things, as a product even when it 'said' something", () => {
    const text =
      "Designers love it. \u201cWe rebuilt the site in a week,\u201d Halvorsen said. Content teams can now build pages in Halvorsen's visual canvas, and Halvorsen lets teams ship without code.";
    expect(names(text)).toEqual([]);
  });

  it("reads a name the text also gives as a web address, or defines as a platform, as a firm's", () => {
    expect(names("Pack light. Tenmark says logs are never kept. Tenmark has servers in 40 countries. Sign up at tenmark.com.")).toEqual([]);
    expect(names("Brisca told me the shoe is lighter this year. Brisca added higher sidewalls. The full range is at brisca.com.")).toEqual([]);
    expect(names("Tenmark is a privacy platform for small shops. Tenmark said on Monday that sales rose.")).toEqual([]);
  });

  it("reads a name listed beside a known firm ('Alvarado, Google and Microsoft') as a firm's", () => {
    expect(names("Among the firms that replied were Alvarado, Google and Microsoft. Alvarado said the rules were unclear.")).toEqual([]);
  });

  it("keeps a person the text shows as one, whatever is named after them ('Benedetti, 42,', 'Valdoro, who')", () => {
    expect(names("The Benedetti app has a million users. Benedetti, 42, said he wrote it in a month.")).toEqual(["Benedetti"]);
    expect(names("Valdoro, who founded the firm, said the Valdoro app would stay free.")).toEqual(["Valdoro"]);
    expect(names("Marla Quennell uses the Quennell app every day, she said.")).toEqual(["Marla Quennell"]);
  });
});

describe("findPeople: 'according to X's survey' cites what X owns", () => {
  it("reads a firm named only as the owner of a cited survey, beside other firms, as no person", () => {
    const text = "Top Languages\nPython is used by 57.9% of developers according to Stack Overflow's 2025 survey. RedMonk ranks it second.";
    expect(names(text)).toEqual([]);
  });

  it("keeps a person cited with 'according to' and no possessive", () => {
    const text = "The fence was built in 1910, according to Edna Marlowe, who grew up on the farm.";
    expect(names(text)).toEqual(["Edna Marlowe"]);
  });
});
