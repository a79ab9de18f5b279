import type { Person } from "../../../src/engine/types";
import { findQuotes } from "../../../src/engine/quotes";

/**
 * People given by hand (name, role, the surface forms to mark), so these tests exercise the
 * quotation rules alone, whatever the name finder does with the same sentences.
 */
export function cast(text: string, specs: [name: string, role: string | null, forms: string[]][]): Person[] {
  return specs.map(([name, role, forms], i) => {
    const mentions: { start: number; end: number }[] = [];
    // longest forms first so "Vladimir Putin" is one mention, not "Putin" inside it
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (!/\p{L}/u.test(text[at - 1] ?? "") && !/\p{L}/u.test(text[end] ?? "") && !mentions.some((m) => m.start < end && m.end > at)) mentions.push({ start: at, end });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `p${i + 1}`, name, aliases: forms, role, mentions };
  });
}

/** Two people for the speaker tests, each with a full name and a surname to mark. */
export const HALE_AND_RUIZ: [string, null, string[]][] = [
  ["Victor Hale", null, ["Victor Hale", "Hale"]],
  ["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]],
];

/** Each quotation findQuotes gives with `people`: its text, its speaker's name and its cue's words. */
export function quoteSpeakers(text: string, people: Person[]) {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null, q.cue ? text.slice(q.cue.start, q.cue.end) : null]);
}
