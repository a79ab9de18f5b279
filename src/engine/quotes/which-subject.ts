/**
 * "Sanders cited the AP report, which notes, "…"", "they turned to the Chicago Police Department
 * which reported "…"": a relative "which" right before a reporting verb is that verb's subject,
 * and it stands for the writing or body named just before it. The cue runs from that phrase to
 * "which": the phrase names the speaker on the page, the pronoun is what PolNeAR marks. Apart
 * because the phrase reading stops at a head it takes for a verb ("report") and reads "which" as
 * no one, so the verb's subject was looked for further back ("Sanders").
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import type { Cue } from "./speaker-phrase";
import { AUXILIARY, CLAUSE_BREAK, DETERMINER, PREPOSITION, PRONOUN } from "./word-classes";
import type { Word } from "./words";
import { FINDS } from "./writing-subject";

/**
 * The phrase a "which" at word `r` stands for, as a described cue, when the verb at `v` is one a
 * writing or a body does with words ("notes", "reported"; not "the presentations, which began");
 * else null.
 */
export function whichSubject(text: string, ws: Word[], r: number, v: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const which = ws[r];
  const a = r - 1;
  if (!which || which.w !== "which" || a < 0 || !FINDS.test(ws[v]?.w ?? "")) return null;
  // (right after its noun, set off by a comma or a dash, or by nothing after a name: "the
  // resolution which said" with no comma picks one resolution out, the object of a sentence
  // about someone else, "The council voted for the resolution which said")
  const gap = text.slice(ws[a]!.end, which.start);
  const head = ws[a]!;
  if (!/^\s*(?:,|--|—|–)\s*$/.test(gap) && !(gap === " " && /^\p{Lu}/u.test(head.w))) return null;
  // (a person is "who"; a pronoun or a word of grammar heads no phrase)
  if (mentionAt(head.start, head.end) || PRONOUN.test(head.w) || DETERMINER.test(head.w) || PREPOSITION.test(head.w) || CLAUSE_BREAK.test(head.w) || AUXILIARY.test(head.w)) return null;
  const capital = (w: Word) => /^[\p{Lu}\d]/u.test(w.w);
  // back to the phrase's article, over at most five modifiers joined by single spaces; with no
  // article, only a name's run of capitals ("Politifact, which rated")
  let start = -1;
  for (let k = a; k >= 0 && a - k <= 5; k--) {
    const w = ws[k]!;
    if (k < a && (text.slice(w.end, ws[k + 1]!.start) !== " " || PREPOSITION.test(w.w) || CLAUSE_BREAK.test(w.w) || AUXILIARY.test(w.w) || PRONOUN.test(w.w) || (SPEECH_VERBS.has(w.w) && !capital(w)))) break;
    if (DETERMINER.test(w.w)) {
      start = k;
      break;
    }
  }
  if (start < 0) {
    if (!capital(head)) return null;
    start = a;
    while (start > 0 && capital(ws[start - 1]!) && text.slice(ws[start - 1]!.end, ws[start]!.start) === " " && !DETERMINER.test(ws[start - 1]!.w)) start--;
  }
  // (no one named inside it: "Clinton's plan, which" belongs to no reading here)
  if (ws.slice(start, a).some((w) => mentionAt(w.start, w.end))) return null;
  return { start: ws[start]!.start, end: which.end, kind: "description" };
}
