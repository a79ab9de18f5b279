/**
 * Awards named after people read as people: "an Oscar frontrunner", "nine Golden Globe
 * nominations", "a James Beard nominee", "James Beard Award-winning author". A name right before
 * the words of a prize's race is the prize's, whoever it was named for. Only nouns, which a
 * person's name does not take so: "winning", "nominated", "nomination" are verbs and a person's
 * own ("with Federer winning the set", "Trump nominated her", "the Harris nomination").
 */
import type { Group } from "./group";
import type { Mention } from "./mention";
import { markedAsPerson } from "./person-context";

/** A prize's race right after the name: its winners, nominees and contenders. */
const RACE_AFTER = /^(?:[- ](?:winners?|nominees?|nominations|frontrunners?|front-runners?|contenders?)\b|-(?:winning|nominated)\b)/u;
/** The name run on into the prize's compound ("James Beard Award-winning"). */
const RACE_WORD = /-(?:winning|nominated|winners?)$/u;

/** Is the mention the name of a prize? */
const awardUse = (text: string, m: Mention) => RACE_AFTER.test(text.slice(m.end, m.end + 16)) || RACE_WORD.test(m.words[m.words.length - 1]!);

/**
 * Is the group a prize's: its fullest name used as a prize's somewhere, and no mention with a
 * title or a person's cue (a person named for the prize is named so elsewhere: "Oscar Isaac said")?
 */
export function awardName(text: string, g: Group): boolean {
  const n = Math.max(...g.mentions.map((m) => m.words.length));
  if (!g.mentions.some((m) => m.words.length === n && awardUse(text, m))) return false;
  return !g.mentions.some((m) => markedAsPerson(text, m));
}
