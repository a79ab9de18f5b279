/**
 * The run of ASCII letters that ends at `end`, reaching back no further than `from`: a cheap look
 * at the word before a position, for the prechecks that spare a regex anchored at the end of its
 * window (such a regex is tried from every character of the window).
 */
export function asciiWordEndingAt(text: string, end: number, from: number): string {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1) | 32;
    if (c < 97 || c > 122) break;
    i--;
  }
  return text.slice(i, end);
}
