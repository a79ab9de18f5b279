import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";
import { isUsGivenName, usGivenNameList } from "../../../src/engine/lexicon/us-given-names";
import { FEMALE_NAMES, MALE_NAMES, US_SEX_COUNT } from "../../../src/engine/quotes/given-names";
import { givenNameGender } from "../../../src/engine/quotes/gender";
import { cast } from "./quotes-cast";

const speakers = (text: string, people: Person[]) => {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null]);
};

describe("given names that are also words tell the speaker's sex", () => {
  it("does not give 'she said' to a man named Frank", () => {
    const text = "Ana Ruiz runs the clinic in Dayton. On Monday she met the county board, where Frank Delgado presented the budget. “We cannot close the night ward,” she said.";
    expect(speakers(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]], ["Frank Delgado", null, ["Frank Delgado", "Delgado"]]]))).toEqual([["We cannot close the night ward,", "Ana Ruiz"]]);
  });

  it("does not give 'she said' to Bill when a lone surname was read as his", () => {
    // the lone "Clinton" grouped with Bill, as a surname shared by a couple can be
    const text = "Hillary Clinton spoke in Harlem, where Bill Clinton had campaigned. Clinton, without naming him, accused Sanders of arriving late.\n“You can't just show up at election time,” she said.";
    expect(speakers(text, cast(text, [["Hillary Clinton", null, ["Hillary Clinton"]], ["Bill Clinton", null, ["Bill Clinton", "Clinton"]], ["Bernie Sanders", null, ["Sanders"]]]))).toEqual([["You can't just show up at election time,", "Hillary Clinton"]]);
  });

  it("reads a given name only the US birth records have, for 'he' and 'she' alike", () => {
    // (compromise's name lists have neither "Kofi" nor "Alyona"; an unknown sex let the nearer
    // name take the pronoun)
    const she = "Ellen Tasker spoke first at the hearing. The plan was then praised by Kofi Marlowe. “We agreed on nothing,” she said.";
    expect(speakers(she, cast(she, [["Ellen Tasker", null, ["Ellen Tasker"]], ["Kofi Marlowe", null, ["Kofi Marlowe"]]]))).toEqual([["We agreed on nothing,", "Ellen Tasker"]]);
    const he = "Peter Lund spoke first at the hearing. The plan was then praised by Alyona Brisk. “We agreed on nothing,” he said.";
    expect(speakers(he, cast(he, [["Peter Lund", null, ["Peter Lund"]], ["Alyona Brisk", null, ["Alyona Brisk"]]]))).toEqual([["We agreed on nothing,", "Peter Lund"]]);
    // (the sexes are written in the lexicon's order: regenerate given-names.ts after it)
    expect(US_SEX_COUNT).toBe(usGivenNameList().length);
  });

  it("finds every listed given name, and only those, in the sorted lists", () => {
    // (givenNameGender searches each list by halves: a name written out of order would be lost)
    for (const list of [FEMALE_NAMES, MALE_NAMES]) {
      const names = list.trim().split(/\s+/);
      expect(names.every((w, i) => i === 0 || names[i - 1]! < w)).toBe(true);
    }
    const male = new Set(MALE_NAMES.trim().split(/\s+/));
    for (const w of FEMALE_NAMES.trim().split(/\s+/)) expect(givenNameGender(w)).toBe(male.has(w) ? "m" : "f");
    for (const w of male) expect(givenNameGender(w)).toBe("m");
    for (const w of ["", "zzyzx", "a", "hillar", "hillaryy", "ann mary"]) expect(givenNameGender(w)).toBeUndefined();
    // the US birth records' names, searched the same way
    const us = usGivenNameList();
    expect(us.every((w, i) => i === 0 || us[i - 1]! < w)).toBe(true);
    expect(us.every(isUsGivenName)).toBe(true);
    expect([us[0]!.slice(0, -1), `${us[0]}a`, `${us[us.length - 1]}z`, "zzzzz", "", "kofi marlowe"].some(isUsGivenName)).toBe(false);
  });
});

describe("a courtesy title says which relative a shared surname is", () => {
  it("gives 'Mrs. Ellery said' to the wife when the lone surname was read as her husband", () => {
    const text = "Mark Ellery was freed on Saturday after two years in prison, and his wife, Hope Ellery, took the call. Ellery is expected home this week.\n“I could hear how tired he was,” Mrs. Ellery wrote on Sunday.";
    expect(speakers(text, cast(text, [["Mark Ellery", null, ["Mark Ellery", "Ellery"]], ["Hope Ellery", null, ["Hope Ellery"]]]))).toEqual([["I could hear how tired he was,", "Hope Ellery"]]);
  });

  it("gives 'Mrs. Ostrova said' to the relative whose name tells nothing when the other is a man", () => {
    const text = "Pavel Ostrova was freed on Saturday, and his wife, Zhanyl Ostrova, took the call. Ostrova is expected home this week.\n“I could hear how tired he was,” Mrs. Ostrova wrote on Sunday.";
    expect(speakers(text, cast(text, [["Pavel Ostrova", null, ["Pavel Ostrova", "Ostrova"]], ["Zhanyl Ostrova", null, ["Zhanyl Ostrova"]]]))).toEqual([["I could hear how tired he was,", "Zhanyl Ostrova"]]);
  });

  it("follows 'Mrs. Ellery' to the wife in a pronoun's chain too", () => {
    const text = "Hope Ellery spoke at the Dayton town hall on Monday. Her husband, Mark Ellery, once worked with Ms. Dunne, an intern, and with Tom Baker and Carl Fisk. A young woman asked Mrs. Ellery about Mr. Ellery.\nMrs. Ellery did not hesitate. “Everyone deserves to be heard,” she said.";
    expect(speakers(text, cast(text, [["Hope Ellery", null, ["Hope Ellery"]], ["Mark Ellery", null, ["Mark Ellery", "Ellery"]], ["Lena Dunne", null, ["Dunne"]], ["Tom Baker", null, ["Tom Baker"]], ["Carl Fisk", null, ["Carl Fisk"]]]))).toEqual([["Everyone deserves to be heard,", "Hope Ellery"]]);
  });
});
