/**
 * The common-nouns lexicon as one set for the process, built on its first question: the people
 * filters and the roles' built job words both ask it, and each had built its own copy of the
 * 7,100 words.
 */
import { COMMON_NOUNS } from "./common-nouns";

let nouns: Set<string> | null = null;

/** Is `lw` (lower case) a noun of the lexicon as written (singular, no inflection)? */
export function isLexiconNoun(lw: string): boolean {
  return (nouns ??= new Set(COMMON_NOUNS.split(" "))).has(lw);
}
