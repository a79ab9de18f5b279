/**
 * The gender a news text gives a person, for resolving "he" and "she" to the right one of two
 * people named before the pronoun ("Clinton … Trump … she said" is Clinton). Read from, in order
 * of trust: the courtesy title written before their name ("Mrs. Clinton", "Mr. King"), a
 * gendered word in their role ("spokeswoman", "congressman"), and their given name (the first
 * name word before the surname that English usage reserves to one sex: "Hillary", "Donald"; a
 * unisex name like "Jordan" or "Terry" tells nothing). Null when nothing tells.
 */
import type { Person } from "../types";
import { sortedWordsHave } from "../lexicon/sorted-words";
import { usGivenNameList } from "../lexicon/us-given-names";
import { FEMALE_NAMES, MALE_NAMES, US_DIGITS, US_SEXES, US_SEX_COUNT } from "./given-names";

export type Gender = "m" | "f";

let given: { f: string; m: string } | null = null;
/**
 * The gender a given name is reserved to (a name in both lists is a man's, as it always was).
 * The lists are searched as one space-separated string each, made on first use: a Map of 3,000
 * names built on a worker's first page cost more than all its lookups (a few per person).
 */
export function givenNameGender(w: string): Gender | undefined {
  if (!w) return undefined;
  given ??= { f: FEMALE_NAMES.replace(/\s+/g, " ").trim(), m: MALE_NAMES.replace(/\s+/g, " ").trim() };
  // (a word with a space in it matched two names side by side in the lists' string, and still does)
  if (/\s/.test(w)) {
    const key = ` ${w} `;
    return ` ${given.m} `.includes(key) ? "m" : ` ${given.f} `.includes(key) ? "f" : undefined;
  }
  // each list is written sorted (a test holds it so): searched by halves, not scanned (10 KB per name)
  return sortedWordsHave(given.m, w) ? "m" : sortedWordsHave(given.f, w) ? "f" : undefined;
}

let usGiven: { f: string[]; m: string[] } | null = null;
/** Whether the sorted `list` holds `w` (binary search: the lexicon is written sorted). */
function sortedHas(list: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === w;
}
/**
 * The sex a given name has in the lists above or, failing them, in the US birth records
 * (given-names.ts US_SEXES, one per name of lexicon/us-given-names.ts: "Barack", "Megyn", "Jeb",
 * "Kellyanne", which compromise's lists lack). For "he"/"she" and the relatives a courtesy title
 * picks out; the people finder's kin rules read givenNameGender alone. The birth records' sexes
 * are read only while their count is the lexicon's: out of step, they would give names the sex
 * of their neighbours. (Two sorted arrays searched by halves: a scan of the names joined in one
 * string cost a quarter of a millisecond per unknown name.)
 */
export function givenNameSex(w: string): Gender | undefined {
  const g = givenNameGender(w);
  if (g || !w) return g;
  if (!usGiven) {
    usGiven = { f: [], m: [] };
    const names = usGivenNameList();
    if (names.length === US_SEX_COUNT) {
      let i = 0;
      for (const name of names) {
        const d = US_DIGITS.indexOf(US_SEXES[(i / 3) | 0]!);
        const sex = ((d / 3 ** (2 - (i % 3))) | 0) % 3;
        if (sex === 1) usGiven.f.push(name);
        else if (sex === 2) usGiven.m.push(name);
        i++;
      }
    }
  }
  return sortedHas(usGiven.m, w) ? "m" : sortedHas(usGiven.f, w) ? "f" : undefined;
}

const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Mme|Madam|Madame|Dame|Lady|Queen|Princess|Duchess|Sister)$/;
const MALE_TITLE = /^(?:Mr|Messrs|Sir|Lord|King|Prince|Duke|Father|Brother)$/;

const FEMALE_WORDS = "actress|waitress|hostess|heiress|wife|widow|mother|grandmother|daughter|sister|aunt|niece|girlfriend|queen|princess|duchess|countess|baroness|empress|lady|madam|first lady|girl";
const MALE_WORDS = "husband|widower|father|grandfather|son|brother|uncle|nephew|boyfriend|king|prince|duke|count|baron|emperor|lord|boy";
/**
 * /^(?:\p{L}+<ending>|\p{L}+<plural>|<words>)$/u as a test, by char code for an ASCII word (the
 * regex, compiled on first use, only for others): a listed word, or letters then the ending.
 */
function roleTest(endings: [string, string], words: string) {
  const re = new RegExp(`^(?:\\p{L}+${endings[0]}|\\p{L}+${endings[1]}|${words})$`, "u");
  const listed = new Set(words.split("|"));
  return {
    test(w: string): boolean {
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return re.test(w);
      if (listed.has(w)) return true;
      for (const end of endings) {
        if (w.length <= end.length || !w.endsWith(end)) continue;
        let letters = true;
        for (let i = 0; i < w.length - end.length && letters; i++) {
          const c = w.charCodeAt(i);
          letters = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
        }
        if (letters) return true;
      }
      return false;
    },
  };
}
const FEMALE_ROLE = roleTest(["woman", "women"], FEMALE_WORDS);
const MALE_ROLE = roleTest(["man", "men"], MALE_WORDS);
// "-man" words that are no man ("human", "German"), or are written of women too ("Trump spokesman
// Hope Hicks", "chairman")
const NOT_MALE = /^(?:human|german|roman|ottoman|shaman|caiman|talisman|woman|women|ombudsman|layman|chairman|chairmen|spokesman|spokesmen|freshman|anchorman|cameraman)$/

// ASCII by char code (nearly every word), the Unicode-class regex otherwise: each such regex costs
// a compile on a worker's first page
/** /\p{L}/u.test(text[i]) */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : /\p{L}/u.test(text[i]!);
}
/** /^\p{Ll}/u.test(w) */
function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
}

export function personGender(person: Person, text: string): Gender | null {
  // a courtesy title before any mention: the text's own word, so it outranks the name lists
  let f = 0;
  let m = 0;
  // (the first 24 mentions tell as well as all: a long page names its main people hundreds of times)
  const ms = person.mentions;
  for (let k = 0; k < ms.length && k < 24; k++) {
    // the word right before the mention, read back over spaces and a title's period by hand:
    // three patterns per mention cost more than the rest of the quotation rules on a long page
    let e = ms[k]!.start;
    while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
    if (e === ms[k]!.start) continue;
    if (text.charCodeAt(e - 1) === 46) e--; // "Mrs."
    let b = e;
    while (b > 0 && b > e - 12 && isLetterAt(text, b - 1)) b--;
    const w = text.slice(b, e);
    if (!w) continue;
    if (FEMALE_TITLE.test(w)) f++;
    else if (MALE_TITLE.test(w)) m++;
    // a gendered noun written right before the name: "9/11 widow Terry Strada", "his wife
    // Jane", "spokeswoman Jen Psaki", "actor Tom Hanks" does not tell (said of women too)
    else if (startsLower(w) && FEMALE_ROLE.test(w)) f++;
    else if (startsLower(w) && MALE_ROLE.test(w) && !NOT_MALE.test(w)) m++;
  }
  for (const w of person.name.split(/\s+/)) {
    if (/^(?:Mrs|Ms|Miss|Mme|Madam|Dame|Lady)\.?$/.test(w)) f++;
    else if (/^(?:Mr|Sir|Lord)\.?$/.test(w)) m++;
  }
  if (f !== m) return f > m ? "f" : "m";
  // a gendered word in the role ("a spokeswoman for the campaign", "her husband")
  // ("chairman" is said of women too)
  if (person.role) {
    for (const w of person.role.toLowerCase().split(/[^\p{L}-]+/u)) {
      if (FEMALE_ROLE.test(w)) return "f";
      if (MALE_ROLE.test(w) && !NOT_MALE.test(w)) return "m";
    }
  }
  // the given name: a name word before the last one (the last is the surname: "Rakeyia Scott"
  // tells nothing from "Scott"); title words before it ("Sen.", "Mayor") are in no name list
  const ws = person.name.split(/\s+/);
  for (let i = 0; i < ws.length - 1; i++) {
    const g = givenNameSex(ws[i]!.toLowerCase().replace(/\.$/, ""));
    if (g) return g;
  }
  // the text's own pronouns: "Obama said his plan …", "Obama told reporters he …" — the first
  // personal pronoun after a mention that opens its sentence, where nobody else is named between;
  // at least two such and twice as many one way as the other
  let pf = 0;
  let pm = 0;
  for (let k = 0; k < ms.length && k < 24; k++) {
    const mention = ms[k]!;
    if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
    const rest = text.slice(mention.end, mention.end + 100);
    const stop = rest.search(/[.!?"“”\n]|\b\p{Lu}\p{Ll}+\s+\p{Lu}/u);
    const pr = /\b(he|him|his|himself|she|her|hers|herself)\b/i.exec(stop >= 0 ? rest.slice(0, stop) : rest);
    if (!pr) continue;
    if (/^(?:she|her|hers|herself)$/i.test(pr[1]!)) pf++;
    else pm++;
  }
  if (pf + pm >= 2 && (pf >= 2 * pm || pm >= 2 * pf) && pf !== pm) return pf > pm ? "f" : "m";
  return null;
}
