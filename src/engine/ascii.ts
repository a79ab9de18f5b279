/**
 * Character-code tests for ASCII letters: the engine's fast paths ask these before any Unicode
 * property regex, whose compile is a cost on a worker's first page and whose per-character class
 * test is slower on every page (non-ASCII text falls through to the regex).
 */
export const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
