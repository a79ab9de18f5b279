/**
 * Given names that are also words of English ("Will", "May", "June", "April"): at the start of a
 * sentence their capital says nothing, so the finder peels a modal or a month off the name
 * ("Will Baker" → "Baker") and the tagger leaves it out. A cue only a person takes right after
 * the name — an age, an appositive with a person's noun, a speech verb — shows the word to be
 * the given name ("May Baker, a teacher, said"): a modal or a month opens no such phrase.
 */
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS } from "../lexicon/words";
import { APPOSITIVE_AFTER } from "./cues";
import { GIVEN, nameShaped, NON_NAME, PLACE, isDemonym, lower } from "./name-words";
import type { TaggedSpan } from "./tagger";
import { isTitle } from "./titles";
import { type Token, isCapitalised } from "./tokens";

/** An age right after a name: ", 52,", ", a 52-year-old". */
const AGE_AFTER = /^, (?:an? )?\d{1,2}(?:,| ?-?years?[ -]old\b)/;
/** A speech verb right after a name, then no capital ("May Baker said the"; "Will Baker Say" is a title). */
const SAID_AFTER = /^ (?:said|says|told|added)\b/;
/** Words that put a month before a name as a date ("in May Baker, 41, …" is a date first). */
const DATE_BEFORE = new Set(["in", "on", "by", "since", "until", "till", "during", "from", "through", "of", "last", "next", "early", "late", "mid", "before", "after", "this", "that", "every", "each"]);

/** Is the word one that English also gives as a given name: the name lists', or a month's (not a day's)? */
function givenWord(l: string): boolean {
  // (not a title the lists also hold as a name: "King Hassan, 67," is the king)
  return !isTitle(l) && (GIVEN.has(l) || (MONTHS_DAYS.has(l) && l.length >= 3 && !l.endsWith("day")));
}

/**
 * Does token k, a word that is also a given name, open a person's name that runs to token
 * `last` (one or two surname words joined by single spaces), with a person's cue right after it?
 * A speech verb counts only with `speech` (where the tagger read a person already: a magazine
 * or a firm "said" too).
 */
export function wordGivenName(text: string, tokens: readonly Token[], k: number, last: number, speech = true): boolean {
  if (last <= k || last - k > 2) return false;
  const t = tokens[k]!;
  if (t.kind !== "word" || !nameShaped(t.text) || !givenWord(lower(t.text))) return false;
  const before = tokens[k - 1];
  if (before && !t.afterBreak && before.kind === "word" && (DATE_BEFORE.has(lower(before.text)) || isCapitalised(before.text))) return false;
  for (let j = k + 1; j <= last; j++) {
    const w = tokens[j]!;
    if (w.kind !== "word" || w.afterBreak || w.start !== tokens[j - 1]!.end + 1 || !nameShaped(w.text)) return false;
    const l = lower(w.text);
    if (FUNCTION_WORDS.has(l) || NON_NAME.has(l) || MONTHS_DAYS.has(l) || isTitle(l) || isDemonym(w.text) || PLACE.has(l) || NON_PERSON_HEADS.has(l)) return false;
  }
  const rest = text.slice(tokens[last]!.end, tokens[last]!.end + 90);
  return AGE_AFTER.test(rest) || APPOSITIVE_AFTER.test(rest) || (speech && SAID_AFTER.test(rest));
}

/**
 * The spans with such names made people's: a person span widened over the word before it ("May"
 * + "Baker, a teacher,": the tagger, reading a month, left it out), and a given name and a
 * surname the tagger left out altogether, or read the surname alone as a firm or a place
 * ("April Mellody, a spokeswoman for …, said"). A new array when any changes.
 */
export function withWordGivenNames(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let res: TaggedSpan[] | null = null;
  const spanAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < spans.length; i++) spanAt.fill(i, spans[i]!.first, spans[i]!.last + 1);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const k = s.first - 1;
    if (s.type !== "PER" || k < 0 || spanAt[k]! >= 0) continue;
    if (tokens[k]!.end + 1 !== tokens[s.first]!.start || tokens[s.first]!.afterBreak) continue;
    if (wordGivenName(text, tokens, k, s.last)) (res ??= spans.slice())[i] = { ...s, start: tokens[k]!.start, first: k };
  }
  let added = false;
  const drop = new Set<number>();
  // (each of the two words untagged, or a lone word typed otherwise: "Jordan" a place)
  const loneOther = (j: number) => j < 0 || (spans[j]!.type !== "PER" && spans[j]!.first === spans[j]!.last);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    // (a cheap look first: most tokens are no capitalised word outside a person's span)
    if (t.kind !== "word" || !isCapitalised(t.text)) continue;
    const a = spanAt[k]!;
    const b = spanAt[k + 1]!;
    // (or the two read as one firm or place: "Jordan Baker" an organisation)
    const pair = a >= 0 && a === b && spans[a]!.type !== "PER" && spans[a]!.first === k && spans[a]!.last === k + 1;
    if (!pair && (!loneOther(a) || !loneOther(b))) continue;
    if (!wordGivenName(text, tokens, k, k + 1, false)) continue;
    res ??= spans.slice();
    for (const j of [a, b]) if (j >= 0) drop.add(j);
    res.push({ type: "PER", start: t.start, end: tokens[k + 1]!.end, first: k, last: k + 1 });
    added = true;
  }
  if (drop.size) res = res!.filter((_, i) => !drop.has(i));
  if (added) res!.sort((a, b) => a.start - b.start);
  return res ?? spans;
}
