import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a lone capitalised plural is a group or a work, not a person", () => {
  it("reads a service's members ('Marines', its singular capitalised in 'Marine Corps') as a group, and keeps the people around them", () => {
    const text =
      "WASHINGTON -- Defense Secretary Ardis Vellacott wants the Marine Corps to return to its amphibious roots. Though many Marines are battle-tested, some have never stepped aboard a ship.\n\nMarines still sing the old hymn, and about 1,000 Marines flew in from ships offshore in 2001.\n\nMeanwhile, observers questioned the line between soldiers and Marines.\n\n\"They are a second land army,\" said Orrin Dalquist, a retired colonel, about how Marines train at boot camp.\n\n\"I wouldn't make a lot of changes to the Marines right now. They are handy early in a war,\" he added.\n\nVellacott told an audience that included retired Marines that the mission stays. The Marines made headlines in June, and the Marines will shrink.";
    const found = names(text);
    expect(found).not.toContain("Marines");
    expect(found).toEqual(expect.arrayContaining(["Ardis Vellacott", "Orrin Dalquist"]));
  });

  it("reads a film named by a plural noun ('Bridesmaids') as a title even when 'she' follows it, and keeps its star", () => {
    const text =
      "Corinna Vaszary has had the kind of summer one might imagine. Before Bridesmaids, she was known to audiences as a cast member of a sketch show. \"I guess Bridesmaids was the biggest role I've had,\" she says. To date, Bridesmaids has earned $286m worldwide, and she is writing again. Vaszary smiles when I tell her this.";
    const found = names(text);
    expect(found).not.toContain("Bridesmaids");
    expect(found).toContain("Corinna Vaszary");
  });

  it("keeps a surname spelt like a plural with the full name it joins, or with an age beside it", () => {
    const text =
      "Fire crews reached the ridge by noon, said Marta Fields, who leads the county's volunteers. Fields stayed behind to hose the roof; her fields were ash by evening. Banks, 47, drove the last truck out. Banks said the road held.";
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(["Marta Fields", "Banks"]));
  });
});
