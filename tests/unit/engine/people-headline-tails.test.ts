import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented names. A Title Case headline capitalises its verb, which runs on from the name.
const people = (text: string) => findPeople(text).map((p) => `${p.name}: ${p.mentions.map((m) => text.slice(m.start, m.end)).join(", ")}`);
const BODY = "\n\nSenator Marla Quentin said on Monday that she would vote against the budget.\nMarla Quentin told reporters the deal cut too much from schools.";

describe("a headline's verb after a name", () => {
  it("is no part of the name the body gives without it: one person, not 'Marla Quentin Refuses' beside her", () => {
    expect(people("Marla Quentin Refuses to Back the Budget Deal." + BODY)).toEqual(["Marla Quentin: Marla Quentin, Marla Quentin, Marla Quentin"]);
    expect(people("Schools Could Lose Funding, Marla Quentin Says." + BODY)).toEqual(["Marla Quentin: Marla Quentin, Marla Quentin, Marla Quentin"]);
  });
});
