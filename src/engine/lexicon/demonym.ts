import { DEMONYMS } from "./places";

/** Nationality words, lower case ("russian", "chinese"): one set for every module that asks
 *  whether a word is one (places.ts is generated, so the set lives beside it). */
export const DEMONYM: ReadonlySet<string> = new Set(DEMONYMS.toLowerCase().split("|"));
