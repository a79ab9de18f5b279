/**
 * "A Government Accountability Office report released last year found that … "…"", "A 2014 House
 * Intelligence Committee report found "…"": a writing opening the sentence as the subject of a
 * verb of finding or stating speaks, the whole phrase with its participle and time. Apart
 * because the phrase reading takes "report" after a name for a verb ("the GAO report", read as
 * "the GAO reports") and "found" for no reporting verb, so the organisation alone spoke.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import type { Cue } from "./speaker-phrase";
import type { Word } from "./words";

// writings that speak for whoever wrote them
const WRITING = /^(?:report|study|document|memo|poll|survey|analysis|audit|review|letter|filing|complaint|lawsuit|ruling|opinion|editorial|ad|advertisement|assessment|investigation|inquiry|indictment|brief|paper)$/;
// what a writing does with its words
export const FINDS = /^(?:found|finds|concluded|concludes|showed|shows|stated|states|said|says|reported|reports|noted|notes|read|reads|argued|argues|warned|warns|estimated|estimates|described|describes|called|calls|cited|cites|claimed|claims|declared|declares)$/;
// a participle and a time after the head ("released last year", "issued earlier this year")
const PARTICIPLE = /^(?:\p{Ll}+ed|written|drawn|done|given|made|sent|put|out)$/u;
const TIME = /^(?:last|this|earlier|in|on|year|week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})$/;

/**
 * The clause set off by commas right after the head at `h` ("ad, which is currently airing,",
 * "ad, titled "Unifier?","): the index of the word after its closing comma, or -1. Only a clause
 * describing the writing, opening on "which" or a participle: "that 2013 report, Ari Fleischer,
 * said" is Fleischer's.
 */
function setOffClause(text: string, ws: Word[], h: number): number {
  if (!/^,\s+$/.test(text.slice(ws[h]!.end, ws[h + 1]!.start))) return -1;
  const open = ws[h + 1]!.w;
  if (!(open === "which" || (PARTICIPLE.test(open) && !FINDS.test(open)))) return -1;
  for (let k = h + 2; k < ws.length && k - h <= 10; k++) if (text.slice(ws[k - 1]!.end, ws[k]!.start).includes(",")) return k;
  return -1;
}

/**
 * The writing opening `ws` (a sentence's words up to its quote) that speaks, or null. With
 * `quoteEnd` (an earlier quote in the sentence closes there), only when that quote sits in the
 * clause set off after the writing, so the verb after it is still the writing's.
 */
export function writingSubject(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null, quoteEnd = -1): Cue | null {
  // (the first letter asked first: most sentences open on none of these words)
  if (ws.length < 3) return null;
  const c0 = ws[0]!.w.charCodeAt(0);
  if ((c0 !== 65 && c0 !== 84 && c0 !== 79) || !/^(?:A|An|The|This|One|Another)$/.test(ws[0]!.w)) return null;
  const joined = (k: number) => text.slice(ws[k - 1]!.end, ws[k]!.start) === " ";
  let h = 1;
  // (modifiers: names, numbers, a possessive, lower-case words; no person named, "A Trump aide's report" is the aide's)
  while (h < ws.length && h < 8 && joined(h) && !WRITING.test(ws[h]!.w) && !mentionAt(ws[h]!.start, ws[h]!.end)) h++;
  if (h >= ws.length - 1 || h >= 8 || !WRITING.test(ws[h]!.w) || !joined(h)) return null;
  // (a bare "The report" only with the set-off clause, the case that cut it from its verb; as
  // before, the phrase reading keeps the rest)
  const clause = setOffClause(text, ws, h);
  if ((h === 1 || quoteEnd >= 0) && clause < 0) return null;
  let v = clause > 0 ? clause : h + 1;
  if (clause < 0 && joined(v) && PARTICIPLE.test(ws[v]!.w) && !FINDS.test(ws[v]!.w)) {
    v++;
    while (v < ws.length && v - h < 6 && joined(v) && TIME.test(ws[v]!.w)) v++;
  }
  if (v >= ws.length || (clause < 0 && !joined(v)) || !FINDS.test(ws[v]!.w)) return null;
  if (quoteEnd >= 0 && (quoteEnd <= ws[h]!.end || quoteEnd > ws[v]!.start)) return null;
  // (a reporting verb after it reports the words: "The study found that Berg said "…"" is Berg's)
  if (ws.slice(v + 1).some((w) => SPEECH_VERBS.has(w.w))) return null;
  return { start: ws[0]!.start, end: ws[clause > 0 ? h : v - 1]!.end, kind: "description" };
}
