import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findRoles } from "../../../src/engine/roles";

const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe("roles: titles as the card shows them (session 13)", () => {
  it("spells out an abbreviated title, and a state's abbreviation inside one", () => {
    expect(roleOf("Gov. Dana Wolk signed the bill. Wolk left.", "Dana Wolk")).toBe("Governor");
    expect(roleOf("He thanked former Fla. Gov. Rob Ellery for the visit. Ellery smiled.", "Rob Ellery")).toBe("former Florida Governor");
    expect(roleOf("Army Capt. Lena Ortiz led the patrol. Ortiz returned.", "Lena Ortiz")).toBe("Army Captain");
    // a job word capitalised after a title is the title's end
    expect(roleOf("“It works,” says Deputy Editor Kara Lindqvist in her review. Lindqvist left.", "Kara Lindqvist")).toBe("Deputy Editor");
    // a photo credit glued to a caption's first word is no qualifier
    expect(roleOf("10:14PM ASSOCIATED PRESSOhio Gov. Dale Renner waves. Renner left.", "Dale Renner")).toBe("Governor");
  });

  it("says which seat a lawmaker or governor holds where the text gives it after the name", () => {
    expect(roleOf("Sen. Ana Ruiz (R-Fla.) voted no. Ruiz left.", "Ana Ruiz")).toBe("Republican Senator from Florida");
    expect(roleOf("Rep. Cole Brandt, D-N.Y., said so. Brandt left.", "Cole Brandt")).toBe("Democratic Representative from New York");
    expect(roleOf("The bill was backed by Gov. Peter Lang of Ohio. Lang spoke.", "Peter Lang")).toBe("Governor of Ohio");
    expect(roleOf("said Senator Mara Quist, Republican of Arizona, on Friday. Quist left.", "Mara Quist")).toBe("Republican Senator from Arizona");
    expect(roleOf("Gov. Hal Brenner (R) said he would appeal. Brenner left.", "Hal Brenner")).toBe("Republican Governor");
    // a bracket with the state alone, after each name of a list
    const list = "Sens. Ada Kell (Ariz.) and Bo Marr (N.H.) spoke. Kell and Marr left.";
    expect(roleOf(list, "Ada Kell")).toBe("Senator from Arizona");
    expect(roleOf(list, "Bo Marr")).toBe("Senator from New Hampshire");
    // a state legislator's tag names a town, not a state: the title stays alone
    expect(roleOf("State Sen. Ivo Marsh (D-Austin) objected. Marsh left.", "Ivo Marsh")).toBe("State Senator");
    // a title qualified already keeps its own words
    expect(roleOf("Vermont Sen. Otto Keel (I-Vt.) spoke. Keel left.", "Otto Keel")).toBe("Vermont Senator");
  });

  it("lets a later mention that names the post stand before a title of one word", () => {
    const text = "Secretary Ilse Brandvold arrived late. Brandvold, the former secretary of state, spoke.";
    expect(roleOf(text, "Ilse Brandvold")).toBe("former secretary of state");
    const general = "said Gen. Oren Lasko, a retired four-star general. Lasko added more.";
    expect(roleOf(general, "Oren Lasko")).toBe("retired four-star general");
    // …but not to a line that names no post
    expect(roleOf("said Sen. Rhea Calder, a graduate of Westbrook Law School. Calder left.", "Rhea Calder")).toBe("Senator");
    expect(roleOf("the parents of Capt. Omar Tadesse, the young soldier who died. Tadesse was 27.", "Omar Tadesse")).toBe("Captain");
    // …and a president's stays the president's
    expect(roleOf("President Ada Morrow spoke. Morrow, a lawyer by training, smiled.", "Ada Morrow")).toBe("President");
  });

  it("shows a post the text dates with 'then' as a former one", () => {
    expect(roleOf("He clerked for then-Chief Justice Walter Brinn in 1999. Brinn retired.", "Walter Brinn")).toBe("former Chief Justice");
    expect(roleOf("It was signed by then-president Carl Dunmore. Dunmore left.", "Carl Dunmore")).toBe("former president");
    // a current post given later is the card's
    const text = "It began under then-Sen. Rhea Calder. Years later, Calder, the party's nominee, won.";
    expect(roleOf(text, "Rhea Calder")).toBe("nominee");
  });
});

describe("roles: a job of a named organisation set off before the name (session 13)", () => {
  it("takes 'the <job> of <Organisation>, Name,'", () => {
    const text = "In Tamarac, the owner of the Brightwater Country Club, Marla Quent, faced opposition. Quent left.";
    expect(roleOf(text, "Marla Quent")).toBe("owner of the Brightwater Country Club");
    // kin is no job
    expect(roleOf("The son of the Brightwater Country Club, Tam Quent, spoke. Quent left.", "Tam Quent")).toBeNull();
  });

  it("gives an organisation's possessive whose name opens with a people's word no role", () => {
    const text = "“It is low,” American Policy Forum’s Dov Halloran said on Monday. Halloran left.";
    expect(roleOf(text, "Dov Halloran")).toBeNull();
    // a country's own possessive is a nationality, still no affiliation
    expect(roleOf("Germany’s Ulla Brenner said so. Brenner left.", "Ulla Brenner")).toBeNull();
  });
});

describe("roles: an affiliation only for a person's name (session 13)", () => {
  // (the name finder's mistakes are given by hand: findRoles reads whatever spans it is handed)
  const spans = (text: string, ...names: string[]) => names.map((n) => [{ start: text.indexOf(n), end: text.indexOf(n) + n.length }]);
  it("gives no 'of <organisation>' to a product whose name opens or ends on an acronym", () => {
    const text = "For example, Korvane’s AI Lab acts as a hub, and Korvane’s Pixel AI runs offline, says Lumen’s Dara Velt.";
    expect(findRoles(text, spans(text, "AI Lab", "Pixel AI", "Dara Velt"))).toEqual([null, null, null]);
    // a generation's numeral is a name's
    const iii = "Korvane’s Amos Velt III said so.";
    expect(findRoles(iii, spans(iii, "Amos Velt III"))).toEqual([null]);
  });
});

describe("roles: a title written in title case after a name (session 16)", () => {
  it("reads its capitalised field words after a capitalised half of a title, never a title before the next name", () => {
    expect(roleOf("Ramy Okafor, Chief Cyber Solutions Officer at Lumen, said boards are starting to weigh it. Okafor left.", "Ramy Okafor")).toBe("Chief Cyber Solutions Officer at Lumen");
    expect(roleOf("We met Ann Varga, Senior Vice President Bo Imre and others. Varga left. Imre left.", "Ann Varga")).toBeNull();
  });
});
