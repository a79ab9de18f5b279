/**
 * Where a sentence starts and ends inside a paragraph (an abbreviation's period ends none).
 * Apart because every cue rule is bounded by the quote's sentence and they must agree on it.
 */
import { analysisEpoch } from "../analysis-memo";
import { isAsciiLetter } from "../ascii";
import { isAscii } from "./words";

// Words whose period does not end a sentence ("Mr. King said", "U.S. officials"): one list for
// the regex (any text) and the set (isAbbrevEnd's ASCII path), so the two cannot drift apart.
const ABBREV_LIST = "Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Rev|Fr|St|Jr|Sr|Mt|Ft|Supt|Del|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const ABBREV = new RegExp(String.raw`(?:^|[^\p{L}])(?:\p{Lu}|(?:\p{L}\.)+\p{L}|${ABBREV_LIST})$`, "u");
const ABBREV_WORDS = new Set(ABBREV_LIST.split("|"));

/**
 * ABBREV.test(s), by char code for ASCII text (nearly all of it): a Unicode-class regex costs a
 * compile on a worker's first page. `s` ends on a capital, an initialism ("U.S", "p.m") or a
 * listed abbreviation, standing after the start or a non-letter.
 */
function isAbbrevEnd(s: string): boolean {
  if (!isAscii(s)) return ABBREV.test(s);
  const n = s.length;
  if (!n || !isAsciiLetter(s.charCodeAt(n - 1))) return false;
  const freeBefore = (k: number) => k === 0 || !isAsciiLetter(s.charCodeAt(k - 1));
  const last = s.charCodeAt(n - 1);
  if (last >= 65 && last <= 90 && freeBefore(n - 1)) return true;
  // (letter + period)+ then the last letter: "U.S", "a.m"
  for (let k = n - 3; k >= 0 && s.charCodeAt(k + 1) === 46 && isAsciiLetter(s.charCodeAt(k)); k -= 2) if (freeBefore(k)) return true;
  // the trailing letters, as a listed word
  let a = n - 1;
  while (a > 0 && isAsciiLetter(s.charCodeAt(a - 1))) a--;
  // (a listed word may also end a longer run of letters: only its own start must be free)
  for (let k = a; k < n; k++) if (freeBefore(k) && ABBREV_WORDS.has(s.slice(k))) return true;
  return false;
}

// words that open a sentence and never follow an abbreviation inside one
const SENTENCE_OPENING = /^\s+(?:He|She|They|It|We|I|The|This|That|These|Those|But|His|Her|Their|Its|Our)\s/;

/** Whether the mark at `i` ends a sentence (an abbreviation's period does not). */
function endsSentence(text: string, i: number): boolean {
  // (by char code first: sentenceStart asks this of every character it scans back over)
  const code = text.charCodeAt(i);
  if (code !== 46 && code !== 33 && code !== 63) return false;
  const c = text[i];
  // (a sentence in brackets ends past its bracket: "(She says she would have cried.) The leaders")
  const b = text[i + 1] === ")" ? 1 : 0;
  if (!/\s/.test(text[i + b + 1] ?? " ")) return false;
  if (c === ".") {
    // (an initialism or a company's "Inc." may end a sentence too: "… attacks in the U.S. He says
    // …"; a pronoun or an article after it opens the next one. Not a title or an initial: "Mr.",
    // "George W.")
    // (the capital after the space asked first, by code: sentenceStart asks this of every
    // abbreviation's period it scans back over)
    if (isAbbrevEnd(text.slice(Math.max(0, i - 8), i))) {
      const c2 = text.charCodeAt(i + b + 2);
      return c2 >= 65 && c2 <= 90 && SENTENCE_OPENING.test(text.slice(i + b + 1, i + b + 8)) && /(?:\p{L}\.\p{L}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|vs))$/u.test(text.slice(Math.max(0, i - 8), i));
    }
    // "said Sunday. the" never happens: a lower-case next word means the sentence goes on
    const next = /\S/.exec(text.slice(i + b + 1, i + b + 4));
    if (next && /\p{Ll}/u.test(next[0])) return false;
  }
  return true;
}

/** Sentence start before `pos` within its paragraph. */
export function sentenceStart(text: string, pos: number, paraStart: number): number {
  // (the furthest scan so far is kept: the quotes are read in order, and a paragraph of many
  // quotes in one sentence that never ends, '"x," said "x," said …' for pages, had every quote
  // scan back to the paragraph's start. A later position scans back to that one only.)
  const known = text === startScan.text && startScan.epoch === analysisEpoch() && paraStart === startScan.para && pos >= startScan.pos;
  const stop = known ? Math.max(startScan.pos - 1, paraStart) : paraStart;
  let at = -1;
  for (let i = pos - 1; i > stop; i--) {
    if (endsSentence(text, i)) {
      at = i + 1;
      break;
    }
  }
  if (at < 0) at = known ? startScan.at : paraStart;
  if (known || text !== startScan.text || paraStart !== startScan.para || startScan.epoch !== analysisEpoch()) startScan = { text, epoch: analysisEpoch(), para: paraStart, pos, at };
  return at;
}
/** sentenceStart's furthest scan: in which text and paragraph, from where, and the start it found. */
let startScan = { text: "", epoch: -1, para: -1, pos: -1, at: -1 };

/** End of the sentence after `pos`; a new opening mark ends the stretch too. */
export function sentenceEnd(text: string, pos: number, paraEnd: number): number {
  // (the last scan is kept, as sentenceStart's: a position between its start and the end it
  // found has the same end. Quotes in single marks in a sentence that never ends, "'Yes,' said
  // …" for pages, each scanned on to the paragraph's end.)
  if (text === endScan.text && endScan.epoch === analysisEpoch() && paraEnd === endScan.para && pos >= endScan.from && pos <= endScan.at) return endScan.result;
  let at = paraEnd;
  let result = paraEnd;
  for (let i = pos; i < paraEnd; i++) {
    const c = text[i]!;
    if (c === "“" || c === '"') {
      at = result = i;
      break;
    }
    if (endsSentence(text, i)) {
      at = i;
      result = i + 1;
      break;
    }
  }
  endScan = { text, epoch: analysisEpoch(), para: paraEnd, from: pos, at, result };
  return result;
}
/** sentenceEnd's last scan: in which text and paragraph, the stretch it read (from..at), and the end it gave. */
let endScan = { text: "", epoch: -1, para: -1, from: -1, at: -1, result: -1 };
