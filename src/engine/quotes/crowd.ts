/**
 * A crowd that cries out the quote: "… where about 50 protesters had gathered on Wednesday,
 * chanting "…"", "when Sanders protesters interrupted her speech, shouting "…"". Apart because a
 * participle of crying out takes its subject from its own clause, a group of people, where the
 * general reading of ", saying" goes to the sentence's first name (the candidate the crowd
 * interrupted).
 */
import type { Span } from "../types";
import { IRREGULAR_PAST, isPeoplePlural } from "./owned";
import type { Cue } from "./speaker-phrase";
import { ADVERB, AUXILIARY, CLAUSE_BREAK, DETERMINER, PAST, PREPOSITION } from "./word-classes";
import type { Word } from "./words";

// participles of crying out, right before the words cried
const CRYING = /^(?:chanting|shouting|yelling|screaming|singing|cheering|hollering|bellowing|roaring)$/;
// plurals for a crowd that isPeoplePlural does not know as people
const CROWD = /^(?:crowds?|audiences?|protesters|protestors|demonstrators|marchers|supporters|fans|children|kids|students|people|delegates|hecklers|activists|workers|voters|attendees|spectators|residents)$/;

/** Whether the word after a subject is its verb: a past, an auxiliary, an adverb, a present. */
function verbAfter(ws: Word[], k: number): boolean {
  const n = ws[k + 1];
  if (!n || n.start - ws[k]!.end !== 1) return false;
  const w = n.w;
  if (!/^\p{Ll}+$/u.test(w)) return false;
  return AUXILIARY.test(w) || ADVERB.test(w) || /ed$/.test(w) || PAST.test(w) || IRREGULAR_PAST.test(w) || !(PREPOSITION.test(w) || DETERMINER.test(w) || CLAUSE_BREAK.test(w) || /(?:ing|s)$/.test(w));
}

/**
 * The crowd that cries out the words after `ws` (the lead up to the quote's mark, ending on a
 * participle of crying out): the last plural for people before it in the sentence that is a
 * verb's subject, with the words that modify it ("about 50", "Sanders"); null when there is none.
 */
export function cryingCrowd(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const last = ws.length - 1;
  if (last < 2 || !CRYING.test(ws[last]!.w)) return null;
  for (let k = last - 2; k >= Math.max(0, last - 25); k--) {
    const w = ws[k]!.w;
    if (!(CROWD.test(w) || isPeoplePlural(w)) || !verbAfter(ws, k)) continue;
    // the words before it that modify it: numbers, "about", adjectives, names, up to an article
    // or a break (a comma, a clause's opening word, a preposition)
    let s = k;
    while (s > 0 && ws[s - 1]!.end + 1 === ws[s]!.start) {
      const p = ws[s - 1]!.w;
      if (DETERMINER.test(p)) {
        s--;
        break;
      }
      // ("about 50 protesters": a number's "about" is no preposition)
      if (/^(?:about|around|over|nearly|almost|some)$/i.test(p) && /^\d/.test(ws[s]!.w)) {
        s--;
        break;
      }
      if (CLAUSE_BREAK.test(p) || PREPOSITION.test(p) || AUXILIARY.test(p) || /^(?:where|which|whom|whose|in|as)$/i.test(p) || (/^\p{Ll}/u.test(p) && /(?:ed|ing)$/.test(p) && !mentionAt(ws[s - 1]!.start, ws[s - 1]!.end))) break;
      s--;
    }
    // ("Hundreds of pro-Sanders demonstrators marched": the count heads the phrase)
    if (s > 1 && ws[s - 1]!.w === "of" && /^(?:hundreds|thousands|dozens|scores|millions|many|some|most|several)$/i.test(ws[s - 2]!.w)) s -= 2;
    return { start: ws[s]!.start, end: ws[k]!.end, kind: "description" };
  }
  return null;
}

// nouns for words a crowd cries out, right before them ("the chant", "chants of")
const CHANT = /^(?:chants?|cries|shouts|chorus|refrain)$/;
// a crowd named in the singular
const CROWD_SINGULAR = /^(?:crowd|audience|throng|arena|stadium|hall|room)$/;

/**
 * The crowd whose chant the words after `ws` are: "at one point the crowd loudly reprised the
 * caustic chant "…"", "Mr. Christie roused the crowd to spontaneous chants of "…"": the lead ends
 * on a noun for a chant (and its "of"), and the last crowd named before it in the sentence,
 * subject or object, cries the words; the one who roused it did not. Null when none is named.
 */
export function chantingCrowd(ws: Word[]): Cue | null {
  let last = ws.length - 1;
  if (last >= 0 && ws[last]!.w === "of") last--;
  if (last < 2 || !CHANT.test(ws[last]!.w)) return null;
  for (let k = last - 1; k >= Math.max(0, last - 12); k--) {
    const w = ws[k]!.w;
    if (!CROWD.test(w) && !CROWD_SINGULAR.test(w)) continue;
    // (its article or its owner, and the words between: "the crowd", "his supporters", "Clinton
    // supporters")
    let s = k;
    while (s > 0 && k - s < 3 && ws[s - 1]!.end + 1 === ws[s]!.start && !PREPOSITION.test(ws[s - 1]!.w) && !CLAUSE_BREAK.test(ws[s - 1]!.w) && !AUXILIARY.test(ws[s - 1]!.w) && !/(?:ed|ing)$/.test(ws[s - 1]!.w)) {
      s--;
      if (DETERMINER.test(ws[s]!.w)) break;
    }
    if (!DETERMINER.test(ws[s]!.w) && !/s$/.test(w)) return null;
    return { start: ws[s]!.start, end: ws[k]!.end, kind: "description" };
  }
  return null;
}
