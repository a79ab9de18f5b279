/**
 * The words of a stretch of text as the attribution rules read them (possessive 's and s’ dropped,
 * "shot back" one word), scanned by char code. Apart because every rule reads words and none
 * should pay a Unicode regex's compile for it.
 */
import { PHRASAL } from "../lexicon/speech";
import type { Span } from "../types";

/** Every UTF-16 unit of `s` below 128? */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

// "shot back", "fired back": the reporting verbs of two words that words() reads as one
const BACK_VERBS = new Set(PHRASAL);

export interface Word extends Span {
  w: string;
}

const ALNUM = /[\p{L}\p{N}]/u;
/** UTF-16 length of the letter or digit (\p{L}, \p{N}) at i, 0 when there is none; ASCII by code. */
export function alnumAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ALNUM.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return ALNUM.test(text[i]!) ? 1 : 0;
}

/**
 * The words of text[from, to): /[\p{L}\p{N}][\p{L}\p{N}.\-'’]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu, scanned
 * by hand (that regex's Unicode classes cost a compile on a worker's first page and a class test
 * per character after): a letter or digit, then letters, digits and inner . - ' ’ up to the last
 * letter or digit.
 */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const first = alnumAt(text, i, to);
    if (!first) {
      i++;
      continue;
    }
    let end = i + first;
    let j = end;
    while (j < to) {
      const c = text.charCodeAt(j);
      const k = alnumAt(text, j, to);
      if (k) {
        j += k;
        end = j;
      } else if (c === 46 || c === 45 || c === 39 || c === 0x2019) j++;
      else break;
    }
    const n = end - i;
    // a possessive 's / ’s dropped (/['’]s$/ by char codes: a replace per word made a string each)
    const poss = n > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019);
    // "shot back" / "fired back": a two-word reporting verb is one word, so every rule that reads
    // a verb reads it as it reads "said" (only those verbs: the first letter asked before the set)
    const c0 = text.charCodeAt(i);
    if ((c0 === 115 || c0 === 102) && n >= 4 && n <= 6 && text.charCodeAt(end) === 32 && end + 5 <= to && text.startsWith("back", end + 1) && !alnumAt(text, end + 5, to)) {
      const two = text.slice(i, end + 5);
      if (BACK_VERBS.has(two)) {
        out.push({ start: i, end: end + 5, w: two });
        i = end + 5;
        continue;
      }
    }
    // "Sanders’ campaign": a plural's or a name's bare apostrophe, then a word in lower case, is
    // its possessive too (the word's span takes the mark; `w` does not)
    const bare = !poss && n > 1 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && text.charCodeAt(end + 1) === 32 && end + 2 < to && (c0 < 97 || c0 > 122) && /[a-z]/.test(text[end + 2] ?? "");
    out.push({ start: i, end: bare ? end + 1 : end, w: text.slice(i, poss ? end - 2 : end) });
    i = bare ? end + 1 : end;
  }
  return out;
}
