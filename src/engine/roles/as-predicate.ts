/**
 * "Paul Manafort resigned as chairman of the Trump campaign", "Helen Ruiz, who took over as head
 * of Hispanic communications,", "Ann Lee was named as the team's coach", "Derek Mitchell, who
 * served as U.S. ambassador to Burma from 2012 until earlier this year,": a verb of taking,
 * holding or leaving a post, then "as" and the post, says the subject's job. Only verbs whose
 * subject holds the post (not "Trump fired X as …", whose subject is the one who fired) and
 * never a part played ("stars as", "acted as", "poses as"). A post left or held in the past is a
 * former one. This module finds where the post's words start; roles.ts reads them into a line.
 */

// after the name: an optional relative pronoun, up to three auxiliaries or adverbs (group 1),
// the verb (group 2), "as"
const AS_PREDICATE = new RegExp(
  String.raw`^(?:,[ \u00a0]+who)?[ \u00a0]+` +
    String.raw`((?:(?:has|have|had|is|are|was|were|will|would|also|now|currently|recently|just|been|be|officially|abruptly|quietly|previously|once|formerly|briefly|later|then)[ \u00a0]+){0,3})` +
    String.raw`(served|serves|serving|serve|worked|works|working|resigned|resigns|stepped[ \u00a0]+down|steps[ \u00a0]+down|stepped[ \u00a0]+aside|retired|retires|quit|took[ \u00a0]+over|takes[ \u00a0]+over|taking[ \u00a0]+over|remains|remained|continues|continued|returned|returns|joined|joins|named|appointed|elected|re-elected|reelected|hired|installed|confirmed|tapped|chosen|picked|selected|sworn[ \u00a0]+in)` +
    String.raw`[ \u00a0]+as[ \u00a0]+`,
  "u",
);
// a post left ("resigned as chairman": a former chairman)
const LEFT = /^(?:resign|step|retire|quit)/;
// a post held: in the past when the verb or its auxiliary says so ("served as", "was serving
// as", "once worked as"), not "has served as" nor "had been serving as" (held to the story's day)
const HELD = /^(?:serv|work|remain|continu)/;

/** Where the post after an "as" predicate right after a mention (ending at `end`) starts, and
 *  whether the text puts it in the past; null when no such predicate follows the name. */
export function asPredicateAt(text: string, end: number): { from: number; past: boolean } | null {
  // (most names are followed by neither a comma nor a space: a cheap test first)
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 32 && c !== 0xa0) return null;
  const after = text.slice(end, end + 90);
  const m = after.includes(" as ") ? AS_PREDICATE.exec(after) : null;
  if (!m) return null;
  const aux = m[1]!.trim().split(/[ \u00a0]+/);
  const verb = m[2]!;
  const past =
    LEFT.test(verb) ||
    (HELD.test(verb) && (/(?:ed)$/.test(verb) ? !aux.some((a) => /^(?:has|have|now|currently)$/.test(a)) : aux.some((a) => /^(?:was|were|previously|once|formerly|briefly)$/.test(a))));
  return { from: end + m[0].length, past };
}
