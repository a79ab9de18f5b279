/**
 * The cue before a quote in its sentence: "X: “…”", "according to X", a colon's clause, the
 * reporting verb right before the mark, the sentence's subject; and the cue closing a partial
 * quote's sentence. Apart as the reading of the words leading into a quote.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { chantingCrowd, cryingCrowd } from "./crowd";
import { asPutIt, cueAfter } from "./cue-after";
import { speakingDescribedSubject } from "./described-subject";
import type { RawQuote } from "./marks";
import { sentenceEnd, sentenceStart } from "./sentences";
import { type Cue, firstSubject, mainSubject, phraseAt } from "./speaker-phrase";
import { possessorOfWords, speechSubject } from "./speech-subject";
import { AUXILIARY, PAST, PREPOSITION, SUBORDINATOR, TITLE_ABBREV } from "./word-classes";
import { type Word, words } from "./words";
import { writingSubject } from "./writing-subject";

// verbs of crying out: whoever does it voices the words that follow, sung, chanted or yelled
// (finite forms only: after "protesters gathered, chanting", the subject the search finds for an
// -ing form is worse than the cue found without this rule, measured this stop; "sing" is left out
// with them, as it was when every form ending in "ing" was)
const SHOUT = /^(?:shout|shouts|shouted|yell|yells|yelled|chant|chants|chanted|scream|screams|screamed|cry|cries|cried|cheer|cheers|cheered|holler|hollered|sings|sang|bellow|bellowed|roar|roared)$/;

const NOT_DONE = /^(?:to|can|could|would|will|should|may|might|must|not|never|cannot|can['’]t|won['’]t|don['’]t|didn['’]t|doesn['’]t|wouldn['’]t|couldn['’]t)$/i;

/** Whether an earlier reporting verb's clause runs on, with no comma, to the cry ending `ws`. */
function reportedCry(text: string, ws: Word[]): boolean {
  for (let k = ws.length - 2; k >= 0; k--) {
    if (text.slice(ws[k]!.end, ws[k + 1]!.start).includes(",")) return false;
    if (SPEECH_VERBS.has(ws[k]!.w.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Puerto Rico has been warning that it is out of cash, and Ms. Acosta said the "…"": a clause
 * joined to the sentence by a comma and a conjunction, with a reporting verb of its own before
 * the quote, reports the quote; the first clause's speaker is someone else's report.
 */
function coordinateSpeaker(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null): Cue | null {
  for (let k = ws.length - 2; k > 1; k--) {
    // (or a dash setting off a clause of its own: "… in the election -- meddling the California
    // congressman said is designed to "…"")
    const dash = /^\s+(?:--|—|–)\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start));
    if (!dash && (!/^(?:and|but|while|whereas|yet)$/.test(ws[k]!.w) || !/,\s*$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start)))) continue;
    const clause = ws.slice(dash ? k : k + 1);
    const cue = speechSubject(text, clause, mentionAt);
    if (!cue || cue.start < clause[0]!.start) return null;
    // (the clause's own subject, opening it: not a verb's object or a reported clause's, "but
    // only to tell Garland that he won't agree to a "…"" is still the first speaker's)
    // (and someone: a name, a pronoun or a described one, not a word read as a subject for want
    // of one, "and always read the fine print to see how they define "…"")
    const lead = clause.filter((w) => w.start <= cue.start);
    const someone = /^(?:\p{Lu}|(?:he|she|they|we|the|a|an|his|her|their|its|our)\b)/u.test(text.slice(cue.start, cue.end));
    return someone && lead.length <= 7 && !lead.some((w) => /^(?:to|that|only|not)$/i.test(w.w) || SPEECH_VERBS.has(w.w) || AUXILIARY.test(w.w)) ? cue : null;
  }
  return null;
}

/** The speaker named before the quote in its sentence. */
export function cueBefore(text: string, q: RawQuote, paraStart: number, paraEnd: number, prevQuoteEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const sentenceAt = sentenceStart(text, q.open, paraStart);
  const from = Math.max(sentenceAt, prevQuoteEnd);
  const ws = words(text, from, q.open);
  // ""I have admiration for the mechanics" of the plans, Mr. Holtz-Eakin said.": a quote
  // opening its sentence may still be a partial one, closed by its cue
  if (!ws.length) return closingCue(text, q, paraEnd, mentionAt);
  const tail = text.slice(ws[ws.length - 1]!.end, q.open);
  // "X: "…"" / "the former candidate Mitt Romney -- "…"": a name right before the mark
  if (/^\s*(?::|--|—|–)\s*$/.test(tail)) {
    const last = ws[ws.length - 1]!;
    const m = mentionAt(last.start, last.end);
    // (not the object of a preposition: "…, said of Mr. Rubio:", "told Ana Ruiz:" is the one
    // spoken of or to)
    let b = ws.length - 2;
    while (b >= 0 && ws[b]!.start >= (m?.start ?? 0)) b--;
    if (b >= 0 && TITLE_ABBREV.test(ws[b]!.w)) b--;
    const object = b >= 0 && (PREPOSITION.test(ws[b]!.w) || /^(?:tell|tells|told|telling|ask|asks|asked|asking)$/i.test(ws[b]!.w));
    if (m && !object) return { start: m.start, end: m.end, kind: "name" };
  }
  // "according to X, "…""
  const acc = ws.findIndex((w, k) => w.w.toLowerCase() === "according" && ws[k + 1]?.w.toLowerCase() === "to");
  if (acc >= 0 && ws[acc + 2]) {
    // the phrase after "to", up to its comma: "according to Yahoo News, Clinton spokesman …",
    // "according to their attorneys, and said …"
    const cue = phraseAt(text, ws, acc + 2, Math.min(ws.length, acc + 10), mentionAt);
    if (cue) return cue;
  }
  // "as The New Yorker put it in a lengthy expose, "…""
  for (let k = ws.length - 3; k >= 0; k--) {
    if (ws[k]!.w.toLowerCase() !== "as") continue;
    const put = asPutIt(ws, k);
    const cue = put > 0 ? phraseAt(text, ws, k + 1, put, mentionAt) : null;
    if (cue) return cue;
    break;
  }
  // "When Trump suggested …, Rubio fired back: "…"": the clause the colon closes speaks
  if (/:\s*$/.test(tail)) {
    const comma = text.lastIndexOf(",", q.open);
    // (not after an appositive: "Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio:" —
    // a clause opening on its verb has its subject before the comma)
    // ("Mitch McConnell, R-Ky., delivered a blunt message to Trump:" — nor on any verb in lower
    // case: a clause with a subject opens on it, a name, a pronoun or an article)
    const clauseWord = comma > ws[0]!.start ? (words(text, comma + 1, Math.min(q.open, comma + 40))[0]?.w ?? "") : "";
    const opensOnVerb = (SPEECH_VERBS.has(clauseWord) && !clauseWord.endsWith("ing")) || (/^\p{Ll}+(?:ed|ered)$/u.test(clauseWord) && !AUXILIARY.test(clauseWord)) || PAST.test(clauseWord);
    if (comma > ws[0]!.start && !opensOnVerb) {
      const clause = words(text, comma + 1, q.open);
      const cue = speechSubject(text, clause, mentionAt) ?? firstSubject(clause, clause.length, mentionAt);
      if (cue) return cue;
    }
  }
  // "When Clinton noted that Trump paid nothing, Trump boasted, "…"": a reporting verb right
  // before the quote introduces it, whatever verbs came earlier in the sentence
  const last = ws[ws.length - 1]!;
  if (/^\s*[,:]\s*$/.test(tail) && SPEECH_VERBS.has(last.w.toLowerCase()) && !last.w.endsWith("ing")) {
    const cue = speechSubject(text, ws, mentionAt, ws.length - 1);
    if (cue) return cue;
  }
  // "Axelrod tweeted after Clinton argued for the second debate that "…"": the quote the "that"
  // of a reporting verb introduces is that verb's subject's, the verb nearest the "that" (its
  // clause runs on to it with no comma), whatever verbs came earlier in the sentence
  if (last.w === "that" && /^\s*$/.test(tail)) {
    for (let v = ws.length - 2; v >= Math.max(1, ws.length - 9); v--) {
      if (text.slice(ws[v]!.end, ws[v + 1]!.start).includes(",")) break;
      const lv = ws[v]!.w;
      if (!SPEECH_VERBS.has(lv) || lv.endsWith("ing") || !/^\p{Ll}/u.test(lv)) continue;
      // (a pronoun there most often stands for the sentence's first speaker, "Mulgrew said he
      // hopes it sends a message that “…”": the name before it stays the cue)
      const cue = speechSubject(text, ws, mentionAt, v);
      if (cue && cue.kind !== "pronoun") return cue;
      break;
    }
  }
  // "when Rubio thanked Miami and said …, a man yelled “Stay there!”": a verb of shouting right
  // before the mark takes the words as its object, so its subject, not the sentence's first
  // speaker, cried them
  // (not a cry only spoken of: "you can't yell "fire" in a theater", "told them to chant"; nor
  // one inside what someone reports: "sources have said he shouted "no more"" is theirs, as the
  // earlier verb's clause runs on to the cry with no comma)
  if (/^\s*$/.test(tail) && SHOUT.test(last.w) && !NOT_DONE.test(ws[ws.length - 2]?.w ?? "") && !reportedCry(text, ws)) {
    const cue = speechSubject(text, ws, mentionAt, ws.length - 1);
    if (cue) return cue;
  }
  // "protesters had gathered on Wednesday, chanting "…"": a crowd cries the words out
  if (/^\s*,?\s*$/.test(tail)) {
    const crowd = cryingCrowd(text, ws, mentionAt) ?? chantingCrowd(ws);
    if (crowd) return crowd;
  }
  // "Because of how Democrats crafted the schedule, explained Rosenberg, "…"": a verb and then
  // the speaker's name, right before the quote (the inverted "said X" set before the words)
  if (/^\s*[,:]\s*$/.test(tail) && ws.length > 2) {
    const m = mentionAt(last.start, last.end);
    let v = ws.length - 2;
    while (v > 0 && v > ws.length - 5 && m && ws[v]!.start >= m.start) v--;
    const verb = ws[v]!.w;
    if (m && m.end >= last.end && SPEECH_VERBS.has(verb) && !verb.endsWith("ing") && /^[\s,]*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start)) && /,\s*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) return { start: m.start, end: m.end, kind: "name" };
  }
  // "While he acknowledged funding was a reason, Ham also noted several "intangibles"": a clause
  // opening the sentence is subordinate; the main clause after its comma reports the quote
  // (so does a question put to the speaker: "Asked by Starnes if he believed …, Carson said that
  // he did not, but was referring to the "…"")
  if (SUBORDINATOR.test(ws[0]!.w) || /^(?:Asked|Pressed|Questioned)$/.test(ws[0]!.w)) {
    const comma = ws.findIndex((w, k) => k > 1 && /,/.test(text.slice(ws[k - 1]!.end, w.start)));
    const main = comma > 0 ? speechSubject(text, ws.slice(comma), mentionAt) : null;
    if (main) return main;
  }
  // ("A GAO report released last year found that … "…"": the writing opening the sentence)
  // (or cut at a quoted title set off after it: "The ad, titled "Unifier?", concludes that … "…"";
  // only a title near the sentence's start, so a sentence of many quotes is not re-read per quote)
  const head = from > sentenceAt && from - sentenceAt < 300 ? words(text, sentenceAt, from) : null;
  const writing = from === sentenceAt ? writingSubject(text, ws, mentionAt) : head && writingSubject(text, head.concat(ws), mentionAt, from);
  if (writing) return writing;
  const cue = coordinateSpeaker(text, ws, mentionAt) ?? speechSubject(text, ws, mentionAt);
  if (cue) return cue;
  // "Obama is rolling out a new message: "…"", "Trump took to Twitter to accuse Clinton's campaign
  // of being "duped"": a quote inside a sentence with no reporting verb belongs to its subject
  const closing = closingCue(text, q, paraEnd, mentionAt);
  if (closing) return closing;
  const owner = possessorOfWords(text, ws, mentionAt);
  if (owner) return owner;
  // ("The board saw Fiorina … as the "…"": a described subject opening the sentence, not a name
  // in its predicate; only from the sentence's start, not after an earlier quote there, and
  // only one that could speak: "The concerns … go beyond Trump's pledge to be "…"" are Trump's)
  const described = from === sentenceAt ? speakingDescribedSubject(text, ws, ws.length, mentionAt) : null;
  const weak = described ?? mainSubject(text, ws, ws.length, mentionAt);
  return weak && { ...weak, weak: true };
}

/**
 * The cue closing the sentence of a partial quote: "So are a "small handful" of companies …,
 * Gilbert said." / "That would create a "summer of agony" for Clinton, said Brad Bannon."
 */
function closingCue(text: string, q: RawQuote, paraEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  if (closedItsSentence(text, q)) return null;
  const end = sentenceEnd(text, q.close + 1, paraEnd);
  for (let comma = text.indexOf(",", q.close + 1), n = 0; comma > 0 && comma < end && n < 4; comma = text.indexOf(",", comma + 1), n++) {
    const tailWs = words(text, comma + 1, end);
    // (a long sentence after the comma only when it opens on the reporting verb: ", said Michael
    // Kofman, an expert on Russia at …, would read this as …")
    if (tailWs.length < 2 || (tailWs.length > 30 && !(SPEECH_VERBS.has(tailWs[0]!.w) && !tailWs[0]!.w.endsWith("ing")))) continue;
    const cue = cueAfter(text, { start: q.start, end: q.end, open: q.open, close: comma - 1, para: q.para }, paraEnd, mentionAt);
    if (cue) return cue;
  }
  return null;
}

/**
 * ""…we have the volunteers." Ohio, she said, was the state that mattered": a quote ending on its
 * own full stop, a capital after it, closed its sentence; the words after it are a new one, and
 * the "she said" there reports that sentence, not the quote.
 */
function closedItsSentence(text: string, q: RawQuote): boolean {
  return /[.!?]['’‘]?$/.test(text.slice(Math.max(q.start, q.end - 3), q.end)) && /^[ \t\u00a0]+\p{Lu}/u.test(text.slice(q.close + 1, q.close + 4));
}
