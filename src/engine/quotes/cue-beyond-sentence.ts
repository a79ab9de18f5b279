/**
 * The cue of a quote whose sentence names nobody: the sentence or paragraph before, a headline's
 * clause after a colon, a signature line after it, a label above a photo's caption. Apart as the
 * attribution step that looks outside the quote's sentence.
 */
import type { Span } from "../types";
import { isCaption } from "./captions";
import type { QuoteSite } from "./cue-in-sentence";
import type { RawQuote } from "./marks";
import type { PeopleIndex } from "./people-index";
import { sentenceEnd, sentenceStart } from "./sentences";
import { introLine } from "./speaker-labels";
import { type Cue, firstSubject } from "./speaker-phrase";
import { speechSubject } from "./speech-subject";
import { SUBORDINATOR } from "./word-classes";
import { words } from "./words";
import { isSpace } from "../people/tokens";

/** /\p{L},\s*$/u.test(s) without scanning `s` from its start: a letter, a comma, then only spaces
 *  (\s is what trimEnd removes). */
function letterCommaEnd(s: string): boolean {
  const t = s.trimEnd();
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 44) return false;
  const c = t.charCodeAt(n - 2);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /\p{L},$/u.test(t.slice(-3));
}

/** The speaker of the sentence before `pos` in its paragraph, when it has a reporting verb. */
function previousSentenceCue(text: string, pos: number, paraStart: number, mentionAt: (s: number, e: number) => Span | null, quoteWithin: (start: number, end: number) => boolean, wholeSentence = false): Cue | null {
  const end = sentenceStart(text, pos, paraStart);
  if (end <= paraStart) return null;
  const start = sentenceStart(text, end - 1, paraStart);
  // a sentence holding a quote of its own has had its speaker given already (in single marks
  // too: "'…,' said Keir Starmer, the Labour leader. '…'" — the later quote continues his turn)
  if (/["“”]/.test(text.slice(start, end)) || quoteWithin(start, end)) return null;
  const ws = words(text, start, end);
  const cue = speechSubject(text, ws, mentionAt);
  if (cue || !wholeSentence) return cue;
  // a quotation that is a whole sentence after a sentence about someone, with no reporting verb
  // anywhere ("She had arrived in the city with no contacts. “I was incredibly intimidated.”"):
  // the person that sentence opens on, a name or "he"/"she", is the one talking (profiles and
  // interviews run so); not a name further in ("The FBI cleared Clinton.")
  const w0 = ws[0];
  if (!w0) return null;
  if (/^(?:he|she)$/i.test(w0.w)) return { start: w0.start, end: w0.end, kind: "pronoun" };
  const m = mentionAt(w0.start, w0.end);
  return m && m.start === w0.start ? { start: m.start, end: m.end, kind: "name" } : null;
}

/** How many photo captions may stand between a speaker's label and the words. */
const MAX_CAPTIONS = 2;

/**
 * The cue of a quote whose own sentence names nobody: the sentence or the paragraph before it, a
 * headline's clause after a colon, a signature line after it, or a label line above it.
 */
export function cueBeyondSentence(text: string, q: RawQuote, qi: number, site: QuoteSite, raw: readonly RawQuote[], paras: readonly Span[], index: PeopleIndex): Cue | null {
  const { para, prevEnd, sentenceAt } = site;
  const { mentionAt, mentionOver, quoteWithin } = index;
  let cue: Cue | null = null;
  // a quote that is a sentence of its own after a sentence naming its speaker
  // (a quote that is its sentence whole, words neither before nor after it there, may also take
  // the subject the sentence before opens on)
  const nextChar = /^[ \t\u00a0]*(\S?)/.exec(text.slice(q.close + 1, q.close + 8))![1]!;
  // (not after a quote earlier in the paragraph: that turn goes on, "“…,” Obama said after
  // meeting Putin. He didn't suggest retaliation. “…”")
  const whole = prevEnd === para.start && !/[\p{L}\p{N}]/u.test(text.slice(Math.max(sentenceAt, prevEnd), q.open)) && /[.!?…]['’]?$/.test(text.slice(q.start, q.end)) && (nextChar === "" || /[\p{Lu}"“‘]/u.test(nextChar));
  if (qi === 0 || raw[qi - 1]!.para !== q.para || raw[qi - 1]!.close < sentenceAt) cue = previousSentenceCue(text, q.open, para.start, mentionAt, quoteWithin, whole);
  // "'Enough is enough': Mayor Ann Wells vows action" (a headline's way, and a subhead's): a quote
  // opening its paragraph, then a colon and a clause opening on a name, is that person's
  if (!cue && !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.open)) && /^\s*:\s+\S/.test(text.slice(q.close + 1, q.close + 4))) {
    const from = text.indexOf(":", q.close + 1) + 1;
    const ws = words(text, from, sentenceEnd(text, from, para.end));
    const subject = ws.length > 1 ? firstSubject(ws, Math.min(ws.length, 5), mentionAt) : null;
    // (the clause must open on the person, a title before the name allowed: not "…: a look at Ann Wells")
    if (subject?.kind === "name" && subject.start === ws[0]!.start && mentionOver(subject.start, subject.end)) cue = subject;
  }
  // a pull quote or testimonial signed on the next line: "“…”⏎Carey Cranston⏎American Writers
  // Museum President" — a paragraph that is the quotation alone, then one that is only a name
  // (the two sides asked apart: their concatenation was a copy of the paragraph for every quote,
  // quadratic in a long paragraph of quotes)
  if (!cue && !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.open)) && !/[\p{L}\p{N}]/u.test(text.slice(q.close + 1, para.end)) && paras[q.para + 1]) {
    const sig = paras[q.para + 1]!;
    const line = text.slice(sig.start, sig.end);
    const dashed = /^\s*[―—–-]/.test(line);
    // (the line less the dashes and spaces before and the stops after it, read only when it can be
    // short enough to sign: a lazy match over a whole paragraph after every such quote otherwise)
    const name = signatureLength(line) <= 160 ? /^[\s―—–-]*(.*?)[\s.,]*$/su.exec(line)![1]! : null;
    if (name !== null) {
      const at = sig.start + line.indexOf(name);
      const mention = name && name.length <= 60 ? mentionOver(at, at + name.length) : null;
      if (mention && mention.start <= at && mention.end >= at + name.length) cue = { start: mention.start, end: mention.end, kind: "name" };
      // "Doug Rivera, CEO of Acme (during the earnings call)": a signature line opening on the
      // name, the role or the occasion after a comma, a dash or a bracket, and no sentence of its own
      // (a line ending on a colon introduces the next quote: "Uli Lorimer, Director of X:")
      // (a line opened by a dash signs what stands above it, whatever ends it and whatever title
      // stands before the name: "-Michelle Marks, Philadelphia.", "-President Obama, tweeting after
      // the speech.")
      else if (name.length <= 160 && !/["“”]/.test(line) && (dashed || !/[.!?:]\s*$/.test(line))) {
        let lead = sig.start + line.search(/[^\s―—–-]/);
        // (the name, or the name after a title of up to three capitalised words on a dash's line)
        for (let k = 0; k < (dashed ? 4 : 1) && !cue; k++) {
          const m = mentionOver(lead, lead + 1);
          if (m && m.start === lead && /^\s*(?:[,(|]|[—–-]\s)/.test(text.slice(m.end, m.end + 3))) cue = { start: m.start, end: m.end, kind: "name" };
          const word = /^\p{Lu}[\p{L}.]*\s+/u.exec(text.slice(lead, lead + 30));
          if (!word) break;
          lead += word[0].length;
        }
      }
    }
  }
  // a roundup's speaker label with a photo between it and the words: "Uli Lorimer, Director of
  // Horticulture at X:⏎Above: a moth on bergamot. Photograph by Uli Lorimer.⏎“December is …"
  // (the caption is the layout's, not a sentence leading into the quote: its credit is no speaker)
  // (asked by the label rules and the paragraph-before rule alike, all of them only for a quote
  // with no cue yet: tested once, and not at all for a quote that has one, nearly every quote)
  const opensOwnPara = !cue && q.para > 0 && !/\S/.test(text.slice(para.start, q.open));
  if (!cue && opensOwnPara && isCaption(text, paras[q.para - 1]!)) {
    let j = q.para - 1;
    while (j > 0 && j > q.para - 1 - MAX_CAPTIONS && isCaption(text, paras[j]!)) j--;
    cue = introLine(text, paras, j, mentionOver);
  }
  // "Caddell continued:" closing the paragraph before a paragraph that opens with the quote
  // (not a photo caption: its credit, "Photo by …", introduces nobody's words)
  if (!cue && opensOwnPara && !isCaption(text, paras[q.para - 1]!)) {
    const last = paras[q.para - 1]!;
    // (a colon or a comma closing it introduces the quote: "Caddell continued:", "Nagel remarks
    // in this connection,"; so does an expert's label "From Ana Ruiz, chief officer of Acme")
    const lastText = text.slice(last.start, last.end);
    // (the comma only after prose with a reporting verb: a line of code or data ends on one too)
    const comma = letterCommaEnd(lastText) && !/["“”{}]/.test(lastText);
    const colon = /:\s*$/.test(lastText) || /^From\s/.test(lastText);
    const ws = words(text, sentenceStart(text, last.end - 1, last.start), last.end);
    // without a colon only a paragraph with no quote of its own hands on its subject
    // ("Viguerie is upbeat about Cruz's chances.⏎“Not only can Ted Cruz win…”"), and only a
    // sentence: a heading ("Key quote", the title line) is no one speaking
    const sentence = q.para - 1 > 0 && /[.!?…]["”'’)]*$/.test(text.slice(last.start, last.end));
    if (comma && !colon) cue = speechSubject(text, ws, mentionAt);
    else if (colon || (sentence && !raw.some((r) => r.para === q.para - 1))) {
      // ("When Wallace died in 1998, President Clinton released the following statement:": the
      // main clause after a subordinate one opening the sentence names who speaks)
      const sub = SUBORDINATOR.test(ws[0]?.w ?? "") ? ws.findIndex((w, k) => k > 1 && /,/.test(text.slice(ws[k - 1]!.end, w.start))) : -1;
      const main = sub > 0 ? ws.slice(sub) : ws;
      cue = colon ? (speechSubject(text, ws, mentionAt) ?? firstSubject(main, main.length, mentionAt)) : firstSubject(main, main.length, mentionAt);
    }
  }
  // "Richard Hayden (Senior Director of X):" alone on the line before: whatever the label's words,
  // it opens on the person who speaks next
  if (!cue && opensOwnPara) cue = introLine(text, paras, q.para - 1, mentionOver);
  return cue;
}

/**
 * The length of /^[\s―—–-]*(.*?)[\s.,]*$/su's name in `line`: the line less its opening spaces and
 * dashes and its closing spaces, stops and commas (0 when they meet), by char code.
 */
function signatureLength(line: string): number {
  let a = 0;
  for (let c = line.charCodeAt(a); a < line.length && (isSpace(c) || c === 0x2015 || c === 0x2014 || c === 0x2013 || c === 45); c = line.charCodeAt(++a));
  let z = line.length;
  for (let c = line.charCodeAt(z - 1); z > a && (isSpace(c) || c === 46 || c === 44); c = line.charCodeAt(--z - 1));
  return z - a;
}
