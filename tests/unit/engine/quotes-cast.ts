import type { Person } from "../../../src/engine/types";

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
