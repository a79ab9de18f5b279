/**
 * Titles, honorifics and what comes after a name without being it ("Jr.", "III"): which
 * capitalised words before a name are a title to peel off, and which after it are a suffix.
 * Apart from the name words because titles are a rule of their own ("Prince Harry" but
 * "Prince Fielder"), asked by the finder, the grouping and the completion alike.
 */
import { HONORIFICS, SUFFIXES, TITLES } from "../lexicon/words";
import { GIVEN, NAMEISH, isInitial, lower } from "./name-words";
import { type Token, isCapitalised } from "./tokens";

export const isHonorific = (w: string) => HONORIFICS.has(lower(w));
/**
 * Titles the name rules know beside TITLES. Kept apart because TITLES is also one of the
 * tagger's features (features.ts): a word added there would change the model's input without
 * retraining it.
 */
const MORE_TITLES = new Set(["lieutenant", "emir", "sheikha", "tsar", "czar", "mufti"]);
export const isTitle = (l: string) => TITLES.has(l) || MORE_TITLES.has(l);
export const isTitleWord = (w: string) => isCapitalised(w) && (isTitle(lower(w)) || isHonorific(w) || (w.includes("-") && hyphenTitle(w)));
/** "Lieutenant-Colonel", "Vice-Admiral", "President-elect": every part a title, or "-elect"/"-designate";
 *  and any post "-in-Chief" or "-at-Large" ("Runner-in-Chief", "Writer-at-Large"), which no name's parts join. */
function hyphenTitle(w: string): boolean {
  const parts = lower(w).split("-");
  if (parts.length === 3 && (parts[1] === "in" || parts[1] === "at")) return true;
  return parts.length >= 2 && isTitle(parts[0]!) && parts.slice(1).every((p) => isTitle(p) || p === "elect" || p === "designate");
}
/**
 * Title words that are titles only before another title ("Vice President", "Prime Minister",
 * "First Lady"): before any other word they open a thing's name ("Prime Video", "Vice Media",
 * "First Solar"), and the word after them is no one's name.
 */
const BOUND_TITLES = new Set(["vice", "prime", "first"]);
export const boundTitleAlone = (w: string, next: Token | undefined): boolean =>
  BOUND_TITLES.has(lower(w)) && isCapitalised(w) && !(next && isTitleWord(next.text));
/** Regnal numbers after a name ("Charles III", "Abdullah II"); a lone "I" only after a royal title. */
export const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{1,3}|XIV|XVI{0,3})$/;
/** The same, lowercased, with "I" and the generational suffixes: grouping's keys are lowercase. */
export const SUFFIX_KEYS = new Set([...SUFFIXES, "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi"]);
export const ROYAL = new Set(["king", "queen", "pope", "emperor", "empress", "tsar", "czar", "sultan", "emir", "prince", "princess", "shah"]);
/** A name's last word that is not its surname: "Jr.", "III", the "I" of "Elizabeth I". */
// (grouping asks it of every name word it compares: the length test spares the rest)
export const isSuffixWord = (w: string) => w.length <= 5 && (SUFFIXES.has(lower(w)) || REGNAL.test(w) || w === "I" || w === "i");
/** Words that make a title of the title after them ("Crown Prince", "Grand Mufti", "Majority Leader"), never a name there. */
export const TITLE_LEADS = new Set(["crown", "grand", "first", "supreme", "high", "lord", "lady", "majority", "minority"]);
/**
 * Titles that English also gives as names (the given-name list holds "King", "Prince", "Rabbi",
 * "Mayor", "Sergeant", "Marshal", "Warden"): before a given name or a longer name they are the
 * title ("Prince Harry", "Rabbi Jonathan Sacks", "King Abdullah II", "Mayor Bill de Blasio");
 * before a lone surname they may be the name ("Prince Fielder").
 * ("Earl", "Duke", "Baron" are left out: news uses them as given names far more than as titles.)
 */
const TITLE_FIRST = new Set(["king", "prince", "rabbi", "mayor", "sergeant", "marshal", "warden"]);
/** Is the capitalised word at the head of a name a title to peel off, given the rest of the name? */
// (the rest of the name is rest[from..]: no copy of it per word peeled)
export function leadingTitle(w: string, rest: readonly Token[], from: number): boolean {
  const next = rest[from];
  if (!next) return false;
  const l = lower(w);
  if (TITLE_LEADS.has(l) && isCapitalised(w) && isTitleWord(next.text)) return true;
  if (!TITLE_FIRST.has(l) || !isCapitalised(w)) return false;
  const n = lower(next.text);
  return rest.length - from >= 2 || GIVEN.has(n) || NAMEISH.has(n) || isInitial(next.text);
}
