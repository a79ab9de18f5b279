import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented pages: a firm's or a heading's name whose word the page also uses in another sense
// (an acronym, a word in lower case), beside a person whose lone surname must still find her.
const mentionTexts = (text: string) => findPeople(text).flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)));

describe("findPeople: a lone word stands for a name only as a name's word", () => {
  it("does not highlight every HR of an HR page as a firm named like a person, and still gathers a surname alone", () => {
    const text = [
      "Top outsourced HR companies",
      "HR professionals spend up to half of their time on administrative tasks. Payroll and compliance keep HR leaders buried in processes.",
      "Outsourced HR partners take on that load. In this article, we compare the top outsourced HR providers.",
      "4. Helix HR",
      "Helix HR pairs strategic design with hands-on execution. Helix has served thousands of organizations and fields consultants with years of HR experience.",
      "Why work with Helix HR?",
      "Helix prices vary with headcount, and an HR audit comes first.",
      "Maria Lindqvist founded Helix in 2009. Lindqvist said the audits pay for themselves.",
    ].join("\n");
    expect(mentionTexts(text)).not.toContain("HR");
    expect(findPeople(text).map((p) => [p.name, p.mentions.length])).toContainEqual(["Maria Lindqvist", 2]);
  });

  it("does not take a word the page writes in lower case for a heading's surname", () => {
    const text = [
      "Shower Stall Demand",
      "Overflow Demand 2 gallons per minute.",
      "The demand of each fixture is listed below. Lavatory Demand 1 unit; total demand stays under the limit.",
      "Demand rises with each fixture added, and the demand curve is flat.",
      "Overflow Demand applies at peak.",
    ].join("\n");
    expect(mentionTexts(text)).not.toContain("Demand");
  });
});
