import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented films, prizes and people: what a reader sees is the list of people on the card.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: titles of works", () => {
  it("leaves out a film's title with a capitalised function word inside it", () => {
    const text = "Paul Tanager made One Quarrel After Another in 2024, and Wake Up Dead Girl in 2025.";
    expect(names(text)).toEqual(["Paul Tanager"]);
  });

  it("leaves out a procedure's name ending on a verb's particle", () => {
    const text = "Always follow the \u201cLock Out, Tag Out, Try Out\u201d procedure. Proper Lock Out \u2013 Tag Out (LOTO) procedures protect miners, said Marta Velasquez.";
    expect(names(text)).toEqual(["Marta Velasquez"]);
  });

  it("leaves out a brand's name ending on a pronoun, and keeps names with a function word for a surname or an initial", () => {
    const text = "Shoppers like Adore Me and Delete Me. Peter Such, a buyer in Leeds, said both were cheap, and Noah A. Brisco agreed.";
    expect(names(text)).toEqual(["Peter Such", "Noah A. Brisco"]);
  });
});

describe("findPeople: a prize named after a person", () => {
  it("leaves out a prize's name before its race's nouns, and keeps a person who wins or nominates", () => {
    const text = [
      'Oscar frontrunner "The Long Field," starring Corinne Abalos, opens on Friday.',
      "The film earned six Golden Globe nominations.",
      "The chef at Pennyroyal is a Harold Brisket nominee, and Corinne Abalos said she eats there weekly.",
      "Senator Ruth Calloway nominated Dale Pruitt on Monday. With Pruitt winning the vote, Calloway said the seat was filled.",
    ].join("\n");
    expect(names(text)).toEqual(["Corinne Abalos", "Ruth Calloway", "Dale Pruitt"]);
  });
});

describe("findPeople: one person by a double surname", () => {
  it("gathers the later mention without the given name into the full name", () => {
    const text = 'Lena Harwood Pike, a psychologist in Atlanta, hosts a podcast. "Apps are no therapy," Harwood Pike cautions.';
    const people = findPeople(text);
    expect(people.map((p) => p.name)).toEqual(["Lena Harwood Pike"]);
    expect(people[0]!.mentions).toHaveLength(2);
  });

  it("takes a hyphenated post out of the name", () => {
    const text = 'With the help of Runner-in-Chief Tomas Eberle, we tested the shoes. "They are light," said Tomas Eberle.';
    expect(names(text)).toEqual(["Tomas Eberle"]);
  });
});
