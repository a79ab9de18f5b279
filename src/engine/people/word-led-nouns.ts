/**
 * Names that open on a given name that is rather an English word ("Price", "Brand", "Web", "Car",
 * "Art", "Honey", "Meta") and go on with common nouns only: "Price Tag", "Brand Awareness",
 * "Web Development", "Car Maintenance", "Art Supplies", "Honey Mustard", "Meta Platforms". These
 * are headings, products and firms. common-words.ts drops them when the page itself writes the
 * words in lower case; a short page, a menu or a product list often does not, so here the
 * lexicons say it: the word-given list (given names rarer than the word and never a person's
 * first word twice in the news data) and the common-noun lexicon. A person named so ("Chip
 * Wilson", "Rich Sutton") has a surname the name lexicon knows, and a title, an initial or a
 * person's cue keeps the name.
 */
import { isWordGivenName } from "../lexicon/word-given-names";
import { plainNoun } from "./common-nouns";
import type { Mention } from "./mention";
import { isInitial } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";

export function wordLedNouns(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2 || !isWordGivenName(g.key[0]!)) return false;
  for (const w of g.key.slice(1)) if (!plainNoun(w)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  for (const m of g.mentions) if (strongPersonCue(text, m) || personContext(text, m)) return false;
  return true;
}
