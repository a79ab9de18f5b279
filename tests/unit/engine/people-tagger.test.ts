import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/engine/entities";
import { findPeople } from "../../../src/engine/people";
import { tagEntities } from "../../../src/engine/people/tagger";
import { tokenize } from "../../../src/engine/people/tokens";

// Names below are invented: the tagger must recognise people, organisations and places it has
// never seen, from how the text writes them.
const spans = (text: string) => tagEntities(text, tokenize(text)).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe("entity tagger", () => {
  it("types invented names by their context: a person, a company, a capital", () => {
    const text = "Zorbek Malvanti, the chief executive of Kestrel Dynamics Inc, flew to Tallinn on Monday.";
    const got = spans(text);
    expect(got).toContain("PER:Zorbek Malvanti");
    expect(got).toContain("ORG:Kestrel Dynamics Inc");
    expect(got).toContain("LOC:Tallinn");
  });

  it("keeps a surname used alone a person when the text named the person in full", () => {
    const text = "The striker Ilkka Varhonen scored twice on Sunday.\nVarhonen, 24, joined the club in May.";
    const people = findPeople(text);
    expect(people.map((p) => p.name)).toEqual(["Ilkka Varhonen"]);
    expect(people[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Ilkka Varhonen", "Varhonen"]);
  });

  it("gives each text its own answer (the memo of the last text never leaks)", () => {
    expect(spans("Minister Dalia Orvanen spoke in Oslo.")).toContain("PER:Dalia Orvanen");
    expect(spans("Nothing here is a name at all.")).toEqual([]);
    expect(spans("")).toEqual([]);
  });

  it("never paints the title, the possessive or the closing punctuation as part of a name", () => {
    const text = "Prime Minister Teodora Kvasnic's plan failed, said Mr. Anselm Broek.";
    const people = findPeople(text);
    expect(people.flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)))).toEqual(["Teodora Kvasnic", "Anselm Broek"]);
  });

  it("feeds organisations and places to findEntities without listing them as people", () => {
    const text = "Shares in the Halvard Bank rose in Rotterdam on Tuesday, officials said.";
    const people = findPeople(text);
    const { organizations, places } = findEntities(text, people);
    expect(people).toEqual([]);
    expect(organizations.map((o) => o.name)).toContain("Halvard Bank");
    expect(places.map((p) => p.name)).toContain("Rotterdam");
  });
});
