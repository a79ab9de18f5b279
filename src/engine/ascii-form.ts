/**
 * Patterns with /u classes of all of Unicode's letters (\p{L}, \p{Lu}) cost a worker's first page
 * their compiles (V8 compiles a regex on its first runs, and these classes are thousands of
 * ranges). On a text whose letters are all ASCII, which is nearly every stretch of an English
 * article, the same pattern with A-Z for \p{Lu} and A-Za-z for \p{L} gives the same answers at a
 * fraction of that cost; a caller picks the form by the text it is about to read (plainLetters).
 */

/** `re` with [A-Z] for \p{Lu} and A-Za-z for \p{L} (only inside a class), without its flags (/u
 *  alone: the callers' patterns have no other). */
export function asciiForm(re: RegExp): RegExp {
  if (re.flags !== "u" || /\[[^\]]*\\p\{Lu\}/.test(re.source)) throw new Error(`asciiForm: unsupported pattern ${re}`);
  return new RegExp(re.source.replace(/\\p\{Lu\}/g, "[A-Z]").replace(/\\p\{L\}/g, "A-Za-z"));
}

/** No letter outside ASCII and no character outside the BMP: ASCII, no-break spaces and General
 *  Punctuation (curly quotes, dashes), none of them a letter, so that asciiForm's answers hold. */
export function plainLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && c !== 0xa0 && (c < 0x2000 || c > 0x206f)) return false;
  }
  return true;
}
