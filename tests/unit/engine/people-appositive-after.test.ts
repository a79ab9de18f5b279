import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { APPOSITIVE_AFTER, appositiveRegex } from "../../../src/engine/people/cues";

// APPOSITIVE_AFTER reads the appositive word by word instead of compiling its regex (25-30 ms on a
// worker's first page): it must say what the regex says, the optional words, ages, hyphenated
// nouns and stacked modifiers included.
const cases: [string, boolean][] = [
  [", a lawyer for the family", true],
  [", 45, a teacher, said", true],
  [", 5, the son of", true],
  [", an award-winning local songwriter, was", true],
  [", the co-founder of Acme", true],
  [", a mother-of-two who", true],
  [", a former army 3d officer)", true],
  [", a very old small-town doctor.", true],
  [", a very old small-town country doctor.", false], // four words before the noun: the regex allows three
  [", the son-in-law of", false],
  [", a lawyer's", false],
  [", a Lawyer for", false],
  [", a lawyer offered", false],
  [", a lawyer whose", true],
  [", a lawyer whom", false],
  [", leader of the Freedom Front", true],
  [", former deputy leader of", true],
  [", acting senior chief of", false], // 'chief' is a modifier, not a post
  [", executive director at", true],
  [", vice-president of", false],
  [", leader ofthe", false],
  [", 456, a teacher,", false],
  [",a teacher,", false],
  ["; a teacher,", false],
  [", the écrivain, said", false],
  [", a dé-jà lawyer,", true],
  [", trainer of the colt,", true],
  [", former jockey of the winner", true],
  [", scorer of the winner", true],
  [", trainer for the club", false], // a person's noun takes a bare appositive only before "of"
  [", winner of the Derby", false], // a horse or a team wins too
  [", son of Galileo", false], // a horse's sire
  [", trainerof", false],
  [", a defender for the club", true],
  [", the smart trainer, and", false], // a machine or a shoe too: only bare before "of"
];

describe("the appositive after a name", () => {
  it("is read as the regex reads it", () => {
    const re = appositiveRegex();
    for (const [s, want] of cases) {
      expect([s, re.test(s)]).toEqual([s, want]);
      expect([s, APPOSITIVE_AFTER.test(s)]).toEqual([s, want]);
    }
  });
});

// Invented sports copy: names no list knows, whose only sign of a person is a bare appositive
// (no article) of a noun only a person is, before "of".
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("a bare appositive of a person's noun before 'of'", () => {
  it("makes an unseen name a person", () => {
    expect(names("Tavish Ormsby, trainer of the colt, said the ground was too soft.")).toEqual(["Tavish Ormsby"]);
    expect(names("Quenneville, scorer of the winner, celebrated with the fans.")).toEqual(["Quenneville"]);
    expect(names("The decisive goal came from Brannagh, scorer of the winner in the final minute.")).toEqual(["Brannagh"]);
  });
  it("makes an unseen name a person after a sports noun with an article too, but not after 'the trainer'", () => {
    expect(names("Quenneville, the scorer of the winner, celebrated with the fans.")).toEqual(["Quenneville"]);
    expect(names("Brannagh, a defender for the club, signed on Monday.")).toEqual(["Brannagh"]);
    expect(names("The battery lasts a week. Also, the smart trainer, and the app look solid.")).toEqual([]);
  });
  it("leaves a horse or a host country alone", () => {
    expect(names("The favourite Velvet Thunder, son of Galileo, won easily.")).toEqual([]);
    expect(names("Qatar, host of the World Cup, spent billions.")).toEqual([]);
  });
});
