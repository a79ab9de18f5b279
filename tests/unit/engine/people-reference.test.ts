import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const dir = join(__dirname, "../../fixtures/seed");
const text = readFileSync(join(dir, "article.txt"), "utf8");
interface Expected {
  people: { name: string; match: string[]; role: string[] | null }[];
  optional_people: string[];
  not_people: string[];
}
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;

describe("the reference article", () => {
  const people = findPeople(text);
  const contains = (name: string, word: string) => name.split(/\s+/).includes(word);

  it("lists every expected person exactly once, with an acceptable role", () => {
    for (const e of expected.people) {
      const hits = people.filter((p) => e.match.some((w) => contains(p.name, w)));
      expect(hits.map((p) => p.name), e.name).toHaveLength(1);
      const role = hits[0]!.role;
      if (e.role === null) expect(role, e.name).toBeNull();
      else expect(e.role, e.name).toContain(role);
    }
  });

  it("lists nothing else: no not_people, no names outside the article", () => {
    const allowed = (name: string) =>
      expected.people.some((e) => e.match.some((w) => contains(name, w))) ||
      expected.optional_people.some((o) => o.toLowerCase() === name.toLowerCase());
    expect(people.map((p) => p.name).filter((n) => !allowed(n))).toEqual([]);
    for (const p of people) for (const bad of expected.not_people) expect(p.aliases, p.name).not.toContain(bad);
    for (const p of people) for (const m of p.mentions) expect(text.indexOf(text.slice(m.start, m.end))).toBeGreaterThanOrEqual(0);
  });

  it("covers every use of a person's surname in the article ('Trump's presidency', 'The Trump administration')", () => {
    for (const e of expected.people) {
      const person = people.find((p) => e.match.some((w) => contains(p.name, w)))!;
      const surname = e.name.split(" ").pop()!;
      const uses = [...text.matchAll(new RegExp(`\\b${surname}\\b`, "g"))].map((m) => m.index);
      const covered = uses.filter((at) => person.mentions.some((m) => m.start <= at && at < m.end));
      expect(covered, e.name).toEqual(uses);
    }
  });

  it("gives every mention an exact span of one of the person's aliases", () => {
    for (const p of people)
      for (const m of p.mentions) {
        const surface = text.slice(m.start, m.end);
        expect(p.aliases.map((a) => a.toLowerCase()), p.name).toContain(surface.toLowerCase());
      }
  });
});
