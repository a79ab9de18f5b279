/**
 * "The piece goes on to slam Sanders' "political revolution"", "The board saw Fiorina … as the
 * "grandfather of Silicon Valley"", "This Trump doppelganger spoke instead about "improving
 * NAFTA"": a sentence that opens on a described subject (an article or a demonstrative, then a
 * noun phrase, then its verb) has that subject, and a name further on is the verb's object or
 * someone in a clause of its own. The guess at the subject of a quote no reporting verb
 * introduces asks this before the first name of the sentence. Apart because the noun phrase's
 * reading (its head, the verb after it, a clause set off after it) is its own.
 */
import { isLexiconNoun } from "../lexicon/noun-set";
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { namesNoSpeaker } from "./guess-no-speaker";
import { IRREGULAR_PAST, isPossessive } from "./owned";
import type { Cue } from "./speaker-phrase";
import { ADVERB, AUXILIARY, CLAUSE_BREAK, DETERMINER, PAST, PREPOSITION, PRONOUN } from "./word-classes";
import type { Word } from "./words";

// what opens a described subject ("his", "her", "their" open an owner's phrase, read elsewhere)
const OPENER = /^(?:the|a|an|this|these|those|its|another)$/i;
// times between a subject and its verb ("The mayor on Tuesday rejected")
const TIME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|night|week|month|year|morning|evening|afternoon|weekend)$/;

/** Whether `w` (after the head, one space before it) reads as the subject's verb going on. */
function verbLike(w: string): boolean {
  if (!/^\p{Ll}/u.test(w)) return false;
  if (AUXILIARY.test(w) || ADVERB.test(w) || IRREGULAR_PAST.test(w) || PAST.test(w) || SPEECH_VERBS.has(w)) return true;
  // a past in -ed or a present in -s, not a plural noun's -ss or a possessive
  return /^\p{Ll}{2,}ed$/u.test(w) || /^\p{Ll}{2,}[^s'’]s$/u.test(w);
}

/** Whether `w` is a noun of the lexicon or a plural of one ("piece", "hosts", "questioners"). */
function noun(w: string): boolean {
  if (isLexiconNoun(w)) return true;
  if (w.endsWith("ies") && isLexiconNoun(`${w.slice(0, -3)}y`)) return true;
  return (w.endsWith("s") && isLexiconNoun(w.slice(0, -1))) || (w.endsWith("es") && isLexiconNoun(w.slice(0, -2)));
}

/**
 * The described subject opening `ws` (the words of a sentence from its start), when a verb follows
 * its head, or null. A name inside it only modifies it ("This Trump doppelganger", "The British
 * capital's new mayor"): the phrase is the cue; `owner` is not set, the head is no one's words.
 */
export function describedSubject(text: string, ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const w0 = ws[0];
  if (!w0 || upTo < 3 || !OPENER.test(w0.w)) return null;
  for (let k = 1; k < Math.min(upTo - 1, 6); k++) {
    const w = ws[k]!;
    // words joined by single spaces (a possessive's "'s" and a hyphen are part of the word)
    if (w.start - ws[k - 1]!.end > 1) return null;
    // ("The influential delegate and conservative activist": "and" inside the phrase)
    if (k > 1 && w.w === "and") continue;
    // (an article past the first word is a clause of its own: "The first taste the audience gets")
    if (DETERMINER.test(w.w)) return null;
    if (PREPOSITION.test(w.w) || CLAUSE_BREAK.test(w.w) || AUXILIARY.test(w.w) || PRONOUN.test(w.w) || (SPEECH_VERBS.has(w.w) && !noun(w.w))) return null;
    // the head: a word in lower case, no possessive, no name
    // ("Another featured five photos", "This means": the opener stands alone, no subject here)
    if (k === 1 && verbLike(w.w) && !noun(w.w)) return null;
    // (nor a head in -ing past the first word: "The concerns being expressed")
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.w) || isPossessive(w) || mentionAt(w.start, w.end) || !noun(w.w) || (k > 1 && w.w.endsWith("ing"))) continue;
    const next = ws[k + 1]!;
    const gap = text.slice(w.end, next.start);
    let v = k + 1;
    if (/^,\s*$/.test(gap) && /^(?:who|which|titled|called|named|obtained)$/.test(next.w)) {
      // ", who backs Cruz," / ", titled …,": a clause set off after the head, then the verb
      while (v < upTo && v - k < 12 && !/,\s*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) v++;
      if (v === k + 1 || v >= upTo || v - k >= 12) return null;
    } else if (gap !== " ") continue;
    // "on Tuesday", "last week": a time before the verb
    if (v + 1 < upTo && /^(?:on|last|this|early|late|earlier)$/.test(ws[v]!.w) && TIME.test(ws[v + 1]!.w)) v += 2;
    // (a plural after the head is the phrase going on, "The cable news networks — …", "The
    // campaign ads feature", unless what follows it is the verb's object or clause: "The poll
    // finds that", "The piece goes on")
    if (v === k + 1 && /s$/.test(ws[v]!.w) && noun(ws[v]!.w) && !(v + 1 < upTo && ws[v + 1]!.start - ws[v]!.end === 1 && (DETERMINER.test(ws[v + 1]!.w) || PREPOSITION.test(ws[v + 1]!.w) || PRONOUN.test(ws[v + 1]!.w) || ADVERB.test(ws[v + 1]!.w) || /^(?:that|on|up|out|off|back)$/.test(ws[v + 1]!.w) || !!mentionAt(ws[v + 1]!.start, ws[v + 1]!.end)))) continue;
    if (v >= upTo || !verbLike(ws[v]!.w)) continue;
    // (a name that a relative clause follows may be whose words they are: "The senator was
    // rallying for an academic named Eric Kingson, who … worked the crowd, praising "…"")
    for (let j = v + 1; j + 1 < upTo; j++) if (/^who$/i.test(ws[j + 1]!.w) && mentionAt(ws[j]!.start, ws[j]!.end)) return null;
    return { start: w0.start, end: w.end, kind: "description" };
  }
  return null;
}

/**
 * The described subject opening `ws`, when it could speak ("The board", "The Q poll", "The
 * British capital's new mayor"), else null: "The concerns being expressed … go beyond Trump's
 * pledge to be "…"" are no one's words but Trump's.
 */
export function speakingDescribedSubject(text: string, ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const d = describedSubject(text, ws, upTo, mentionAt);
  return d && !namesNoSpeaker(text, text.slice(d.start, d.end)) ? d : null;
}
