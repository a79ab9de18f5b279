/**
 * A set of words written as one string. The finder's word lists ship in content.js, the script
 * every page parses; one string is smaller than an array of quoted words (two characters fewer a
 * word), and that file's size is a bar (issue 9).
 */
export const wordSet = (words: string, sep = " "): Set<string> => new Set(words.split(sep));
