import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/engine/entities";
import { findPeople } from "../../../src/engine/people";

/** Each text alone, as a short post or a sentence scored by itself: no other line names anyone. */
function read(text: string) {
  const people = findPeople(text);
  const e = findEntities(text, people);
  return { people: people.map((p) => p.name), orgs: e.organizations.map((o) => o.name), places: e.places.map((p) => p.name) };
}

describe("a given name and a surname as a sentence's subject", () => {
  it("is a person, not an organisation, in a text of one sentence", () => {
    expect(read("Elon Musk bought Twitter in 2022.")).toMatchObject({ people: ["Elon Musk"], orgs: ["Twitter"] });
    expect(read("Barack Obama met Angela Merkel in Berlin.")).toMatchObject({ people: ["Barack Obama", "Angela Merkel"], orgs: [] });
    // (the surname was a compass point, the given name an organisation)
    expect(read("Kanye West attended the show in Paris on Monday.")).toMatchObject({ people: ["Kanye West"], orgs: [] });
  });

  it("knows given names of the US birth records that the older lists lack, and leaves firms and places alone", () => {
    expect(read("Nevaeh Castellanos won the race on Sunday.").people).toEqual(["Nevaeh Castellanos"]);
    expect(read("Jaxon Whitcombe signed the lease on Friday.").people).toEqual(["Jaxon Whitcombe"]);
    // an organisation's head, a country, a team's city: no person
    for (const text of ["Chase Bank raised its rates on Friday.", "Costa Rica says it will talk.", "Dallas Cowboys won again on Sunday."]) {
      expect(read(text).people, text).toEqual([]);
    }
  });
});
