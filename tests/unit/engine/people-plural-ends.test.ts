import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a name ending in a common noun's plural, and a command opening a sentence, are no people", () => {
  it("reads a chain or an offer ending in a plural noun ('Park Vantor Hotels', 'Stanwell Medicine Free Certificates') as a thing, and keeps people whose surname is such a plural ('Tyra Banks')", () => {
    const text =
      "Located in gateway cities worldwide, Park Vantor Hotels are a symbol of luxury, offering impeccable service and world-class spas. Tyra Banks said the spa was her favourite.\n\nStanwell Medicine Free Certificates & CME Credit\n\nStanwell Medicine offers a flurry of online learning resources in the medical field, from podcasts to full courses. Joan Rivers, 81, joked about it.";
    const found = names(text);
    expect(found).not.toContain("Park Vantor Hotels");
    expect(found).not.toContain("Stanwell Medicine Free Certificates");
    expect(found).toEqual(expect.arrayContaining(["Tyra Banks", "Joan Rivers"]));
  });

  it("reads a sentence-opening verb followed by a particle or an object ('Speak up', 'Reach out') as a command, and keeps a name that opens a sentence with its verb", () => {
    const text =
      "Communication is key. Speak up and let your instructor know when you have questions. Reach out to classmates for help.\n\nMarguerite Folland teaches biology online. Folland says most students need a routine.";
    const found = names(text);
    expect(found).not.toContain("Speak");
    expect(found).not.toContain("Reach");
    expect(found).toContain("Marguerite Folland");
  });
});
