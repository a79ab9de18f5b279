/**
 * A word that opens a sentence before a name the text names without it ("Former Carson advisers
 * said", "Taking Rubio seriously is hard", "Vote Donald Trump."): English capitalises it for the
 * sentence, the tagger reads it into the name, and the person's card is then titled "Former
 * Carson". Where the rest of the run is a name a full name found elsewhere in the text (or its surname)
 * and the word is an ordinary one the text writes in lower case, the mention starts after it.
 */
import { FUNCTION_WORDS } from "../lexicon/words";
import { writtenLower } from "./lower-case";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, NON_NAME, isInitial, lower } from "./name-words";
import { opensSentence } from "./person-context";

/** A word of one capital and lower case only: no initial, no acronym, no "McCain". */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The mentions, each without an ordinary word opening its sentence before a name found elsewhere. */
export function withoutLeadWords(text: string, mentions: Mention[]): Mention[] {
  // the full names that open on a given name or an initial, and the surname of each: "Ben
  // Carson" lets "Carson" stand alone
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.words.length < 2 || !(GIVEN.has(lower(m.words[0]!)) || isInitial(m.words[0]!))) continue;
    names.add(m.words.join(" "));
    names.add(m.words[m.words.length - 1]!);
  }
  if (!names.size) return mentions;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.words.length < 2) continue;
    const w = m.words[0]!;
    const l = lower(w);
    if (!PLAIN_WORD.test(w) || GIVEN.has(l) || NAMEISH.has(l) || isInitial(w)) continue;
    const rest = m.words.slice(1);
    if (!names.has(rest.join(" ")) || !opensSentence(text, m.start)) continue;
    // (an ordinary word: one the text also writes in lower case; an unlisted given name, "Reince
    // Priebus", is not, and nor are the common nouns that are also given names, "Mitt Romney")
    if (!(FUNCTION_WORDS.has(l) || NON_NAME.has(l) || writtenLower(text, l))) continue;
    const start = text.indexOf(rest[0]!, m.start + w.length);
    if (start < 0 || start >= m.end) continue;
    (out ??= mentions.slice())[i] = { ...m, start, words: rest };
  }
  return out ?? mentions;
}
