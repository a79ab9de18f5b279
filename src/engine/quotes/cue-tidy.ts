/**
 * A cue that names nobody is shown on the card as the speaker's words ("Said by the source"), so
 * it must read as a noun phrase. One that runs over a comma, a colon or a semicolon has taken in
 * more than the subject: a phrase setting the scene before it ("In February, Hurun", "on Monday,
 * CBS", "Lamenting their luck, Mexicans"), an adverb set off after it ("The two lawmakers,
 * however,"), or words that were never a subject ("the waving, smiling feel", "a statement
 * that, while condemning violence", "Let's do this: Step #1: Determine your starting"). This
 * keeps the subject when one side of the mark is one, and drops the cue otherwise.
 */
import type { Span } from "../types";
import { ADVERB, CLAUSE_BREAK, DETERMINER, PREPOSITION } from "./word-classes";

/** The part of an unnamed speaker's cue that is a noun phrase, or null when none is. */
export function tidyCue(text: string, cue: Span): Span | null {
  const words = text.slice(cue.start, cue.end);
  if (!/[,;:]/.test(words)) return cue;
  // (a colon or a semicolon inside a subject: the phrase ran over a label or a list)
  if (/[;:]/.test(words)) return null;
  const cut = words.lastIndexOf(",");
  const before = words.slice(0, cut).trimEnd();
  const after = words.slice(cut + 1);
  const tail = after.trim();
  const tailWords = tail.split(/\s+/);
  // "The two lawmakers, however": the adverb set off after the subject
  if (tail && tailWords.every((w) => ADVERB.test(w) || /^(?:however|too|though|meanwhile|instead|then|also)$/i.test(w)) && before && !before.includes(",")) return { start: cue.start, end: cue.start + before.length };
  // "Democrats across the country, who highlighted": the relative pronoun is the clause's subject
  // (a pronoun's cue: the card names nobody by it)
  if (/^who$/i.test(tailWords[0]!)) {
    const start = cue.start + cut + 1 + (after.length - after.trimStart().length);
    return { start, end: start + 3 };
  }
  // "the AP report, which notes": the writing and the relative pronoun standing for it, whole
  // (the pronoun alone names nothing on the page; the card shows no cue holding "which")
  if (/^which$/i.test(tail)) return cue;
  // "The snarky, anti-GOP water-carrying headline reads": adjectives in a row, the comma between
  // two of them, before the head noun; the phrase stays whole (not one with no head, "the
  // waving, smiling", "another, more sympathetic", nor a complement, "the city's finances, at one")
  if (/^(?:a|an|the|another|his|her|their|its)\s/i.test(words) && tailWords.length >= 2 && /^\p{Ll}/u.test(tail) && !PREPOSITION.test(tailWords[0]!) && !CLAUSE_BREAK.test(tailWords[0]!) && !ADVERB.test(tailWords[0]!) && !/^(?:more|most|less|least|very|so|too)$/.test(tailWords[0]!) && !/(?:ing|ed|ic|ive|al|ous|ful|ble|ly)$/.test(tailWords[tailWords.length - 1]!)) return cue;
  // "In February, Hurun": the scene set before it; the subject opens on a capital or an article
  if (tail && (/^\p{Lu}/u.test(tail) || DETERMINER.test(tailWords[0]!))) {
    const start = cue.start + cut + 1 + (after.length - after.trimStart().length);
    return { start, end: cue.end };
  }
  return null;
}
