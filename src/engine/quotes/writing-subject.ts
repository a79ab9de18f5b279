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
const FINDS = /^(?:found|finds|concluded|concludes|showed|shows|stated|states|said|says|reported|reports|noted|notes|read|reads|argued|argues|warned|warns|estimated|estimates|described|describes|called|calls|cited|cites|claimed|claims|declared|declares)$/;
// a participle and a time after the head ("released last year", "issued earlier this year")
const PARTICIPLE = /^(?:\p{Ll}+ed|written|drawn|done|given|made|sent|put|out)$/u;
const TIME = /^(?:last|this|earlier|in|on|year|week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})$/;

/** The writing opening `ws` (a sentence's words up to its quote) that speaks, or null. */
export function writingSubject(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null): Cue | null {
  if (ws.length < 3 || !/^(?:A|An|The|This|One|Another)$/.test(ws[0]!.w)) return null;
  const joined = (k: number) => text.slice(ws[k - 1]!.end, ws[k]!.start) === " ";
  let h = 1;
  // (modifiers: names, numbers, a possessive, lower-case words; no person named, "A Trump aide's report" is the aide's)
  while (h < ws.length && h < 8 && joined(h) && !WRITING.test(ws[h]!.w) && !mentionAt(ws[h]!.start, ws[h]!.end)) h++;
  if (h === 1 || h >= ws.length - 1 || h >= 8 || !WRITING.test(ws[h]!.w) || !joined(h)) return null;
  let v = h + 1;
  if (joined(v) && PARTICIPLE.test(ws[v]!.w) && !FINDS.test(ws[v]!.w)) {
    v++;
    while (v < ws.length && v - h < 6 && joined(v) && TIME.test(ws[v]!.w)) v++;
  }
  if (v >= ws.length || !joined(v) || !FINDS.test(ws[v]!.w)) return null;
  // (a reporting verb after it reports the words: "The study found that Berg said "…"" is Berg's)
  if (ws.slice(v + 1).some((w) => SPEECH_VERBS.has(w.w))) return null;
  return { start: ws[0]!.start, end: ws[v - 1]!.end, kind: "description" };
}
