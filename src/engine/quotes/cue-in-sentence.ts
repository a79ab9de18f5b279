/**
 * The cue in a quote's own sentence, tried in order of trust (verb introducing it, verb naming
 * it, cue after it, words before it), and where the quote stands there. Apart as the first
 * attribution step, which most quotes need alone.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { AS_SAID, cueAfter } from "./cue-after";
import { cueBefore } from "./cue-before";
import type { RawQuote } from "./marks";
import { NAMING_TAIL, namingCue } from "./naming-cue";
import { sentenceStart } from "./sentences";
import type { Cue } from "./speaker-phrase";
import { thingCue } from "./thing-cue";

// a reporting verb in lower case right after a quote's closing mark ("“…?” asked Dunn")
const INVERTED_AFTER = /^\s*(?:said|asked|added|wrote|replied|responded|countered|shouted|yelled|cried|demanded|wondered|exclaimed)\s+\S/;

/** Where a quote stands in its paragraph and its sentence, asked by every rule after. */
export interface QuoteSite {
  para: Span;
  /** Where the words before the quote may start: the paragraph's start or the last quote's end. */
  prevEnd: number;
  sentenceAt: number;
  /** The words before the quote in its sentence, and the last character they end on. */
  lead: string;
  leadLast: string;
  leadClause: boolean;
  opensSentence: boolean;
}

export function quoteSite(text: string, raw: readonly RawQuote[], qi: number, paras: readonly Span[]): QuoteSite {
  const q = raw[qi]!;
  const para = paras[q.para]!;
  const prevEnd = qi > 0 && raw[qi - 1]!.para === q.para ? raw[qi - 1]!.close + 1 : para.start;
  // where the quote's sentence starts: asked three times below, scanned back once
  const sentenceAt = sentenceStart(text, q.open, para.start);
  const lead = text.slice(Math.max(sentenceAt, prevEnd), q.open);
  // (does the lead end on a comma or a colon? /[,:]\s*$/ without a scan of the whole lead: \s
  // is what trimEnd removes)
  const leadLast = lead.trimEnd().slice(-1);
  const leadClause = leadLast === "," || leadLast === ":";
  // a cue after the quote only for a quote that opens its sentence (or follows a comma or
  // colon there): after a partial quote the sentence just goes on ("… “true,” but they …")
  const opensSentence = !/[\p{L}\p{N}]/u.test(lead) || leadClause;
  return { para, prevEnd, sentenceAt, lead, leadLast, leadClause, opensSentence };
}

// a dash, then a capitalised signature of at most 80 characters with no sentence of its own, to
// the paragraph's end
const SIGNED_AFTER = /^[ \t\u00a0]*(?:[―—–]|--?)[ \t\u00a0]*\p{Lu}[^\n.!?;:]{0,80}(?:\.?[ \t\u00a0]*\([^()\n]{0,40}\))?\.?[ \t\u00a0]*$/u;

/** The cue in the quote's own sentence: the verb introducing it, the verb naming it, the cue after
 *  it, or the sentence's subject before it (which may be only a weak guess). */
export function cueInSentence(text: string, q: RawQuote, site: QuoteSite, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const { para, prevEnd, sentenceAt, lead, leadLast, leadClause, opensSentence } = site;
  // ("Hale held up a sign saying "…"": the words a thing shows are the thing's, before any verb)
  const thing = leadLast ? thingCue(text, sentenceAt, Math.max(sentenceAt, prevEnd), q.open, mentionAt) : null;
  if (thing) return thing;
  const afterText = text.slice(q.close + 1, q.close + 24);
  const after80 = text.slice(q.close + 1, q.close + 80);
  const according = /^\s*,?\s*(?:according to|as\s[^.;:"“”]{1,60}?\sputs? it)\b/i.test(after80) || (after80.includes("as ") && AS_SAID.test(after80));
  // a partial quote closed by a comma and then "Mr. Kamin said": the cue follows after all
  const commaCue = /,\s*['’]?$/.test(text.slice(q.start, q.end)) && !/^\s*(?:but|and|or|so|yet|while|as|compared|in|on|at|for|which|who|that|to|with|after|before|when|if|because)\b/i.test(afterText);
  // "After Clinton accused him, he warned, "…," Trump told NBC": a quote introduced by a
  // reporting verb belongs to that verb's subject before any cue after it
  const introduced = leadClause ? /\b(\p{L}+(?: back)?)\s*[,:]\s*$/u.exec(lead) : null;
  const byVerb = !!introduced && SPEECH_VERBS.has(introduced[1]!.toLowerCase()) && !introduced[1]!.endsWith("ing");
  // ("even as Trump claimed on Tuesday that “…,” one of the prosecutors said the cases differ":
  // a quote that a reporting verb's "that" introduces is that verb's, before any cue after it)
  const thatClause = !leadClause && /\bthat\s*$/.test(lead) && reportedThat(lead);
  let cue = byVerb || thatClause ? cueBefore(text, q, para.start, para.end, prevEnd, mentionAt) : null;
  // (the naming verb is one of the last three words: asked of the lead's tail first, so most
  // quotes skip reading the lead's words again)
  cue ??= leadLast && !leadClause && NAMING_TAIL.test(lead.slice(-40)) ? namingCue(text, q, Math.max(sentenceAt, prevEnd), mentionAt) : null;
  if (cue?.weak) cue = null;
  // ("— as many believe, but Moscow denies — “why wouldn't you …?” asked Dunn": a quote closed on
  // its own question or exclamation mark, then a reporting verb, is the inverted "asked X")
  const askedAfter = !opensSentence && /[?!]['’]?$/.test(text.slice(q.start, q.end)) && INVERTED_AFTER.test(afterText);
  // ("What Reviewers Say | “…” – Dominique D.": a dash and a signature closing the paragraph
  // sign a quote that only a label leads into; not one a sentence reports, where the signature
  // is the brief's author: "Rajoy insisted his party was “still the No. 1 force.”--Kim Hjelmgaard")
  const signed = !opensSentence && (lead.match(/\p{L}+/gu) ?? []).length <= 4 && SIGNED_AFTER.test(text.slice(q.close + 1, para.end));
  cue ??= opensSentence || according || commaCue || askedAfter || signed ? cueAfter(text, q, para.end, mentionAt) : null;
  cue ??= cueBefore(text, q, para.start, para.end, prevEnd, mentionAt);
  return cue;
}

/** Whether a finite reporting verb stands within the last four words before the lead's "that". */
function reportedThat(lead: string): boolean {
  const ws = lead.match(/\p{L}+/gu) ?? [];
  for (let k = ws.length - 2; k >= Math.max(0, ws.length - 5); k--) {
    const w = ws[k]!;
    if (SPEECH_VERBS.has(w) && !w.endsWith("ing")) return true;
  }
  return false;
}
