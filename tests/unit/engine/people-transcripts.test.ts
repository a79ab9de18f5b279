import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/engine/entities";
import { findPeople } from "../../../src/engine/people";

const transcript = readFileSync(join(__dirname, "../../fixtures/transcripts/radio-segment.txt"), "utf8");

describe("a broadcast transcript's speaker labels", () => {
  const people = findPeople(transcript);
  const named = (name: string) => people.find((p) => p.name === name);
  const label = (words: string) => transcript.indexOf(`\n${words}`) + 1;

  it("name one person each, the label one mention of the name in Title Case", () => {
    for (const [name, words] of [["Greta Holm", "GRETA HOLM"], ["Piet Oduya", "PIET ODUYA"], ["Nora Lindqvist", "NORA LINDQVIST"]] as const) {
      const at = label(words);
      expect(named(name)?.mentions.filter((m) => m.start >= at && m.end <= at + words.length)).toEqual([{ start: at, end: at + words.length }]);
    }
  });

  it("hold no person in an unidentified speaker's label or a soundbite's line", () => {
    for (const w of ["Harlan", "Beckett", "Mavis", "Stone", "Unidentified", "Person"]) expect(people.some((p) => p.name.split(" ").includes(w))).toBe(false);
    const orgs = findEntities(transcript, people).organizations.map((o) => o.name.toLowerCase());
    expect(orgs.filter((o) => /person|group|unidentified/.test(o))).toEqual([]);
  });
});
