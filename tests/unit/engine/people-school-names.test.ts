import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

// a business school goes by its university's and its donor's names ("Duke Fuqua"); the donor's
// name is written before "School" elsewhere on the page
describe("findPeople: a school's short name is no person", () => {
  it("reads 'university + donor' as the school the page names in full", () => {
    const text = "The best programs this year.\n\n4. Eastfield Marlow\n\nMarlow School of Management at Eastfield University is famous for its team projects. Marlow has small classes.\n\n5. Lakeshore Danner\n\nThe Danner School of Business at Lakeshore offers a one-year degree.";
    expect(names(text)).toEqual([]);
  });

  it("keeps a person whose surname a school bears: a given name first, or a signature line", () => {
    expect(names("John Kennedy spoke at the Kennedy School on Monday. Kennedy said the talks went well.")).toEqual(["John Kennedy"]);
    const letter = "Music is still my therapy, and I share it with everyone who walks into Keen School of Music.\n\n-Kalyn Keen\n\nAre you ready to start?";
    expect(names(letter)).toEqual(["Kalyn Keen"]);
  });
});
