/**
 * The shape a person's mention has between the steps of src/engine/people.ts: found, completed,
 * grouped. Its own module so that every step can name it without importing the entry.
 */
import { ROLE_NOUNS, TITLES } from "../lexicon/words";
import type { Span } from "../types";
import { afterDepartment } from "./departments";
import { isTitleWord } from "./titles";
import { type Token, lastStartingAtOrBefore, tokenStartingAt } from "./tokens";

export interface Mention extends Span {
  /** The words of the name as written (titles and possessive excluded). */
  words: string[];
  /** The title or honorific right before the name, if any ("Director", "Mr."). */
  titled: boolean;
}

/** Words after which the next word is a verb: a relative pronoun, "to", a modal, a subject
 *  pronoun, an adverb of the verb ("features that rival NordVPN", "hard to host X"). */
const VERB_SLOT = new Set(["that", "which", "who", "to", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did", "not", "never", "also", "often", "almost", "even", "easily", "i", "we", "you", "they"]);
/** Is the word at k a role noun used as a title ("rival Sanders", "coach Ellis"), not the verb
 *  it also spells ("features that rival NordVPN")? A verb's role noun lends a brand a title,
 *  and a titled name passes the filters that would drop it. */
export function roleNounBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word" || !ROLE_NOUNS.has(t.text)) return false;
  const prev = tokens[k - 1];
  return !(prev && prev.kind === "word" && prev.end + 1 === t.start && VERB_SLOT.has(prev.text.toLowerCase()));
}

/** Each run of words as a Mention, titled when a title or a role noun stands right before it. */
export function toMentions(tokens: readonly Token[], final: readonly Token[][]): Mention[] {
  return final.map((ws) => {
    // (a hyphen-split word starts inside its token: the token before is the one before the compound)
    const at = ws[0]!.start;
    let k = tokenStartingAt(tokens, at);
    if (k < 0) {
      // the one token around `at` (tokens do not overlap), as a findIndex over all of them found it
      const c = lastStartingAtOrBefore(tokens, at - 1);
      k = c >= 0 && tokens[c]!.end > at ? c : -1;
    }
    const before = k > 0 ? tokens[k - 1] : undefined;
    // (or a post's department: "Speaker of the House of Representatives Wahono"; a title that
    // ends the line before titles nobody on this one: "— Rochelle Bilow, editor\n\nKey Specs")
    const titled = !!before && before.kind === "word" && !tokens[k]?.afterBreak && (isTitleWord(before.text) || TITLES.has(before.text.toLowerCase()) || roleNounBefore(tokens, k - 1) || afterDepartment(tokens, k));
    return { start: ws[0]!.start, end: ws[ws.length - 1]!.end, words: ws.map((t) => t.text), titled };
  });
}

/** The words of a group's longest mention, the first of the longest when several tie: the name
 *  the filters judge ("Vladimir Putin", not a later "Putin"). */
export function fullestWords(mentions: readonly Mention[]): string[] {
  return mentions.reduce((a, m) => (m.words.length > a.length ? m.words : a), [] as string[]);
}
