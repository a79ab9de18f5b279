import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** People given by hand: each name with the forms it is mentioned by, every occurrence marked. */
function cast(text: string, specs: [name: string, forms: string[]][]): Person[] {
  return specs.map(([name, forms], i) => {
    const mentions: { start: number; end: number }[] = [];
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!/\p{L}/u.test(text[at - 1] ?? "") && !/\p{L}/u.test(text[end] ?? "") && !mentions.some((m) => m.start < end && m.end > at)) mentions.push({ start: at, end });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `p${i + 1}`, name, aliases: forms, role: null, mentions };
  });
}

const speakers = (text: string, people: Person[]) => {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null]);
};

describe("given names that are also words tell the speaker's sex", () => {
  it("does not give 'she said' to a man named Frank", () => {
    const text = "Ana Ruiz runs the clinic in Dayton. On Monday she met the county board, where Frank Delgado presented the budget. “We cannot close the night ward,” she said.";
    expect(speakers(text, cast(text, [["Ana Ruiz", ["Ana Ruiz", "Ruiz"]], ["Frank Delgado", ["Frank Delgado", "Delgado"]]]))).toEqual([["We cannot close the night ward,", "Ana Ruiz"]]);
  });

  it("does not give 'she said' to Bill when a lone surname was read as his", () => {
    // the lone "Clinton" grouped with Bill, as a surname shared by a couple can be
    const text = "Hillary Clinton spoke in Harlem, where Bill Clinton had campaigned. Clinton, without naming him, accused Sanders of arriving late.\n“You can't just show up at election time,” she said.";
    expect(speakers(text, cast(text, [["Hillary Clinton", ["Hillary Clinton"]], ["Bill Clinton", ["Bill Clinton", "Clinton"]], ["Bernie Sanders", ["Sanders"]]]))).toEqual([["You can't just show up at election time,", "Hillary Clinton"]]);
  });
});

describe("a courtesy title says which relative a shared surname is", () => {
  it("gives 'Mrs. Ellery said' to the wife when the lone surname was read as her husband", () => {
    const text = "Mark Ellery was freed on Saturday after two years in prison, and his wife, Hope Ellery, took the call. Ellery is expected home this week.\n“I could hear how tired he was,” Mrs. Ellery wrote on Sunday.";
    expect(speakers(text, cast(text, [["Mark Ellery", ["Mark Ellery", "Ellery"]], ["Hope Ellery", ["Hope Ellery"]]]))).toEqual([["I could hear how tired he was,", "Hope Ellery"]]);
  });

  it("gives 'Mrs. Ostrova said' to the relative whose name tells nothing when the other is a man", () => {
    const text = "Pavel Ostrova was freed on Saturday, and his wife, Zhanyl Ostrova, took the call. Ostrova is expected home this week.\n“I could hear how tired he was,” Mrs. Ostrova wrote on Sunday.";
    expect(speakers(text, cast(text, [["Pavel Ostrova", ["Pavel Ostrova", "Ostrova"]], ["Zhanyl Ostrova", ["Zhanyl Ostrova"]]]))).toEqual([["I could hear how tired he was,", "Zhanyl Ostrova"]]);
  });

  it("follows 'Mrs. Ellery' to the wife in a pronoun's chain too", () => {
    const text = "Hope Ellery spoke at the Dayton town hall on Monday. Her husband, Mark Ellery, once worked with Ms. Dunne, an intern, and with Tom Baker and Carl Fisk. A young woman asked Mrs. Ellery about Mr. Ellery.\nMrs. Ellery did not hesitate. “Everyone deserves to be heard,” she said.";
    expect(speakers(text, cast(text, [["Hope Ellery", ["Hope Ellery"]], ["Mark Ellery", ["Mark Ellery", "Ellery"]], ["Lena Dunne", ["Dunne"]], ["Tom Baker", ["Tom Baker"]], ["Carl Fisk", ["Carl Fisk"]]]))).toEqual([["Everyone deserves to be heard,", "Hope Ellery"]]);
  });
});
