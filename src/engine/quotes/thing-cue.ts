/**
 * Words a thing shows: "Bernstein held up a sign saying "…"", "Sessions wore a campaign hat
 * reading, "…"", "a protester wearing a T-shirt that read "…"", "the party fought the election
 * under the slogan "…"". The words are the sign's, the shirt's or the slogan's: whoever holds or
 * wears it, the sentence's subject, did not say them. The cue is the thing's phrase and the quote
 * has no speaker, unless a name owns the thing ("Ruiz's slogan", "Bernstein's sign": theirs).
 * Apart because every other rule reads the words before a quote for a person.
 *
 * Not a statement, a message, an email or a release: someone issues those, and the sentence's
 * subject who "released a statement saying" is their author. Not in a sentence that reports
 * someone's words ("Protest, Obama said, is … wearing a T-shirt that reads "…""): what a
 * reporting verb reports stays its subject's, as every other rule has it.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { isPossessive } from "./owned";
import type { Cue } from "./speaker-phrase";
import { AUXILIARY, CLAUSE_BREAK, DETERMINER, PREPOSITION } from "./word-classes";
import { type Word, words } from "./words";

// things made to show words: worn, held up, put up or printed (English general, not fitted to a
// corpus: what a sign, a garment or a page's headline carries)
const DISPLAY = /^(?:signs?|placards?|banners?|posters?|billboards?|stickers?|buttons?|badges?|t-shirts?|tee-shirts?|shirts?|sweatshirts?|hoodies?|jerseys?|jackets?|hats?|caps?|mugs?|flags?|sashe?s?|tattoos?|plaques?|inscriptions?|marquees?|graffiti|headlines?|captions?|chyrons?)$/;
// the words themselves, named as a slogan: right before the mark ("under the slogan "…"")
const SLOGAN = /^(?:slogans?|mottos?|mottoes|catchphrases?|watchwords?)$/;
// what a thing does with its words ("a sign saying", "a hat reading", "a shirt that read")
const SHOWS = /^(?:read|reads|reading|said|says|saying|proclaimed|proclaims|proclaiming|declared|declares|declaring|announcing|urging|demanding|asking|bearing|stating)$/;
// "a T-shirt emblazoned with the words", "a banner printed with"
const MARKED = /^(?:emblazoned|printed|stamped|inscribed|painted|scrawled|written|stitched|embroidered|marked|covered)$/;
// the last word before a quote that may close such a lead (asked before the lead's words are read)
const LAST = /(?:s|ing|ed|ead|aid|with|slogan|motto|phrase|legend|message)[\s,:]*$/i;

/** Index of the display noun whose words follow it in `ws` (the words before the quote), else -1. */
function displayHead(text: string, ws: Word[]): number {
  let k = ws.length - 1;
  // (one space between two words: no comma, dash or bracket cuts the phrase)
  const joined = (a: number) => a >= 0 && ws[a + 1]!.start - ws[a]!.end === 1;
  // "with the words", "bearing the slogan": the phrase naming the words, after what bears them
  if (k >= 2 && /^(?:words|slogan|message|phrase|legend)$/.test(ws[k]!.w) && ws[k - 1]!.w === "the" && (ws[k - 2]!.w === "with" || SHOWS.test(ws[k - 2]!.w))) k -= 2;
  if (ws[k]!.w === "with") {
    // "a T-shirt emblazoned with", "a sign with"
    if (joined(k - 1) && MARKED.test(ws[k - 1]!.w)) k--;
  } else if (SHOWS.test(ws[k]!.w)) {
    // "a sign saying", "a shirt that read" (not "the sign read": the subject of its own verb,
    // as the phrase reading has it already)
    if (joined(k - 1) && /^(?:that|which)$/.test(ws[k - 1]!.w)) k--;
    else if (!ws[k]!.w.endsWith("ing")) return -1;
  } else return -1;
  k--;
  return joined(k) && DISPLAY.test(ws[k]!.w.toLowerCase()) ? k : -1;
}

/**
 * The thing whose words the quote at `open` is, as a cue (with its owner when a name owns it), or
 * null. `from` is where the quote's sentence starts (or an earlier quote there ends).
 */
export function thingCue(text: string, sentenceAt: number, from: number, open: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  // (most leads hold none of these words: the last one asked first, by its letters)
  if (!LAST.test(text.slice(Math.max(from, open - 16), open))) return null;
  const ws = words(text, Math.max(from, open - 200), open);
  // (only marks or a comma, a colon or a space between the words and the quote)
  if (!ws.length || !/^[\s,:]*$/.test(text.slice(ws[ws.length - 1]!.end, open))) return null;
  let h = displayHead(text, ws);
  // ("Trump's signature slogan, "…"": the words themselves, named as a slogan a name owns; a
  // slogan no name owns is its subject's, who ran or campaigned on it)
  const slogan = h < 0 && SLOGAN.test(ws[ws.length - 1]!.w.toLowerCase());
  if (slogan) h = ws.length - 1;
  if (h < 0) return null;
  // the phrase of the thing: back over its modifiers to its article or its owner ("a Donald
  // Trump campaign hat", "Bernstein's sign"); with neither, the noun alone ("carrying signs")
  let s = h;
  let owner: Span | undefined;
  for (let j = h - 1; j >= 0 && h - j <= 5 && ws[j + 1]!.start - ws[j]!.end === 1; j--) {
    const w = ws[j]!;
    if (DETERMINER.test(w.w)) {
      s = j;
      break;
    }
    if (isPossessive(w)) {
      const m = mentionAt(w.start, w.end);
      if (m) {
        owner = { start: m.start, end: m.end };
        s = ws.findIndex((x) => x.start >= m.start);
      }
      break;
    }
    if (PREPOSITION.test(w.w) || CLAUSE_BREAK.test(w.w) || AUXILIARY.test(w.w) || SPEECH_VERBS.has(w.w) || /^\p{Ll}+(?:ing|ed)$/u.test(w.w)) break;
  }
  if (slogan && !owner) return null;
  // (a sentence that reports someone's words, or whose words they are "according to", reports
  // these too)
  const before = words(text, sentenceAt, ws[s]!.start);
  if (before.some((w) => (SPEECH_VERBS.has(w.w) && !w.w.endsWith("ing") && w.w !== "read") || /^according$/i.test(w.w))) return null;
  return { start: ws[s]!.start, end: ws[h]!.end, kind: "description", thing: true, ...(owner ? { owner } : {}) };
}

/** Whether `w`, a cue's last word, is a thing that shows words (its owner, if any, speaks). */
export function isDisplayThing(w: string): boolean {
  const lw = w.toLowerCase();
  return DISPLAY.test(lw) || SLOGAN.test(lw);
}
