/**
 * Who names a thing in marks: "what Mr. Hedge called “the prior economy model”", "with McCain
 * calling it a “Chinese menu”", "labeled a “witch hunt” by Democrats". Apart because there the
 * sentence's subject is not who spoke, so it runs before the general rules.
 */
import type { Span } from "../types";
import type { RawQuote } from "./marks";
import { type Cue, phraseAt } from "./speaker-phrase";
import { ADVERB, AGENT_END, AUXILIARY, PRONOUN } from "./word-classes";
import { words } from "./words";

// verbs that give a thing a name in marks ("what critics call a "witch hunt"")
const NAMING = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|term|terms|termed|terming|brand|brands|branded|branding|describe|describes|described|describing|refer|refers|referred|referring)$/;

export const NAMING_TAIL = /\b(?:call|dub|label|term|brand|describ|referr?)\p{Ll}*(?:\s+\p{L}+){0,2}\s*$/u;

/**
 * The one who names a thing in marks, when the sentence says so around a naming verb right
 * before the mark: "under what Mr. Hedge called "the prior economy model,"", "with Sen. John
 * McCain calling it a "Chinese menu."", "often labeled a "witch hunt" by Democrats". The
 * sentence's subject is not who spoke there, and a cue after the quote's comma belongs to the
 * sentence going on ("…," the club charged).
 */
export function namingCue(text: string, q: RawQuote, from: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  // (the last dozen words are all it reads: the verb is one of the last three, who named it at
  // most nine before; started at a space so no word is cut)
  const space = q.open - from > 120 ? text.indexOf(" ", q.open - 120) : -1;
  const ws = words(text, space > 0 && space < q.open ? space : from, q.open);
  const n = ws.length;
  if (n < 2 || !/^\s*$/.test(text.slice(ws[n - 1]!.end, q.open))) return null;
  // the naming verb: the last word, or before "as", "a/an/the", "it/him/her/them" (two at most)
  let v = n - 1;
  while (v > n - 3 && v > 0 && /^(?:as|a|an|the|it|him|her|them|this|that)$/i.test(ws[v]!.w)) v--;
  if (!NAMING.test(ws[v]!.w) || /,/.test(text.slice(ws[v]!.end, q.open))) return null;
  const refers = /^refer/i.test(ws[v]!.w);
  if (refers && !/^to$/i.test(ws[v + 1]?.w ?? "")) return null;
  // the passive, its agent after the quote: "has been called "…" by Joshua Hendrick", "labeled as a
  // "witch hunt" by Democrats" (also the bare participle: "often labeled as a "…" by Democrats")
  const agent = /^[,]?\s+by\s/.exec(text.slice(q.close + 1, q.close + 6));
  // (not "a book called "The Girl's Own Book" by Lydia Child": after a noun, "called … by" is a
  // work's title and its author; the passive is set off by 'be', an adverb or a comma)
  const passive = v > 0 && (/^(?:is|was|were|are|be|been|being)$/i.test(ws[v - 1]!.w) || ADVERB.test(ws[v - 1]!.w) || /,\s*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start)));
  if (agent && passive && /ed$/i.test(ws[v]!.w)) {
    const after = words(text, q.close + 1, Math.min(text.length, q.close + 160));
    let e = 2;
    while (e < Math.min(after.length, 10) && !AGENT_END.test(after[e]!.w) && !/[,;:.()—–]/.test(text.slice(after[e - 1]!.end, after[e]!.start))) e++;
    const cue = after[0]?.w === "by" ? phraseAt(text, after, 1, e, mentionAt) : null;
    if (cue) return cue;
  }
  // "what X called", "whom X dubbed": X names it (a pronoun is left to the sentence's subject,
  // which the general rule gives: "Ban condemned what he called a "breach"")
  let s = v - 1;
  while (s > 0 && (AUXILIARY.test(ws[s]!.w) || ADVERB.test(ws[s]!.w)) && !mentionAt(ws[s]!.start, ws[s]!.end)) s--;
  for (let k = s - 1; k >= Math.max(0, s - 9); k--) {
    const lk = ws[k]!.w.toLowerCase();
    if (/[,;:()—–]/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) break;
    if (lk === "what" || lk === "whom") {
      // (nor "what some call": an indefinite crowd names no one)
      if (k + 1 > s || PRONOUN.test(ws[k + 1]!.w.replace(/['’]\p{L}+$/u, "")) || /^(?:is|was|are|were|been|be)$/i.test(ws[s]!.w) || (k + 1 === s && /^(?:some|many|others|most|few|several|all|both|one|you|people)$/i.test(ws[s]!.w))) return null;
      return phraseAt(text, ws, k + 1, s + 1, mentionAt);
    }
  }
  // "with Sen. John McCain calling it a "…"": the subject of the -ing form after "with"
  if (/ing$/i.test(ws[v]!.w)) {
    for (let k = v - 1; k >= Math.max(0, v - 9); k--) {
      if (/[,;:()—–]/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) break;
      if (ws[k]!.w.toLowerCase() === "with" && k < v - 1) return phraseAt(text, ws, k + 1, v, mentionAt);
    }
  }
  return null;
}
