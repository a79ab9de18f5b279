/**
 * Turns: a quote with no cue goes on with the speaker before it (the same sentence, the same
 * paragraph, a paragraph of quotation) or takes the cue of the quote after it. Apart as the last
 * attribution step: it only hands on speakers found already.
 */
import type { Quote, Span } from "../types";
import type { RawQuote } from "./marks";
import { IRREGULAR_PAST } from "./owned";
import { SPEECH_VERBS } from "../lexicon/speech";
import { AUXILIARY, PAST, PRONOUN } from "./word-classes";
import { words } from "./words";

/** One of the marks /["“”‘’'„«»]/ strips, by char code (a Set lookup per character was the
 *  hottest line of findQuotes on a long page). */
function isQuoteMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x201e || c === 0xab || c === 0xbb;
}
/** JavaScript's \s as a char-code test: ASCII spaces, the Unicode space separators and breaks. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many paragraphs back a cue-less quote paragraph may take its speaker from. */
const TURN_PARAS = 2;

/** The last quote given a speaker or a cue, and its paragraph: the turn a later quote may go on. */
export interface Turn {
  quote: Quote;
  para: number;
}

/** Whether quote `qi`, with no cue of its own, goes on with its sentence's earlier quote. */
export function sameSentenceGoesOn(text: string, raw: readonly RawQuote[], qi: number, sentenceAt: number, prev: Turn, out: readonly Quote[]): boolean {
  const q = raw[qi]!;
  return qi > 0 && raw[qi - 1]!.para === q.para && raw[qi - 1]!.close >= sentenceAt && !/[.!?]['’]?$/.test(text.slice(raw[qi - 1]!.start, raw[qi - 1]!.end)) && out[out.length - 1] === prev.quote;
}

/**
 * "… a clip that Judge Ruiz called "distasteful," Santilli expressed a desire to "…"": a name or
 * pronoun right after the earlier quote (after its comma, or a conjunction), followed by a verb,
 * opens a clause of its own; its subject, not the earlier quote's speaker, says the later quote.
 * `cue` is the sentence's guess at the later quote's subject, `prevClose` the earlier quote's
 * closing mark.
 */
export function opensOwnClause(text: string, sentenceAt: number, prevClose: number, cue: Span & { kind: string }, open: number): boolean {
  if ((cue.kind !== "name" && cue.kind !== "pronoun") || cue.start <= prevClose) return false;
  // (set off by a comma or a conjunction: "his “friend” Marco Rubio ran “…”" is one clause)
  // (the comma may stand inside the marks: "called “distasteful,” Santilli …")
  const gap = (/,\s*$/.test(text.slice(Math.max(0, prevClose - 3), prevClose)) ? "," : "") + text.slice(prevClose + 1, cue.start);
  if (!/^['’"”]?\s*(?:[,;]\s*(?:(?:and|but|while|whereas|yet)\s+)?|(?:and|but|while|whereas|yet)\s+)$/.test(gap)) return false;
  // (a verb next: "Santilli expressed", "she has", not "and Clinton “a liar”" nor "Trump's “…”")
  const verb = /^[ \u00a0]+(\p{Ll}+)\b/u.exec(text.slice(cue.end, open))?.[1] ?? "";
  if (!(/^\p{Ll}{3,}(?:ed|s)$/u.test(verb) || PAST.test(verb) || IRREGULAR_PAST.test(verb) || AUXILIARY.test(verb))) return false;
  // (not inside a clause the sentence reports: "Trump said that Rubio was “…” while Cruz is “…”",
  // "saying his view is “…” and he is “…”" are all the reporting verb's subject's)
  const ws = words(text, sentenceAt, cue.start);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!.w.toLowerCase();
    if (!SPEECH_VERBS.has(w)) continue;
    if (w.endsWith("ing") || ws.slice(k + 1, k + 7).some((x) => x.w === "that")) return false;
    const next = ws[k + 1];
    if (next && next.start - ws[k]!.end === 1 && (PRONOUN.test(next.w) || /^\p{Lu}/u.test(next.w))) return false;
  }
  return true;
}

/**
 * Whether paragraph `pi` is quotation only (its characters that are neither quotation marks nor
 * spaces, counted in place, at most 3 more than its quotes' characters), memoised per paragraph.
 */
export function quotationOnlyParagraphs(text: string, raw: readonly RawQuote[], paras: readonly Span[]): (pi: number) => boolean {
  const onlyQuoteOf = new Map<number, boolean>();
  // characters quoted per paragraph, summed once for all (filtering every quote per paragraph
  // was quadratic on a long page)
  let quotedIn: Map<number, number> | null = null;
  return (pi: number): boolean => {
    const para = paras[pi]!;
    // the paragraph's characters that are neither quotation marks nor spaces, counted in place
    // (once per paragraph: every quote of a long page counted its paragraph again, and summed
    // the quotes of every paragraph to find its own)
    let only = onlyQuoteOf.get(pi);
    if (only === undefined) {
      if (!quotedIn) {
        quotedIn = new Map();
        for (const r of raw) quotedIn.set(r.para, (quotedIn.get(r.para) ?? 0) + (r.end - r.start));
      }
      const quoted = quotedIn.get(pi) ?? 0;
      // counted only as far as the answer needs: past quoted + 3 it is no
      let outsideChars = 0;
      for (let i = para.start; i < para.end && outsideChars - quoted <= 3; i++) {
        const c = text.charCodeAt(i);
        // (ASCII letters and digits first: nearly every character)
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (!isQuoteMarkCode(c) && !isSpaceCode(c))) outsideChars++;
      }
      onlyQuoteOf.set(pi, (only = outsideChars - quoted <= 3));
    }
    return only;
  };
}

/** Whether a quote with no cue continues the turn `prev`. */
export function turnGoesOn(text: string, q: RawQuote, para: Span, prev: Turn, onlyQuotation: (pi: number) => boolean): boolean {
  // continuing a turn: the same paragraph, or a paragraph that is only quotation
  const onlyQuote = onlyQuotation(q.para);
  // a paragraph opening on a quote nobody is named for goes on with the last speaker
  const opensPara = !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.open));
  return prev.para === q.para || ((onlyQuote || opensPara) && prev.para >= q.para - TURN_PARAS);
}

// A quote whose cue comes only after a following quote in the same paragraph ("…" X said,
// with the first part earlier): give earlier cue-less quotes of the paragraph the first cue.
export function shareLaterCues(text: string, raw: readonly RawQuote[], out: Quote[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!a.cue && b.cue && raw[i]!.para === raw[i + 1]!.para && !/[\p{L}\p{N}]/u.test(text.slice(raw[i]!.close + 1, raw[i + 1]!.open))) {
      a.cue = b.cue;
      a.speaker = b.speaker;
    }
  }
}

// a quote ending on its own full stop, question or exclamation mark: the sentence ended inside the
// marks ("… “a liar.” However, he held his fire", "… “saved the company.” Last year, she said"),
// where sentenceStart cannot see it end
const CLOSED = /[.!?]['’]?$/;

/**
 * "… did not find "ties of any consequence," aside from the two knowing each other "casually"
 * …, said the bureau's director, James B. Comey", "… will carry "a great deal of weight" and
 * bring the "grass-roots firepower" they need, DFA spokesman Neil Sroka said": the cue closing a
 * sentence after its later quote reports the whole sentence, so an earlier quote there that
 * found no reporting verb of its own (no cue, a weak guess at the subject, or one handed on from
 * another sentence) takes it too.
 */
export function shareClosingCues(text: string, raw: readonly RawQuote[], out: Quote[], sentenceAts: readonly number[], ownCue: readonly boolean[]): void {
  // (a run of three or more: the cue passes back quote by quote)
  const took: boolean[] = [];
  for (let i = out.length - 2; i >= 0; i--) {
    const b = out[i + 1]!;
    if (ownCue[i] || !(ownCue[i + 1] || took[i + 1]) || !b.cue || b.cue.start <= raw[i + 1]!.close || raw[i]!.para !== raw[i + 1]!.para || sentenceAts[i + 1]! > raw[i]!.open) continue;
    if (CLOSED.test(text.slice(raw[i]!.start, raw[i]!.end)) || CLOSED.test(text.slice(raw[i + 1]!.start, raw[i + 1]!.end))) continue;
    // (a cue naming someone, or a name the finder took for no person: "The Hill reported"; not
    // the junk a cue that names nobody may be, "it", "matter-of-factly", "a range of other")
    if (!b.speaker && !/^\p{Lu}/u.test(text.slice(b.cue.start, b.cue.end))) continue;
    out[i]!.cue = { ...b.cue };
    out[i]!.speaker = b.speaker;
    took[i] = true;
  }
}

/**
 * "Perez hammered Trump, calling him a “train wreck” and “outsourcer in chief,” and contrasted
 * the Republican candidate, whom he described as “volatile”": quotes listed with only "and", "or"
 * or a comma between them are the words one verb reports, so a later one takes the earlier one's
 * cue when that cue opens the list and its own lies further on, in a clause of its own (the next
 * quote's). A cue set right after the later quote ("… “reckless” and “cruel,” Boyle said")
 * reports the whole sentence and stays.
 */
export function shareListedCues(text: string, raw: readonly RawQuote[], out: Quote[], ownCue: readonly boolean[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!ownCue[i] || !a.cue || a.cue.end > raw[i]!.open || !b.cue || b.cue.start <= raw[i + 1]!.close || raw[i]!.para !== raw[i + 1]!.para) continue;
    if (!/^\s*,?\s*(?:(?:and|or)\s+)?$/.test(text.slice(raw[i]!.close + 1, raw[i + 1]!.open)) || CLOSED.test(text.slice(raw[i]!.start, raw[i]!.end))) continue;
    // (the later quote's own cue after it, "…,” Boyle said", "…,” said Boyle": one verb at most between)
    if (/^[\s,]*(?:\p{Ll}+\s+)?$/u.test(text.slice(raw[i + 1]!.close + 1, b.cue.start))) continue;
    b.cue = { ...a.cue };
    b.speaker = a.speaker;
  }
}
