import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("a name that runs on past another name of the page", () => {
  it("is a product named after a brand, and the brand is no person either", () => {
    const text = "Cash App Taxes\n\nis a tax preparation program that is built into the Cash App. It offers a free plan for simple returns.\n\nWhere Cash App Taxes excels: a single free option.";
    expect(names(text)).toEqual([]);
  });

  it("is a ranch named after a place, beside a person the page names", () => {
    const text = "Directions\n\nRocky Hill Ranch\n\nRocky Hill is another great day trip. Maria Gonzalez, who runs the trails there, said the loop takes an hour.";
    expect(names(text)).not.toContain("Rocky Hill Ranch");
    expect(names(text)).toContain("Maria Gonzalez");
  });

  it("is a person beside a product when its words are all names", () => {
    const text = "Cash App Taxes\n\nis a tax preparation program that is built into the Cash App. Where Cash App Taxes excels: a single free option.\n\nMary Ann Evans wrote under a pen name. Mary Ann was born in 1819.";
    expect(names(text)).toContain("Mary Ann Evans");
    expect(names(text)).not.toContain("Cash App Taxes");
  });
});
