/**
 * A lower-case description before a name: "White House press secretary Karine Jean-Pierre",
 * "Russian opposition leader Alexei Navalny", "former Florida governor Jeb Bush", "Apple chief
 * executive Tim Cook", "Democratic presidential nominee Hillary Clinton". News style (AP,
 * Reuters, NYT) lower-cases a job or a description before a name where it capitalises a formal
 * title, so these are the roles most articles give people; roles.ts's titleBefore reads only the
 * capitalised kind.
 *
 * The phrase is read backwards from the name: first a head noun the lexicon knows as a job
 * (optionally with a short "of" complement: "chief of staff"), then only modifiers, field nouns
 * ("press", "campaign") and capitalised qualifiers ("White House", "Apple"). Anything else (a
 * verb, a preposition, punctuation, another person's name) ends it, so "told reporters", "said",
 * "the victim's mother" or "Clinton aide" never leak into a role.
 */
import { isCountry, isDemonym, isRegion } from "../lexicon/place-sets";
import { SPEECH_VERBS } from "../lexicon/speech";
import { FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS } from "../lexicon/words";
import { AMBIGUOUS_HEADS, DESCRIPTION_HEADS, DESCRIPTION_MODIFIERS, LOWER_MODIFIERS, POSSESSOR_NOUNS } from "./lexicon";

const MAX_WORDS = 8;
// ambiguous heads that are nouns before a name unless a verb's marker precedes them
const NOUN_FIRST_HEADS = new Set(["coach", "host", "director", "producer", "founder", "creator", "owner", "publisher", "officer", "agent", "captain", "marshal", "principal", "dean", "anchor", "pilot", "engineer", "trader", "dealer", "broker", "speaker", "teacher", "student", "judge"]);
const VERB_MARKERS = new Set(["to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "did", "does", "do", "not", "never", "cannot", "i", "we", "you", "they", "who", "also", "helped", "help", "helps", "let", "lets"]);
const MAX_CAPITALS = 4;
// modifiers that date a job, whoever it was held for
const TIME_MODIFIERS = new Set(["former", "ex", "onetime", "one-time", "longtime", "then", "late", "erstwhile"]);

// place words that may open a sentence and still qualify a role ("Chinese leader", "Ohio governor")
const isPlaceWord = (lw: string): boolean => isDemonym(lw) || isCountry(lw) || isRegion(lw);

interface Word {
  w: string;
  start: number;
  end: number;
}

/** The words of the line before `start`, nearest last; empty when the name is glued to a word. */
function wordsBefore(text: string, start: number): Word[] {
  // (looked for in the 140 characters before only: a scan back to the line's start was
  // quadratic on a page-long line of names)
  const lo = Math.max(0, start - 140);
  const lineStart = lo + text.slice(lo, start).lastIndexOf("\n") + 1;
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 0xa0) return [];
  const out: Word[] = [];
  const re = /[^ \u00a0\n]+/g;
  const before = text.slice(lineStart, start);
  for (let m = re.exec(before); m; m = re.exec(before)) out.push({ w: m[0], start: lineStart + m.index, end: lineStart + m.index + m[0].length });
  return out;
}

// "ex-president", "then-senator": the prefix is a modifier of the head
const isHead = (w: string) => DESCRIPTION_HEADS.has(w) || DESCRIPTION_HEADS.has(w.replace(/^(?:ex|then|co|vice)-/, ""));
const isLowerWord = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w);
// a capitalised qualifier: "White", "Apple's", "U.S."; a word ending in a full stop is a
// sentence's end or an abbreviation, and ends the description
const isCapWord = (w: string) => /^(?:\p{Lu}\.)+$/u.test(w) || (/^\p{Lu}[\p{L}&'’-]*$/u.test(w) && !/[-'’]$/.test(w));
// the word is the first of its sentence (or line): a capital there proves nothing
function opensSentence(words: readonly Word[], k: number): boolean {
  if (k === 0) return true;
  const prev = words[k - 1]!.w;
  return /[.!?:;"“”]$/.test(prev) && !/^(?:\p{Lu}\.)+$/u.test(prev) && !/^(?:\p{Lu}\p{Ll}{0,3}\.)$/u.test(prev);
}

/** Whether `w` also stands capitalised inside a sentence elsewhere in the text (after a
 *  lower-case word or a comma), as names of things do and verbs do not. */
function capitalisedMidSentence(text: string, w: string, not: number): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    if (at === not || at < 2 || text[at - 1] !== " ") continue;
    if (/[\p{Ll},]/u.test(text[at - 2]!) && !/\p{L}/u.test(text[at + w.length] ?? "")) return true;
  }
  return false;
}

// verbs that stand before a job word and end in none of -ed, -ing, -ly, -s ("Trump told director
// …", "will hire director …"): irregular pasts and bare forms; the function words that stand
// there too ("with", "while", "once") are in FUNCTION_WORDS
const UNMARKED_VERBS = new Set(["said", "told", "made", "gave", "took", "sent", "left", "beat", "lost", "held", "kept", "felt", "found", "brought", "bought", "caught", "taught", "thought", "sought", "fought", "meet", "became", "become", "chose", "hire", "name", "call", "thank", "blame", "urge", "join"]);
// adjectives of praise or age in no suffix class ("the young architect", "the great painter"): not the job's field
const PLAIN_ADJECTIVES = new Set(["young", "great", "good", "best", "grand", "true", "real", "main", "rich", "poor", "brave", "smart", "wise", "keen", "avid", "rare", "mere", "sole", "vast", "dear", "fine", "huge", "tiny", "whole", "same", "such", "very", "much", "most", "more", "less", "last", "next", "past", "late"]);
/** A lower-case word that may name a job's field right before it ("communication director",
 *  "transition director", "fundraising" is left to the lexicon): no verb, adverb or plural form. */
function fieldNoun(w: string): boolean {
  return /^[a-z]{4,}$/.test(w) && !/(?:ed|ing|ly|s|ful|ble|ous|less|ish)$/.test(w) && !FUNCTION_WORDS.has(w) && !SPEECH_VERBS.has(w) && !UNMARKED_VERBS.has(w) && !PLAIN_ADJECTIVES.has(w);
}
/** Whether the word before a field noun shows the description runs on through it: an
 *  organisation or name ("Clinton communication director"), a possessive, a modifier, an article. */
function opensField(words: readonly Word[], i: number): boolean {
  if (i === 0) return false;
  const prev = words[i - 1]!.w;
  return /^(?:the|a|an|his|her|their|its|our)$/i.test(prev) || /(?:['’]s|s['’])$/.test(prev) || DESCRIPTION_MODIFIERS.has(prev) || (isCapWord(prev) && !FUNCTION_WORDS.has(prev.toLowerCase()));
}

/**
 * The description before a mention starting at `start`, or null. `isName(s, e)` says whether
 * the characters s..e fall in another person's mention: a description never holds a name.
 */
/** The singular of a plural job word ("candidates", "congressmen", "secretaries"), or null. */
export function singular(w: string): string | null {
  for (const x of [w.replace(/men$/, "man"), w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")]) if (x !== w && isHead(x)) return x;
  return null;
}

/**
 * `plural`: the name is one of a pair ("Democratic presidential candidates Ann Lee and Bo Ray"),
 * so the head may be plural; the role is then read in the singular.
 */
export function descriptionBefore(text: string, start: number, isName: (s: number, e: number) => boolean, plural = false): string | null {
  // most names follow no job word: look at the last few words before reading the whole line
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 0xa0) return null;
  let b = start - 2;
  for (let ch = text.charCodeAt(b); b >= 0 && ch !== 32 && ch !== 0xa0 && ch !== 10; ch = text.charCodeAt(--b));
  const lastWord = text.slice(b + 1, start - 1);
  const one = plural && !isHead(lastWord) ? singular(lastWord) : null;
  // a pair shares a plural only ("Pulse owner Ann Lee and Bo Ray": the owner is Ann Lee)
  if (plural && !one) return null;
  // (a capitalised head opening the sentence is looked up in lower case; most last words have no capital)
  if (!isHead(lastWord) && !one && !(lastWord.charCodeAt(0) < 91 && lastWord.charCodeAt(0) > 64 && isHead(lastWord.toLowerCase())) && !(start < 40 || text.slice(start - 40, start + 4).includes(" of "))) return null;
  const words = wordsBefore(text, start);
  const k = words.length - 1;
  if (k < 0) return null;
  if (one) words[k] = { ...words[k]!, w: one };
  // the head, with an "of" complement of one to three words ("chief of staff", "secretary of
  // state", "minister of foreign affairs")
  let head = k;
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    if (words[j]!.w !== "of") continue;
    const comp = words.slice(j + 1, k + 1);
    // a job in the complement is the name's own ("a critic of ex-president Bill Clinton")
    if (comp.every((x) => /^\p{L}[\p{L}-]*$/u.test(x.w) && !FUNCTION_WORDS.has(x.w.toLowerCase()) && !isHead(x.w.toLowerCase())) && isHead(words[j - 1]!.w)) head = j - 1;
    break;
  }
  const hw = words[head]!.w;
  // "Author Roger Stone will discuss …", "Striker Harry Kane scored twice": a lone job word that
  // opens the sentence carries the sentence's capital, not a title's (titles went to titleBefore);
  // one that is as often a verb or another noun ("Host", "Star", "Lead") is left alone
  if (head === k && !plural && opensSentence(words, k) && /^\p{Lu}\p{Ll}+$/u.test(hw)) {
    const lw = hw.toLowerCase();
    return isHead(lw) && !AMBIGUOUS_HEADS.has(lw) && lw !== "fellow" && !isName(words[k]!.start, words[k]!.end) ? lw : null;
  }
  if (!isLowerWord(hw) || !isHead(hw) || isName(words[head]!.start, words[k]!.end)) return null;
  let first = head;
  let capitals = 0;
  let nameAt = -1;
  for (let i = head - 1; i >= 0 && k - i < MAX_WORDS; i--) {
    const { w, start: s, end: e } = words[i]!;
    if (isName(s, e)) {
      nameAt = i;
      break;
    }
    const bare = w.replace(/['’]s$/, "");
    const lw = bare.toLowerCase();
    if (isLowerWord(w)) {
      // (an adjective in -ive, -al or -ic qualifies a job as the listed ones do: "legislative
      // director", "financial adviser", "scientific director"; no verb takes those endings)
      if (!DESCRIPTION_MODIFIERS.has(w) && !isHead(w) && !(/^\p{Ll}{4,}(?:ive|al|ic)$/u.test(w) && !FUNCTION_WORDS.has(w)) && !(i === head - 1 && fieldNoun(w) && opensField(words, i))) break;
    } else if (isLowerWord(bare)) {
      // "the company's chief executive"
      if (!POSSESSOR_NOUNS.has(bare)) break;
    } else if (isCapWord(w)) {
      // an acronym is an organisation or a country ("US", "GOP"), even where it spells a word
      const acronym = /^\p{Lu}{2,}$/u.test(bare);
      if ((!acronym && (FUNCTION_WORDS.has(lw) || MONTHS_DAYS.has(lw) || HONORIFICS.has(lw))) || ++capitals > MAX_CAPITALS) break;
      // a sentence's first word is capitalised whatever it is ("Meet campaign manager …"): only
      // a modifier, a place word or an acronym is taken there
      // a modifier, a place word, an acronym, the first word of a capitalised run ("White
      // House press secretary"), or a word the text capitalises mid-sentence too ("Apple")
      if (opensSentence(words, i) && !DESCRIPTION_MODIFIERS.has(lw) && !isPlaceWord(lw) && !/^\p{Lu}[\p{Lu}.&]+$/u.test(bare) && !/-(?:area|based|born|bred|raised)$/.test(lw) && !(i + 1 < head && /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})$/u.test(words[i + 1]!.w)) && !capitalisedMidSentence(text, bare, s)) break;
    } else break;
    first = i;
  }
  // a lone head that is as often a verb or another noun ("to host", "will coach") is no role
  // …unless it is a job noun far more often than a verb and no verb's auxiliary or "to" stands
  // before it ("said coach Bill Belichick", "with director Steven Spielberg"; "will host X" stays out)
  if (first === head && head === k && AMBIGUOUS_HEADS.has(hw) && !(NOUN_FIRST_HEADS.has(hw) && !(k > 0 && VERB_MARKERS.has(words[k - 1]!.w.toLowerCase())))) return null;
  // nothing but modifiers before a bare head: "former", "then" alone are not a role's start
  const phrase = words.slice(first, k + 1).map((x) => x.w);
  // "former Obama adviser X": the description stops at whose job it was, but a time before that
  // name is the job's ("former adviser", not "adviser")
  if (nameAt >= 0 && first === nameAt + 1) {
    let i = nameAt;
    while (i > 0 && isName(words[i - 1]!.start, words[i - 1]!.end)) i--;
    const time = i > 0 ? words[i - 1]!.w.toLowerCase() : "";
    if (TIME_MODIFIERS.has(time)) phrase.unshift(time);
  }
  // the sentence's capital on a modifier is not the role's ("Former Democratic congressman")
  const lw0 = phrase[0]!.toLowerCase();
  if (opensSentence(words, first) && LOWER_MODIFIERS.has(lw0)) phrase[0] = lw0;
  return phrase.join(" ");
}
