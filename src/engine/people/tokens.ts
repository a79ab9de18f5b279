/**
 * A news-aware tokenizer shared by the matchers: words (with their offsets in the Analysis text)
 * and punctuation, each flagged when it starts a sentence. One pass, no allocation per character.
 */
import { isAsciiLetter } from "../ascii";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** "word" (letters/digits), "punct" (anything else), "poss" (a possessive 's / ’s). */
  kind: "word" | "punct" | "poss";
  /** First word of a sentence or paragraph (its capital says nothing about names). */
  sentenceStart: boolean;
  /** A line break lies between this token and the previous one. */
  afterBreak: boolean;
}

// A word: letters/digits with inner apostrophes, periods (U.S.) or hyphens, and a period when the
// word is an abbreviation — /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu, scanned
// by hand: that regex's Unicode classes cost a compile on the first page and a class test per
// character. Possessives are split off below.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ABBREVIATION = /^(?:\p{Lu}\.|(?:\p{L}\.){2,}|(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|maj|capt|sgt|adm|cmdr|rev|fr|st|jr|sr|messrs|mt|ft|supt|cpl|pvt|no|vs|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|d\.c)\.)$/iu;
const SENTENCE_END = /^[.!?…]$/;
const ABBREVIATED = new Set("mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|maj|capt|sgt|adm|cmdr|rev|fr|st|jr|sr|messrs|mt|ft|supt|cpl|pvt|no|vs|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u.s|d.c".split("|"));
/**
 * ABBREVIATION.test(t), by char code for an ASCII word (nearly all): that /iu regex's Unicode
 * classes cost a compile on the first page. Under /iu, \p{Lu} matches a letter of either case.
 */
function isAbbreviation(t: string): boolean {
  const n = t.length;
  for (let i = 0; i < n; i++) if (t.charCodeAt(i) >= 128) return ABBREVIATION.test(t);
  if (n < 2 || t.charCodeAt(n - 1) !== 46) return false;
  // a letter and its period, once ("J.") or twice and more ("U.S.", "a.m.")
  let pairs = n % 2 === 0;
  for (let i = 0; i < n && pairs; i += 2) pairs = isAsciiLetter(t.charCodeAt(i)) && t.charCodeAt(i + 1) === 46;
  if (pairs) return true;
  return ABBREVIATED.has(t.slice(0, -1).toLowerCase());
}

/** JavaScript's \s: ASCII spaces and the Unicode space separators and line breaks. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** UTF-16 length of the letter, mark or digit at i (0: none there). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // Latin-1 and Latin Extended letters (all but × and ÷), and the punctuation news is full of
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if ((c >= 0x2010 && c <= 0x2027) || c === 0xa0 || c === 0xab || c === 0xbb) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]!) ? 1 : 0;
}

/** End of the token starting at a non-space character at i. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  let w = wordCharAt(text, i);
  if (!w) {
    // any other character alone (a surrogate pair as one)
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
    }
    return i + 1;
  }
  i += w;
  for (;;) {
    // ASCII letters and digits inline (most of any text): a call per character is what a
    // not-yet-optimised run (a worker's first pages) pays most for
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
          i++;
          continue;
        }
        break;
      }
      if (!(w = wordCharAt(text, i))) break;
      i += w;
    }
    const sep = text.charCodeAt(i);
    if ((sep === 39 || sep === 0x2019 || sep === 46 || sep === 45) && i + 1 < n && (w = wordCharAt(text, i + 1))) {
      i += 1 + w;
      continue;
    }
    break;
  }
  return text.charCodeAt(i) === 46 ? i + 1 : i;
}

/** Could `t` end in a possessive ("Trump's", "Jones'")? Saves a regex per word. */
function mayBePossessive(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last === 39 || last === 0x2019) return true;
  const prev = t.charCodeAt(t.length - 2);
  return last === 115 && (prev === 39 || prev === 0x2019);
}

/** Starts with a letter or digit (\p{L} or \p{N} on its first UTF-16 unit)? */
function startsAlnum(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(t[0]!);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastEnd = 0;
  let afterBreak = false;
  let start = 0;
  // one function for the whole text (it was a closure made per token)
  const push = (s: number, str: string, kind: Token["kind"]) => {
    const isWord = kind === "word";
    tokens.push({ start: s, end: s + str.length, text: str, kind, sentenceStart: isWord && sentenceStart, afterBreak: afterBreak && s === start });
    if (isWord) sentenceStart = false;
    else if (str.length === 1 ? isSentenceEnd(str.charCodeAt(0)) : SENTENCE_END.test(str)) sentenceStart = true;
    // (other punctuation, openers and closing quotes included, keeps the sentence going)
  };
  const n = text.length;
  while (start < n) {
    if (isSpace(text.charCodeAt(start))) {
      start++;
      continue;
    }
    const end = tokenEnd(text, start);
    let t = text.slice(start, end);
    afterBreak = false;
    for (let k = lastEnd; k < start; k++) if (text.charCodeAt(k) === 10) afterBreak = true;
    if (afterBreak) sentenceStart = true;
    if (t.length > 1 && startsAlnum(t)) {
      // A trailing period belongs to the word only for abbreviations and initials.
      let trailingDot = false;
      if (t.charCodeAt(t.length - 1) === 46 && !isAbbreviation(t)) {
        t = t.slice(0, -1);
        trailingDot = true;
      }
      const poss = mayBePossessive(t) ? /^(.+?)(['’]s?)$/u.exec(t) : null;
      if (poss && (poss[2]!.length === 2 || /s$/i.test(poss[1]!))) {
        push(start, poss[1]!, "word");
        push(start + poss[1]!.length, poss[2]!, "poss");
      } else push(start, t, "word");
      if (trailingDot) push(start + t.length, ".", "punct");
    } else push(start, t, t.length > 1 ? "word" : "punct");
    lastEnd = end;
    start = end;
  }
  return tokens;
}

/** /^[.!?…]$/ for one UTF-16 unit. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;

// ASCII first (nearly every word): these run several times per token, and a Unicode property
// regex test costs far more than a char-code comparison
export const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
export const isAllCaps = (w: string): boolean => {
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) return /^[\p{Lu}\p{N}.\-'’]+$/u.test(w) && /\p{Lu}/u.test(w);
    else if (!((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 39)) return false;
  }
  return upper;
};

/**
 * Where a token object sits in its list (-1: not in it), by binary search on its start: a list
 * from tokenize is in text order and no two of its tokens start at one offset. (A linear indexOf
 * made long pages quadratic; a Map built per list cost a pass and an entry per token.) Only the
 * very object counts: a copy made to split a compound is in no list.
 */
export function indexIn(tokens: readonly Token[], t: Token): number {
  const k = tokenStartingAt(tokens, t.start);
  return k >= 0 && tokens[k] === t ? k : -1;
}

/** Index of the token starting at `pos` in a list from tokenize (-1: none does). */
export function tokenStartingAt(tokens: readonly Token[], pos: number): number {
  const k = lastStartingAtOrBefore(tokens, pos);
  return k >= 0 && tokens[k]!.start === pos ? k : -1;
}

/** Index of the last item (tokens, or any spans sorted by start) that starts at or before `pos`
 *  (-1: none). */
export function lastStartingAtOrBefore(items: readonly { readonly start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * Does the abbreviation tokens[j] ("Corp.", "U.S.") end its sentence, so that its period is the
 * sentence's and not the name's? Yes when the line or the text ends there, or a closing quote
 * ending the line follows ('… analyst at McDonald & Co."'). News tokenisation (and CoNLL-2003's
 * annotation) keeps "Lear Corp" + "." at a sentence's end and "Lear Corp." mid-sentence.
 */
export function periodEndsSentence(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== "word" || t.text.length < 3 || t.text.charCodeAt(t.text.length - 1) !== 46) return false;
  const next = tokens[j + 1];
  if (!next || next.afterBreak) return true;
  const after = tokens[j + 2];
  return /^["”]$/.test(next.text) && (!after || after.afterBreak);
}
