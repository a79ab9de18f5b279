/**
 * Names that end as a plural common noun, or that open a sentence as a command: "Park Hyatt
 * Hotels", "Stanford Medicine Free Certificates", "Speak up and let your instructor know". English
 * names one person with a singular, and a person's name is followed by its verb, not by a particle
 * or an object. Kept apart from plurals.ts (lone plurals) because both tests judge the name's shape
 * in its sentence, not a lexicon's say.
 */
import { isCommonNoun } from "./common-nouns";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, isInitial, lower } from "./name-words";
import { markedAsPerson, opensSentence } from "./person-context";
import { singulars } from "./plurals";

type G = { key: string[]; mentions: Mention[] };

/** A plural whose singular the common-noun lexicon holds and that no name list holds ("Hotels",
 *  "Certificates"; not "Wells", "Brooks"). */
function commonPlural(w: string): boolean {
  const l = lower(w);
  if (l.length < 4 || !l.endsWith("s") || /(?:ss|us|is)$/.test(l) || GIVEN.has(l) || NAMEISH.has(l)) return false;
  return singulars(l).some((s) => s.length >= 3 && !GIVEN.has(s) && !NAMEISH.has(s) && isCommonNoun(s));
}

/**
 * A name of three words or more, no initial among them, whose fullest form ends in a common noun's
 * plural, none of whose mentions has a title or a person's cue: a chain, a brand's offer, a
 * programme. A surname so spelt ("Tyra Banks", "Joan Rivers", "H. G. Wells") follows one given
 * name or initials; the given-name list cannot tell the two apart ("Park", "Stanford" are in it),
 * the number of words can.
 */
export function pluralEnd(text: string, g: G): boolean {
  const full = g.mentions.reduce((a, m) => (m.words.length > a.length ? m.words : a), [] as string[]);
  if (full.length < 3 || full.some(isInitial) || !commonPlural(full[full.length - 1]!)) return false;
  return !g.mentions.some((m) => markedAsPerson(text, m));
}

/** What follows a command's verb and never a name that opens a sentence: a particle of a phrasal
 *  verb ("Speak up", "Reach out") or an object's determiner or pronoun ("Mark your calendar", "Keep
 *  it short"), then a word in lower case. ("in" and "on" are left out: "Obama in 2008".) */
const COMMAND_AFTER = /^ (?:up|out|down|off|back|away|your|yourself|my|our|their|its|it|them|me|us|this|these|those|some|every|each|the|a|an)(?: \p{Ll}|[,.;!])/u;

/**
 * One word, every mention of it alone, untitled, opening a sentence, with a particle or an object
 * right after it: an imperative ("Speak up and let your instructor know"), whatever verb it is.
 * (A name after "the" with a capital, "Alexander the Great", fails the lower-case test.)
 */
export function commandOpener(text: string, g: G): boolean {
  if (g.key.length !== 1) return false;
  return g.mentions.every((m) => m.words.length === 1 && !m.titled && opensSentence(text, m.start) && COMMAND_AFTER.test(text.slice(m.end, m.end + 16)) && !markedAsPerson(text, m));
}
