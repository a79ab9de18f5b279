/**
 * Whether a text reads as English. Dramatis's readers (the name tagger, the speech verbs, the
 * role nouns) know English only: on a German page every capitalised noun looked like a name
 * ("der Opposition", "Auch Umweltverbände"), so a page in another language is left unpainted
 * unless the reader asks for it.
 *
 * How: the share of the commonest English function words among the first words of the text,
 * against those of the languages a reader of English news most often meets (German, French,
 * Spanish, Italian, Portuguese, Dutch), and the share of Latin letters (Cyrillic, Greek, Arabic,
 * CJK… have almost none). Function words are what every sentence of a language is made of,
 * whatever it is about; a quotation or a few foreign names in an English story do not tip them.
 * Too short a text says nothing and counts as English.
 */
import { lazyWords } from "./article/word-set";

/** Words read from the start of the text: enough for the shares to settle, a bounded cost. */
const SAMPLE_WORDS = 400;
/** Fewer words than this say nothing about the language. */
const MIN_WORDS = 40;
/** Another language needs this share of the words in OTHER, and this many times the English ones.
 *  Only positive evidence refuses a text: product lists, tables and headlines have few function
 *  words of any language and stay English (a share of English words alone refused 2 of WCXB's 711
 *  English articles, lists of plans and catalogues). */
const MIN_OTHER_SHARE = 0.1;
const OTHER_OVER_ENGLISH = 2;
/** Below this share of Latin letters the text is written in another script. */
const MIN_LATIN_SHARE = 0.5;

/** Function words of English that are no common word of the languages in OTHER ("a", "in", "on",
 *  "was", "an", "die", "no", "also" are words there too, and are left out of both lists). */
const ENGLISH = lazyWords(
  "the and of to that for with this have from are not but they his her has were which will their been would who you said had its there what about when than is it he she by be or we our after into more",
);

/** Function words of German, French, Spanish, Italian, Portuguese and Dutch that are no English
 *  word, nor part of one English news writes often ("per", "non-", "plus", ".com", "et al.", "Al"). */
const OTHER = lazyWords(
  // German
  "der das und ist nicht mit den von zu sich auf für ein eine dem des im auch sie es wird werden wurde nach bei aus wie noch sind einer oder um über " +
  // French
  "le la les des est et une du dans pour que qui sur pas au avec ce il elle sont ne se aux été cette mais ou " +
  // Spanish
  "el los las del y en por con una para es su lo como más pero sus fue ha este esta también " +
  // Italian
  "di che è gli della sono nel alla anche più questo ma da si " +
  // Portuguese
  "da não um em na dos das mais ao foi " +
  // Dutch
  "de het een van niet dat op voor zijn ook aan er bij naar om wordt werd heeft maar nog"
);

const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** \p{L} for the letters no range below answers, compiled only when a text has one: the content
 *  script checks every article it finds, and compiling /\p{L}+/u (all of Unicode's letters) was
 *  most of that check's cost on an English page, whose letters are nearly all ASCII. */
let otherLetter: RegExp | null = null;

/** Whether code point `c` is a letter (\p{L}), the same answer as the regex for every code point. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  // Latin-1: letters from À on (but × and ÷), and ª µ º
  if (c < 0x100) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  // Latin Extended-A and -B: letters only
  if (c < 0x250) return true;
  // General Punctuation (curly quotes, dashes, spaces): no letter
  if (c >= 0x2000 && c <= 0x206f) return false;
  otherLetter ??= /^\p{L}$/u;
  return otherLetter.test(String.fromCodePoint(c));
}

/** A character isLetter answers by more than LATIN_WORD's ranges: ª µ º (letters, not Latin), and
 *  anything from U+0250 on outside General Punctuation (astral halves too). */
const NOT_RANGED = /[ªµºɐ-\u1fff⁰-\uffff]/;
/** A run of letters where no NOT_RANGED character is: isLetter's letters below U+0250, all Latin.
 *  No /u, so no Unicode tables to compile; a native search finds each word, where the loop below
 *  ran cold in the interpreter character by character, on every article page the gate checks. */
const LATIN_WORD = /[A-Za-zÀ-ÖØ-öø-ɏ]+/g;

/** The counts the verdict reads (exported for the evaluation). */
export function languageCounts(text: string): { words: number; english: number; other: number; letters: number; latin: number } {
  let words = 0;
  let english = 0;
  let other = 0;
  let letters = 0;
  let latin = 0;
  const count = (w: string) => {
    words++;
    letters += w.length;
    const lower = w.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (OTHER.has(lower)) other++;
  };
  if (NOT_RANGED.test(text)) {
    // one pass over words of letters (runs of \p{L}); stops after SAMPLE_WORDS words
    const n = text.length;
    let i = 0;
    while (i < n && words < SAMPLE_WORDS) {
      let c = text.codePointAt(i)!;
      if (!isLetter(c)) {
        i += c > 0xffff ? 2 : 1;
        continue;
      }
      const start = i;
      do i += c > 0xffff ? 2 : 1;
      while (i < n && isLetter((c = text.codePointAt(i)!)));
      const w = text.slice(start, i);
      count(w);
      for (let k = 0; k < w.length; k++) if (isLatinLetter(w.charCodeAt(k))) latin++;
    }
  } else {
    LATIN_WORD.lastIndex = 0;
    for (let m; words < SAMPLE_WORDS && (m = LATIN_WORD.exec(text)); ) count(m[0]);
    latin = letters;
  }
  return { words, english, other, letters, latin };
}

/** True unless the text is plainly in another language (short texts count as English). */
export function readsAsEnglish(text: string): boolean {
  const { words, english, other, letters, latin } = languageCounts(text);
  if (letters && latin < letters * MIN_LATIN_SHARE) return false;
  if (words < MIN_WORDS) return true;
  return !(other >= words * MIN_OTHER_SHARE && other > english * OTHER_OVER_ENGLISH);
}
