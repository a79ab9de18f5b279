import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a name the text defines as a firm's or a product's", () => {
  it("reads a founder's name that the text calls a firm, an agency or an app ('Arthur Pell, a global staffing firm,') as no person", () => {
    expect(names("Arthur Pell, a global staffing firm, places accountants in banks. Arthur Pell also runs training courses for new managers.")).toEqual([]);
    expect(names("Hollis is a UI design agency in Denver. We worked with Hollis for three years.")).toEqual([]);
    expect(names("Tessa Lorne is among the best language learning apps on the market. Tessa Lorne costs $12 a month.")).toEqual([]);
  });

  it("keeps a person whose appositive only names a firm after a preposition or before another noun", () => {
    expect(names("Hazel Winter, a partner at the law firm, said the case was weak. Winter said she would appeal.")).toEqual(["Hazel Winter"]);
    expect(names("Laura Kemp, a tech company founder, said her firm would grow.")).toEqual(["Laura Kemp"]);
    expect(names("Dale Porter, a spokesman for the company, said the plant would close.")).toEqual(["Dale Porter"]);
  });
});

describe("findPeople: names listed after a plural of a firm's noun", () => {
  it("reads 'the drugs' manufacturers, Eli Lilly and Novo Nordisk,' as two firms, though one opens on a given name", () => {
    const text = "Employers urged staff to enroll in discount programs run by the drugs’ manufacturers, Eli Lilly and Novo Nordisk, which sell the medicines at cash prices.";
    expect(names(text)).toEqual([]);
  });

  it("keeps people listed after a plural noun for people", () => {
    const text = "The firm hired two new partners, Eli Marsh and Nora Dunleavy, who start in May.";
    expect(names(text)).toEqual(["Eli Marsh", "Nora Dunleavy"]);
  });
});
