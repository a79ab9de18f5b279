/**
 * A set of words written as one string. The finder's word lists ship in content.js, the script
 * every page parses; one string is smaller than an array of quoted words (two characters fewer a
 * word), and that file's size is a bar (issue 9).
 */
export const wordSet = (words: string, sep = " "): Set<string> => new Set(words.split(sep));

/** What the finder asks of a word list it reads only once a page may be an article. */
export interface Words {
  has(word: string): boolean;
}

/**
 * A word list built the first time it is asked: evaluating content.js is paid on every page,
 * and most pages are not articles, so the finder's lists (and the language check's) are built
 * only on a page it reads. The two lists the walk asks about every element it visits (dom.ts:
 * NEVER_TEXT, BLOCKS) stay plain sets, built at once: a call through a closure there would cost
 * every article's walk more than building them costs a page.
 */
export function lazyWords(words: string, sep = " "): Words {
  let set: Set<string> | undefined;
  return { has: (w) => (set ??= new Set(words.split(sep))).has(w) };
}

/** What the finder asks of a regular expression: test and exec, on a non-global one. */
export type Pattern = Pick<RegExp, "test" | "exec">;

/**
 * A regular expression made the first time it is used. esbuild writes a Unicode-class literal
 * (\p{Lu}) as `new RegExp(...)` for these targets, and a RegExp built from a string parses its
 * pattern (and builds a class's ranges) when it is made: at content.js's evaluation, on every
 * page, for patterns only an article's finder runs.
 */
export function lazyPattern(make: () => RegExp): Pattern {
  let re: RegExp | undefined;
  return { test: (s) => (re ??= make()).test(s), exec: (s) => (re ??= make()).exec(s) };
}
