/**
 * When one word alone may stand for a name of several: "Putin" after "Vladimir Putin". A word
 * stands for a person's name because it is a name wherever it is written; the lone words that
 * gathered a hundred mentions into a product's or a firm's "name" on web pages were words of
 * another sense: an acronym the name ends or opens with ("HR" of "Helios HR", "SELECT" of
 * "SELECT Lists") or a word the text also writes in lower case ("Run" of "Temp Run", "None" of
 * "Default None"). Only for names without a known given name: "Bush" stands for "George Bush"
 * on a page about shrubs too, and the name's first word says it is a person's.
 */
import { isUsGivenName } from "../lexicon/us-given-names";
import { isWordGivenName } from "../lexicon/word-given-names";
import { writtenLower } from "./lower-case";
import { GIVEN, isInitial, lower } from "./name-words";
import { isSuffixWord } from "./titles";
import { isAllCaps } from "./tokens";

/** Does the name open with a given name the lexicons know, or an initial ("J. Smith")? (Even one
 *  the text writes in lower case: "Bill" stands for Bill Clinton beside a bill in Congress; but
 *  not a rare name that is rather a word, "Temp" of a training plan's "Temp Run".) */
export function knownGivenFirst(full: readonly string[]): boolean {
  const w = full[0]!;
  if (isInitial(w)) return true;
  // ("AI" of "AI Era" is no "Ai": a given name in capitals beside words in lower case is an acronym)
  if (isAcronymIn(full, w)) return false;
  const l = lower(w);
  return (GIVEN.has(l) && !isWordGivenName(l)) || isUsGivenName(l);
}

/**
 * May `word`, written alone, stand for the name `full` (as written in its fullest mention) whose
 * first or last word it is? Not an acronym inside a name of mixed case, nor a word the text
 * also uses in lower case, unless the name opens with a known given name.
 */
export function loneStandsFor(text: string, full: readonly string[], word: string): boolean {
  if (full.length < 2 || knownGivenFirst(full)) return true;
  const own = full.find((w) => lower(w) === lower(word));
  if (own && isAcronymIn(full, own)) return false;
  return !writtenLower(text, lower(word));
}

/** Is `w`, a word of the name `full`, an acronym: two capitals or more, no initials' periods, no
 *  regnal number, in a name not all in capitals (a byline's or a headline's words are no acronyms)? */
export function isAcronymIn(full: readonly string[], w: string): boolean {
  return w.length > 1 && !w.includes(".") && isAllCaps(w) && /\p{Lu}.*\p{Lu}/u.test(w) && !isSuffixWord(w) && !full.every((x) => isAllCaps(x));
}
