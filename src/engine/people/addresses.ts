/**
 * Street addresses read as people: "610 E. Roosevelt St.", "220 Montgomery St. Suite 600". A
 * street named after a person ends on a street's word, and an address puts a house number before
 * it; a person's name has neither, and a surname that is a street's word ("Della Street") comes
 * with no house number.
 */
import type { Mention } from "./mention";

/** The words that end a street's name, and a suite after it (a closed class of addresses). */
const STREET_WORDS = new Set(["st.", "st", "ave.", "ave", "blvd.", "blvd", "rd.", "street", "avenue", "boulevard", "suite", "pkwy", "pkwy.", "hwy", "hwy."]);
/** A house number right before the name ("610 ", "1121 N. " is the name's own "N."). */
const HOUSE_NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}.,])\d{1,5}[A-Za-z]? $/u;

/** Does the name of the mention end on a street's word, or hold one after its first word? */
const streetWord = (m: Mention) => m.words.slice(1).some((w) => STREET_WORDS.has(w.toLowerCase())) || (m.words.length === 1 && STREET_WORDS.has(m.words[0]!.toLowerCase()));

/**
 * Is the group a street's: every mention of it holds a street's word, and one of them stands after
 * a house number?
 */
export function streetAddress(text: string, g: { mentions: readonly Mention[] }): boolean {
  if (!g.mentions.every(streetWord)) return false;
  return g.mentions.some((m) => HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)));
}
