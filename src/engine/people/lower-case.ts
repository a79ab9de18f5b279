/**
 * How the text writes a word elsewhere: in lower case as a word of prose (writtenLower, memoised
 * per text: each answer is a scan of the whole text), alone before no capital (usedAlone). An
 * English name is capitalised wherever it stands; the grouping's filters lean on these scans.
 */


/**
 * Is `w` (lowercase) written in the text as a word of prose, in lower case? Not inside an address
 * or a handle ("…/wisdom-from-jenks-farmers-new-book", "@taya"): the word must follow a space,
 * an opening bracket or quote, and not run on into a hyphen, a slash or a dotted name.
 */
export function writtenLower(text: string, w: string): boolean {
  // (the group filters ask of the same words: each answer is a scan of the whole text)
  if (text !== lowerMemoText) {
    lowerMemo.clear();
    lowerMemoText = text;
  }
  let known = lowerMemo.get(w);
  if (known === undefined) lowerMemo.set(w, (known = scanLower(text, w)));
  return known;
}
let lowerMemoText = "";
const lowerMemo = new Map<string, boolean>();
function scanLower(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const b = at > 0 ? text.charCodeAt(at - 1) : 32;
    const end = at + w.length;
    const a = end < text.length ? text.charCodeAt(end) : 32;
    if (!(b === 32 || b === 10 || b === 0xa0 || b === 40 || b === 34 || b === 0x201c || b === 0x2018)) continue;
    if (isLetterCode(a) || a === 45 || a === 47 || a === 64 || a === 95 || (a === 46 && isLetterCode(text.charCodeAt(end + 1)))) continue;
    return true;
  }
  return false;
}
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

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
