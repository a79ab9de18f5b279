/**
 * The cue as the mention nearest the quote. When the speaker is named (or called "he") several
 * times before their quote, the rules find the mention a reporting verb or a sentence's subject
 * gives, which may lie a sentence or more back ("Instead, Hale told reporters … ⏎ … since Hale
 * spoke only in broad strokes. ⏎ “…”"). The same person named again nearer the quote, as the
 * subject of a verb of speaking ("which he declared “…”", "Rather, he said, …", "because he
 * thought it “…”"), or in a later sentence than the cue, is the mention that introduces it; the
 * cue moves there. The speaker never changes: the card and the popup show the same person; only
 * the cue, the words the analysis gives as naming them, moves. A mention inside what the cue's own verb reports
 * ("He said he was “…”": the second "he" is the reported clause's) is left alone.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Quote, Span } from "../types";
import { lastStartingAtOrBefore } from "../people/tokens";
import type { PeopleIndex } from "./people-index";
import { sentenceStart } from "./sentences";
import { ADVERB, AUXILIARY } from "./word-classes";
import { words } from "./words";

// how far before the quote a nearer mention is looked for (the cues this moves on PolNeAR train
// land within 560 characters of their quote)
const REACH = 1500;

const PRONOUN_CUE = /^(?:he|she|they|we|I)$/i;

// words opening a clause of its own, right before the nearer mention (at most one word between:
// "because he thought", "where she also promised", "which he declared")
const CLAUSE_OPENER = /^(?:which|who|whom|where|when|although|though|because|while|as|but|since|then)$/i;

/** Whether a verb of speaking follows `at`, past adverbs and auxiliaries ("he also promised"). */
function speechVerbAfter(text: string, at: number): boolean {
  const ws = words(text, at, Math.min(text.length, at + 60));
  for (const w of ws.slice(0, 4)) {
    if (SPEECH_VERBS.has(w.w) && !w.w.endsWith("ing")) return true;
    if (!ADVERB.test(w.w) && !AUXILIARY.test(w.w)) return false;
  }
  return false;
}

/** Whether the mention `m`, in the cue's own sentence, opens a clause of its own. */
function opensOwnClause(text: string, cue: Span, m: Span): boolean {
  const before = words(text, Math.max(cue.end, m.start - 40), m.start);
  const gap = text.slice(before[before.length - 1]?.end ?? m.start, m.start);
  // ", he said, that …": a parenthetical report set off by commas
  if (/,\s*$/.test(gap)) return /^\s+(?:\p{L}+\s+)?(?:said|says|added|adds|noted|notes|wrote|writes),/u.test(text.slice(m.end, m.end + 30));
  const w1 = before[before.length - 1]?.w ?? "";
  const w2 = before[before.length - 2]?.w ?? "";
  return CLAUSE_OPENER.test(w1) || (CLAUSE_OPENER.test(w2) && !/[,;:]/.test(text.slice(before[before.length - 2]!.end, m.start)));
}

/** The nearest mention of the quote's speaker between its cue and the quote that introduces it. */
export function nearerMention(text: string, q: Quote, paras: readonly Span[], index: PeopleIndex): Span | null {
  const cue = q.cue;
  if (!cue || cue.end > q.start) return null;
  const said = text.slice(cue.start, cue.end);
  const pronoun = PRONOUN_CUE.test(said);
  // a name: a mention of the speaker
  if (!pronoun && (!q.speaker || index.mentionOver(cue.start, cue.end)?.id !== q.speaker)) return null;
  const open = q.start - 1;
  // (within a bounded stretch before the quote: a page of many quotes pays no more per quote)
  const from = Math.max(cue.end, open - REACH);
  // nearest first
  const candidates: Span[] = [];
  if (pronoun) {
    for (const w of words(text, from, open)) if (w.w.toLowerCase() === said.toLowerCase()) candidates.push(w);
    candidates.reverse();
  } else {
    for (let k = lastStartingAtOrBefore(index.mentions, open - 1); k >= 0 && index.mentions[k]!.start >= from; k--) {
      const m = index.mentions[k]!;
      if (m.id === q.speaker && m.end <= open) candidates.push(m);
    }
  }
  for (const m of candidates) {
    if (index.inQuote(m.start)) continue;
    const para = paras[lastStartingAtOrBefore(paras, m.start)];
    const ownSentence = !!para && cue.start >= para.start && sentenceStart(text, m.start, para.start) <= cue.start;
    if (ownSentence ? speechVerbAfter(text, m.end) && opensOwnClause(text, cue, m) : true) return { start: m.start, end: m.end };
  }
  return null;
}
