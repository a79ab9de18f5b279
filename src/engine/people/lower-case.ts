/**
 * How the text writes a word elsewhere: in lower case as a word of prose (writtenLower, memoised
 * per text: each answer is a scan of the whole text), alone before no capital (usedAlone). An
 * English name is capitalised wherever it stands; the grouping's filters lean on these scans.
 */
import { analysisEpoch, perAnalysis } from "../analysis-memo";

/**
 * Is `w` (lowercase) written in the text as a word of prose, in lower case? Not inside an address
 * or a handle ("…/wisdom-from-jenks-farmers-new-book", "@taya"): the word must follow a space,
 * an opening bracket or quote, and not run on into a hyphen, a slash or a dotted name.
 */
export function writtenLower(text: string, w: string): boolean {
  // (the group filters ask of the same words: each answer is a scan of the whole text)
  if (text !== lowerMemoText || lowerMemoEpoch !== analysisEpoch()) {
    lowerMemo.clear();
    lowerMemoText = text;
    lowerMemoEpoch = analysisEpoch();
    proseWords = undefined;
  }
  let known = lowerMemo.get(w);
  if (known === undefined) {
    // (a word of letters is looked up in the text's words of prose, indexed once: a scan per
    // word made a page of a thousand names each never written in lower case quadratic)
    if (oneWord(w)) known = (proseWords ??= indexProseWords(text)).has(w);
    else known = scanLower(text, w);
    lowerMemo.set(w, known);
  }
  return known;
}
let lowerMemoText = "";
let lowerMemoEpoch = -1;
const lowerMemo = new Map<string, boolean>();
let proseWords: Set<string> | undefined;
/** Letters that isLetterCode reads as letters one by one (no surrogate pairs). */
const oneWord = (w: string) => /^\p{L}+$/u.test(w) && !/[\uD800-\uDFFF]/.test(w);
/** Every whole run of letters scanLower would accept as written in prose: the same tests before and after. */
function indexProseWords(text: string): Set<string> {
  const words = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterCode(text.charCodeAt(i))) i++;
    if (!opensProse(text, start) || !endsProse(text, i)) continue;
    words.add(text.slice(start, i));
  }
  return words;
}
function scanLower(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const end = at + w.length;
    if (!opensProse(text, at) || (end < text.length && isLetterCode(text.charCodeAt(end))) || !endsProse(text, end)) continue;
    return true;
  }
  return false;
}
/** A word of prose starts after a space, a line break, an opening bracket or quote… */
function opensProse(text: string, start: number): boolean {
  const b = start > 0 ? text.charCodeAt(start - 1) : 32;
  return b === 32 || b === 10 || b === 0xa0 || b === 40 || b === 34 || b === 0x201c || b === 0x2018;
}
/** …and does not run on into a compound, a path, an address or a domain ("web-based", "web/app",
 *  "web@", "web_", "web.dev"). */
function endsProse(text: string, end: number): boolean {
  const a = end < text.length ? text.charCodeAt(end) : 32;
  return !(a === 45 || a === 47 || a === 64 || a === 95 || (a === 46 && isLetterCode(text.charCodeAt(end + 1))));
}
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/**
 * Is `first` written in lower case as a word of prose other than right before `last`, read from
 * counts of the text's lower-case words and of the pairs of them one space apart, indexed once
 * per text (lowerAlone scans the text for each name it is asked about).
 */
export function lowerApart(text: string, first: string, last: string): boolean {
  const pairIndex = lowerPairs(text);
  const n = pairIndex.get(first) ?? 0;
  return n > (pairIndex.get(`${first} ${last}`) ?? 0);
}
const lowerPairs = perAnalysis((text: string) => indexLowerPairs(text));
/** Counts of the words in lower case (as indexProseWords reads them) and of "a b" pairs of them. */
function indexLowerPairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const n = text.length;
  let prev = "";
  let prevEnd = -2;
  for (let i = 0; i < n; ) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterCode(text.charCodeAt(i))) i++;
    const c0 = text.charCodeAt(start);
    const prose = opensProse(text, start) && endsProse(text, i);
    if (!prose || !(c0 >= 97 && c0 <= 122)) {
      prev = "";
      continue;
    }
    const w = text.slice(start, i);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (prev && prevEnd === start - 1 && text.charCodeAt(start - 1) === 32) {
      const pair = `${prev} ${w}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    prev = w;
    prevEnd = i;
  }
  return counts;
}

/** Is `first` written in lower case as a word of prose other than right before `last`? */
export function lowerAlone(text: string, first: string, last: string): boolean {
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const end = at + first.length;
    if (text.startsWith(` ${last}`, end)) continue;
    if (scanLower(text.slice(Math.max(0, at - 1), end + 2), first)) return true;
  }
  return false;
}
/** Does the text write `w` alone somewhere: a whole word, not before another capitalised word? */
export function usedAlone(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const end = at + w.length;
    if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) continue;
    if (end < text.length && isLetterCode(text.charCodeAt(end))) continue;
    if (!/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 4))) return true;
  }
  return false;
}
