/**
 * A headline's verb read as the end of a name: a Title Case line capitalises its verb, so
 * "Ted Cruz Refuses To Back Trump" gives the run "Ted Cruz Refuses", and the card would name a
 * person "Ted Cruz Refuses" apart from the Ted Cruz of the body. Where the text names the run
 * without its last word elsewhere, and never with it, that word is the headline's, not the name's.
 */
import type { Mention } from "./mention";

/** Is the mention on a short line whose every word of four letters or more is capitalised: a
 *  headline's ("Hillary Clinton Reassures House Democrats 2016 Is Not Just About Her")? */
export function titleCaseLine(text: string, m: Mention): boolean {
  // (within 200 characters either side: a longer line is prose)
  const lo = Math.max(0, m.start - 200);
  const nlBefore = text.slice(lo, m.start).lastIndexOf("\n");
  if (nlBefore < 0 && lo > 0) return false;
  const nlAfter = text.slice(m.end, m.end + 200).indexOf("\n");
  if (nlAfter < 0 && m.end + 200 < text.length) return false;
  const line = text.slice(lo + nlBefore + 1, nlAfter < 0 ? text.length : m.end + nlAfter);
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4}/u.test(w));
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The mentions with a headline's last word dropped where the text names the rest alone. A new array when any changes. */
export function withoutHeadlineTails(text: string, mentions: Mention[]): Mention[] {
  let names: Map<string, number> | null = null;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.words.length < 3) continue;
    if (!names) {
      names = new Map();
      for (const x of mentions) if (x.words.length >= 2) names.set(x.words.join(" "), (names.get(x.words.join(" ")) ?? 0) + 1);
    }
    const head = m.words.slice(0, -1);
    if (!names.has(head.join(" ")) || names.get(m.words.join(" "))! > 1 || !titleCaseLine(text, m)) continue;
    const last = m.words[m.words.length - 1]!;
    if (text.slice(m.end - last.length, m.end) !== last) continue;
    let end = m.end - last.length;
    // (back over what parts the words too: "Evelyn Kim – Defunkify")
    while (end > m.start && !/[\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
    (out ??= mentions.slice())[i] = { ...m, end, words: head };
  }
  return out ?? mentions;
}
