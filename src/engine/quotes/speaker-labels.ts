/**
 * Speakers' labels: a transcript's "PENCE:" inside or before the marks, and a roundup's label
 * line ("Jane Roe, chief gardener at X:") above a quotation. Apart because a label outranks
 * every verb around the quote.
 */
import type { Span } from "../types";
import type { RawQuote } from "./marks";
import type { Cue } from "./speaker-phrase";

// A transcript's speaker label: one to three words in capitals or Title Case, then a colon
// ("PENCE:", "JAKE TAPPER:", "Said Ellis:"); inside the marks it opens the quoted words
// ("“SANDERS: Look, …”"), before them it is all the sentence holds ("PENCE: “We will…”").
// (inside the marks in capitals only: a Title Case name and a colon opening quoted words is as
// often a title, a slogan or a tweet's subject: "“Austin Powers: The Spy Who Shagged Me”",
// protesters chanting "“Chris Christie: Bad for New Jersey”")
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.-]+`;
const TITLE_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’-]*`;
const LABEL = String.raw`((?:${CAPS_WORD}|${TITLE_WORD})(?: (?:${CAPS_WORD}|${TITLE_WORD})){0,2})`;
const LABEL_INSIDE = new RegExp(String.raw`^\s*(${CAPS_WORD}(?: ${CAPS_WORD}){0,2}):\s+\S`, "u");
const LABEL_BEFORE = new RegExp(String.raw`^\s*` + LABEL + String.raw`\s*:\s*$`, "u");

/** A transcript's label for a quote ("“SANDERS: Look, …”", "PENCE: “We will…”"): where it
 *  stands, the person it names (null: nobody the page names) and whether it is in capitals. */
export interface TranscriptLabel extends Span {
  speaker: string | null;
  inCapitals: boolean;
}

export function transcriptLabel(text: string, q: RawQuote, sentenceAt: number, leadLast: string, labelPerson: (start: number, end: number) => string | null): TranscriptLabel | null {
  const inside = LABEL_INSIDE.exec(text.slice(q.start, Math.min(q.end, q.start + 60)));
  const before = inside || leadLast !== ":" ? null : LABEL_BEFORE.exec(text.slice(sentenceAt, q.open));
  const labelAt = inside ? q.start + inside[0].indexOf(inside[1]!) : before ? sentenceAt + before[0].indexOf(before[1]!) : -1;
  if (labelAt < 0) return null;
  const label = (inside ?? before)![1]!;
  return { start: labelAt, end: labelAt + label.length, speaker: labelPerson(labelAt, labelAt + label.length), inCapitals: !/\p{Ll}/u.test(label) };
}

/** The longest speaker's label ("Name, role at organisation:") a roundup puts on a line of its own. */
const MAX_LABEL = 160;

/**
 * The person a speaker's label opens on: a short paragraph of its own ending on a colon, no
 * quotation in it, its first word a person's mention ("Jane Roe, chief gardener at X:", "Jane
 * Roe (X):", "Jane Roe — X:", "Jane Roe says:"). "Here is what they said:" opens on nobody.
 */
export function introLine(text: string, paras: readonly Span[], j: number, mentionOver: (s: number, e: number) => Span | null): Cue | null {
  const p = paras[j];
  if (!p || p.end - p.start > MAX_LABEL) return null;
  const line = text.slice(p.start, p.end);
  if (!/:\s*$/.test(line) || /["“”«»„]/.test(line)) return null;
  const lead = p.start + line.search(/\S/);
  const m = mentionOver(lead, lead + 1);
  return m && m.start === lead ? { start: m.start, end: m.end, kind: "name" } : null;
}
