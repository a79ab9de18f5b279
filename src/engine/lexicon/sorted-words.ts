/**
 * A lexicon written as one string of words in ascending order (JavaScript's order, by UTF-16 code
 * unit), one space between them ("aada aadya aaliyah …"): searched by halves in the string itself,
 * so a worker's first page builds no Set of thousands of names for the few it asks about.
 */

/**
 * Whether `list` holds the word `w`: the answer of a search by halves that slices each middle
 * word and compares it with `<`, read here character by character (no string made per step).
 * A word's end (its space or the string's) sorts before every character, as a prefix does.
 */
export function sortedWordsHave(list: string, w: string): boolean {
  const n = list.length;
  // the words still in question start in [lo, hi); lo is always a word's start
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    // the start of the word holding the middle character (never before lo: a space is at lo - 1)
    let s = (lo + hi) >> 1;
    while (s > lo && list.charCodeAt(s - 1) !== 32) s--;
    // compare the word at s with w, character by character (-1: the end of either)
    let k = 0;
    let x: number;
    let y: number;
    for (;;) {
      x = s + k < n ? list.charCodeAt(s + k) : -1;
      if (x === 32) x = -1;
      y = k < w.length ? w.charCodeAt(k) : -1;
      if (x !== y || x < 0) break;
      k++;
    }
    if (x === y) return true;
    if (x < y) {
      // the word sorts before w: on past its end
      let e = s + k;
      while (e < n && list.charCodeAt(e) !== 32) e++;
      lo = e + 1;
    } else hi = s;
  }
  return false;
}
