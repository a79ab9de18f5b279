/**
 * A name the page treats as a thing's across its mentions: "the Technivorm Moccamaster", "your
 * NordVPN", "the Hifiman Sundara", more often than it gives it a person's context (a speech
 * verb, an age, a he/she, an attribution). One mention's person context used to keep such a
 * name, for any number of "the" beside it; a person named three times or more is given more
 * person context than articles. Only for names with no known given name (a given name says
 * "person" more than an article says "thing": "the Bill Clinton of his party").
 */
import type { Group } from "./group";
import { fullestWords } from "./mention";
import { knownGivenFirst } from "./lone-words";
import { personContext, strongPersonCue } from "./person-context";

/** An article or a determiner right before a mention: a thing's name takes them, a person's does not. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|The|a|an|your|Your|our|Our|this|This|its|Its) $/u;
/** What ends the noun phrase the name heads: a stop, a verb or a preposition. Not a noun that the
 *  name only qualifies, as a person's name does too ("the Obama administration", "the Romney
 *  campaign"). */
const HEAD_ENDS = /^(?:$|[^\s\p{L}]|\s*\n|\s+(?:is|was|are|were|has|had|have|does|did|can|will|would|and|or|with|for|in|on|at|to|from|by|as|that|which|comes|costs|offers|features|lets|gets|uses|works|sounds|looks|feels|delivers|also|still|isn['’]t|doesn['’]t)\b)/u;

/** Do the group's mentions after an article outnumber those with a person's context? */
export function thingName(text: string, g: Group): boolean {
  if (g.mentions.length < 3) return false;
  const full = fullestWords(g.mentions);
  if (knownGivenFirst(full)) return false;
  let things = 0;
  let persons = 0;
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m)) return false;
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) && HEAD_ENDS.test(text.slice(m.end, m.end + 16))) things++;
    else if (personContext(text, m)) persons++;
  }
  return things > persons;
}
