/**
 * The word lists and word tests every people step asks: given names, name words and non-names
 * of the lexicon, lower() and its per-text cache, initials, a name's shape, places, firms and
 * nationalities. Shared, so each list is built once and each memo is one instance.
 */
import { analysisEpoch } from "../analysis-memo";
import { DEMONYM } from "../lexicon/demonym";
import { GIVEN_NAMES, NAME_TOKENS, NON_NAME_TOKENS } from "../lexicon/derived";
import { isPlaceName } from "../lexicon/place-sets";
import { COUNTRIES, ORGANIZATIONS } from "../lexicon/places";

const splitSet = (s: string) => new Set(s.split(" "));
export const GIVEN = splitSet(GIVEN_NAMES);
export const NAMEISH = splitSet(NAME_TOKENS);
export const NON_NAME = splitSet(NON_NAME_TOKENS);

/** Lowercased, one final period dropped (the regex replace this was cost more than the rest). */
export const lower = (t: string) => {
  let l = lowerCache.get(t);
  if (l === undefined) {
    l = t.toLowerCase();
    if (l.charCodeAt(l.length - 1) === 46) l = l.slice(0, -1);
    lowerCache.set(t, l);
  }
  return l;
};
/** lower()'s answers for the words of the text at hand (findPersonMentions clears it for each
 *  analysis: a token's text is a slice that would keep an old page's text alive). */
const lowerCache = new Map<string, string>();
let lowerCacheText = "";
let lowerCacheEpoch = -1;
/** Starts lower()'s answers afresh for a new text or a new analysis (analysis-memo.ts). */
export function lowerCacheFor(text: string): void {
  if (text !== lowerCacheText || lowerCacheEpoch !== analysisEpoch()) {
    lowerCache.clear();
    lowerCacheText = text;
    lowerCacheEpoch = analysisEpoch();
  }
}
/** Places written like initials ("U.S."), never part of a name. */
export const PLACE_INITIALS = new Set(["U.S.", "U.K.", "D.C.", "U.N.", "E.U.", "L.A.", "N.Y."]);
// (an initial has its period second, or after an astral capital: most words fail the first test)
export const isInitial = (w: string) => (w.charCodeAt(1) === 46 || w.charCodeAt(0) >= 0xd800) && /^(?:\p{Lu}\.){1,3}$/u.test(w) && !PLACE_INITIALS.has(w);
export const COUNTRY = new Set(COUNTRIES.split("|"));
/** Countries, capitals, large cities and regions, lowercased: a run that is one is a place. The
 *  shared lazy sets of lexicon/place-sets.ts: this module no longer builds a union of its own on
 *  load (a worker's first page paid for both). */
export const PLACE = { has: isPlaceName };
/** "I’m", "We're", "Don’t": a contraction is no name word. */
export const CONTRACTION = /['’](?:m|re|ve|ll|d)$|n['’]t$/i;
export const isDemonym = (w: string) => DEMONYM.has(lower(w));
/** A name's shape: one capital, then lower case ("O'Neill" and "Smith-Jones" too; not "IDShield"). */
export const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/**
 * Can `w` open on a capital (\p{Lu})? Not when its first character is ASCII and no capital, as most
 * words' is: asked before a Unicode regex that needs one.
 */
export function mayOpenCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return !(c < 65 || (c > 90 && c < 128));
}
/** NAME_SHAPE.test(w), the regex only for a word that may open on a capital. */
export const nameShaped = (w: string): boolean => mayOpenCapital(w) && NAME_SHAPE.test(w);
/** Organisations of one word in the gazetteer ("Microsoft", "Sony", "Dell"). */
export const ORG_WORD = new Set(ORGANIZATIONS.split("|").filter((o) => !o.includes(" ")));
