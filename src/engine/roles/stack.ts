/**
 * Two descriptions of one person stacked before the name with "and": "former Secretary of State
 * and Democratic presidential nominee Hillary Clinton", "Conservative columnist and Fox News
 * contributor George Will", "the actress and activist Kamala Lopez". News style writes a second
 * job this way only for the same person, and the card shows both, which the reader of the
 * article saw, rather than the half nearest the name.
 *
 * Two people are joined the same way too ("the president and first lady Michelle Obama", "both
 * the senator and Governor Ann Lee"): a first half that is one bare title word, or one after
 * "both" or "between", is left out.
 */
import { TITLES } from "../lexicon/words";

const MAX_STACKED_WORDS = 10;

/** Where the words of `phrase` stand in `text` right before `end` (one space or no-break space
 *  between words, then one before `end`), case aside; -1 when they do not. */
export function phraseStart(text: string, end: number, phrase: string): number {
  const c = text.charCodeAt(end - 1);
  if (c !== 32 && c !== 0xa0) return -1;
  const at = end - 1 - phrase.length;
  if (at < 0) return -1;
  const raw = text.slice(at, end - 1).replace(/\u00a0/g, " ");
  return raw.toLowerCase() === phrase.toLowerCase() ? at : -1;
}

/**
 * The first of two stacked descriptions, for a description whose words start at `start`: the
 * phrase `read(at)` finds before the "and" (at is the offset of "and"), or null.
 */
export function stackedBefore(text: string, start: number, read: (at: number) => string | null): string | null {
  if (start < 6 || !/^[ \u00a0]and[ \u00a0]$/u.test(text.slice(start - 5, start))) return null;
  const first = read(start - 4);
  if (!first) return null;
  const words = first.split(" ");
  // (a lone title word is as often another person's: "the president and first lady X")
  if (words.length === 1 && TITLES.has(first.toLowerCase().replace(/\.$/, ""))) return null;
  const at = phraseStart(text, start - 4, first);
  if (at < 0) return null;
  const before = /(\S+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
  if (before === "both" || before === "between") return null;
  return first;
}

/** "first and second", or the second alone where the two make too long a line. */
export function stackLine(first: string | null, second: string): string {
  if (!first) return second;
  return first.split(" ").length + second.split(" ").length + 1 <= MAX_STACKED_WORDS ? `${first} and ${second}` : second;
}
