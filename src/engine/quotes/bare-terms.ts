/**
 * Quoted words nobody is said to speak, one or two of them, are no quotation a reader wants
 * marked: a term or a scare quote (say “no”, the “kitchen sink” approach), a value in a
 * programming manual ("init", 'apple', "banana"), a label. On WCXB dev pages they were 1,920 of
 * the 5,076 quotations found (1,084 of 3,628 on its articles). A short quote with a speaker or a
 * cue ("denigrate", Wray said; “fake news,” as the former president calls it) stays: there the
 * words are someone's. PolNeAR (news) annotates few of them: dev span F1 .963 either way.
 *
 * Three or four such words with no cue at all are no quotation either: a name, a slogan, a
 * heading quoted in passing (a “Vineyard Cycling Adventure”, “must haves” and “nice to haves”,
 * “Will it fit?”). On the WCXB dev pages that drops 321 quotations (268 on articles, 166
 * pages), none someone's words in 60 read; PolNeAR loses 15 gold quotes (titles, slogans and a
 * few partial quotes) and 25 false ones: span F1 dev .9634 → .9639, train-even .9536 → .9542,
 * train-odd .9641 → .9644. With a cue, they stay: the words are someone's more often there.
 *
 * Nor does a cue count that is only a guess at its sentence's subject when the guess names
 * nothing that speaks (“tech neck”, its sentence opening on "Wrist pain"; "Good" before a
 * “kit lens”; see guess-no-speaker.ts): on the WCXB dev articles that drops 219 of the 2,698
 * quotations, on 130 pages, every one a term, a label or a name on reading. PolNeAR, which
 * annotates many scare quotes in news, loses fewer gold quotes than false ones (span F1 dev
 * .9628 → .9634, train-even .9524 → .9534, train-odd .9639 → .9640).
 */
import type { Quote } from "../types";

/** Quotes of at most this many words need a speaker or a cue to count. */
const MAX_BARE_WORDS = 4;
/** Quotes of at most this many words need a speaker or a cue that is more than a guess at a thing. */
const MAX_GUESSED_WORDS = 2;

/**
 * The quotes without the short ones that name no speaker and have no cue, or (the shortest)
 * only a cue that `guessNamesNoSpeaker` (by index) says is a guess at a thing, in order.
 */
export function withoutBareTerms(quotes: Quote[], guessNamesNoSpeaker: (i: number) => boolean): Quote[] {
  return quotes.filter((q, i) => {
    if (q.speaker !== null) return true;
    const n = wordCount(q.text);
    if (n > MAX_BARE_WORDS) return true;
    return q.cue !== null && (n > MAX_GUESSED_WORDS || !guessNamesNoSpeaker(i));
  });
}

/** Words: runs between white space that hold a letter or a digit (Latin-1's letters and any
 *  character past General Punctuation's dashes and quote marks count; no /u regex to compile). */
function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f));
    if (wordChar && !counted) {
      counted = true;
      if (++n > MAX_BARE_WORDS) return n;
    }
  }
  return n;
}
