/**
 * Names every word of which is a common noun of the lexicon and no given name or name word of
 * any list: "Sandbox" after "Agent", "Marketing Officer" after "Chief", "Pass" after "Bishop",
 * "Stack Overflow", "Kitchen Table". The title peeling takes the first word of a firm's, a
 * product's or a post's name for a person's title and leaves nouns that the other filters spare
 * for that title. A person's surname that English also writes as a noun is mostly on the name
 * lists ("Baker", "Bush"); one that is not ("Waters", "Silver") is kept after an honorific or an
 * office only a person holds ("Mr. Silver", "Senator Waters"), in a team sheet's run of
 * surnames between commas ("Cole, Given, Breen,"), or with a person's cue.
 */
import { HONORIFICS } from "../lexicon/words";
import { isUsGivenName } from "../lexicon/us-given-names";
import { plainNoun } from "./common-nouns";
import type { Mention } from "./mention";
import { isInitial } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";

/** Offices only a person holds, unlike "Chief", "Agent", "Saint", "Bishop" (also firms' and
 *  places' first words: "Chief Risk Officer", "Agent Sandbox", "Saint Pasta", "Bishop Pass"). */
const PERSON_OFFICES = new Set("senator sen rep reps representative gov governor mayor judge justice minister secretary ambassador".split(" "));
const WORD_BEFORE = /([\p{L}]+)\.?\s+$/u;

export function nounName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  for (const w of g.key) if (!plainNoun(w) || isUsGivenName(w)) return false;
  for (const m of g.mentions) {
    if (m.words.some(isInitial)) return false;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
    if (before && (HONORIFICS.has(before) || PERSON_OFFICES.has(before))) return false;
    if (strongPersonCue(text, m) || personContext(text, m) || inCommaRun(text, m)) return false;
  }
  return true;
}

/** Is the mention one item of a run of capitalised words between commas, a comma or the
 *  list's colon before it and a comma after it (a team sheet: "as follows: Given, Breen,")? A product list ends on "and X", a heading stands alone. */
function inCommaRun(text: string, m: Mention): boolean {
  return /(?:\p{Lu}[\p{L}'’-]*\s?,|:)\s$/u.test(text.slice(Math.max(0, m.start - 30), m.start)) && /^\s?,\s\p{Lu}/u.test(text.slice(m.end, m.end + 4));
}
