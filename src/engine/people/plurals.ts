/**
 * A lone capitalised plural is a group or a title, not a person: "Marines" ("20,000 Marines",
 * "the Marines said"), "Bridesmaids" (a film: "Before Bridesmaids, she was…"). English names one
 * person with a singular; a plural that the text or the lexicon shows to be a noun's names many,
 * or a work. A person's surname so spelt ("Rivers", "Banks") comes with the full name it joins
 * (grouping keeps those) or with a sign only a person takes.
 */
import { isCommonNoun } from "./common-nouns";
import { perAnalysis } from "../analysis-memo";
import { APPOSITIVE_AFTER } from "./cues";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH } from "./name-words";

/** The singulars an English plural may have: "Marines" → "Marine", "Boxes" → "Box", "Stories" →
 *  "Story". "-es" is a plural's only after a hiss ("Mendes" is no plural of "mend"). */
export function singulars(w: string): string[] {
  const out = [w.slice(0, -1)];
  if (/(?:[sxz]|ch|sh)es$/.test(w)) out.push(w.slice(0, -2));
  if (w.endsWith("ies")) out.push(w.slice(0, -3) + "y");
  return out;
}

/** Capitalised words of the text, indexed once per text (one scan, not one per plural). */
const capitalisedWords = perAnalysis((text: string): Set<string> => new Set(text.match(/\p{Lu}\p{Ll}+(?![\p{L}'’])/gu) ?? []));

/** What only a person takes after a name: an age in commas, a kinship or life event after its
 *  possessive. */
const PERSON_AFTER = /^(?:, \d{1,2}, |['’]s? (?:wife|husband|widow|son|daughter|father|mother|brother|sister|parents|birthday|funeral)\b)/u;
/** A speech verb after a name: a person's sign, unless a determiner or a count before the name
 *  makes it a plural's ("the Marines said", "20,000 Marines told"). ("Geeks who", "are called
 *  Hooks": "who" and a verb before a word are no sign here.) */
const SAID_AFTER = /^,? (?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|explained|explains|noted|notes|argued|argues)\b/u;
const GROUP_BEFORE = /(?:\b(?:the|these|those|many|some|most|all|few|several|other|our|their|its)|\d)\s+$/iu;

/**
 * A name of one word, every mention of it that one word, that ends as an English plural ("-s",
 * not "-ss", "-us", "-is") whose singular is a common noun of the lexicon ("bridesmaid") or is
 * itself capitalised elsewhere in the text ("a Marine Corps helicopter"), and no given name or
 * name word of the lexicon; with no title, age, kin or person's appositive at any mention, and
 * no speech verb after a mention that no determiner or count precedes.
 */
export function pluralNoun(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 1) return false;
  const w = g.key[0]!;
  if (w.length < 4 || !w.endsWith("s") || /(?:ss|us|is)$/.test(w) || GIVEN.has(w) || NAMEISH.has(w)) return false;
  const written = g.mentions[0]!.words[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(written)) return false;
  const caps = capitalisedWords(text);
  const noun = singulars(w).some((s) => s.length >= 3 && !GIVEN.has(s) && (isCommonNoun(s) || caps.has(s[0]!.toUpperCase() + s.slice(1))));
  if (!noun) return false;
  for (const m of g.mentions) {
    if (m.titled || m.words.length !== 1) return false;
    const after = text.slice(m.end, m.end + 90);
    if (PERSON_AFTER.test(after) || (text.charCodeAt(m.end) === 44 && APPOSITIVE_AFTER.test(after))) return false;
    // ("Mendes said in a written comment": a speech verb with no determiner before the name)
    if (SAID_AFTER.test(after) && !GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  }
  return true;
}
