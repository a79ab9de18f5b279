/**
 * A name the page repeats with nothing a person gets and something a thing gets. A person named
 * that often gets a he/she/his/her, a title, a speech verb, an age, a kinship or an appositive
 * somewhere; a product, a service or a heading ("Allianz", "Mullvad", "Hard Copy", "Default
 * None") is named again and again with none, and with an article, an "its", a price, the same
 * noun after it or an ordinary word of the page in its name. Only for names with no known given
 * name; a results row's number after a name ("None, 1.0") counts for neither.
 */
import { FUNCTION_WORDS } from "../lexicon/words";
import type { Group } from "./group";
import { fullestWords } from "./mention";
import { knownGivenFirst } from "./lone-words";
import { writtenLower } from "./lower-case";
import { lower } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";

/** Mentions from which a person almost never goes without one person's cue. */
const MIN_MENTIONS = 3;

/** An article or a determiner right before a mention. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|The|a|an|your|Your|our|Our|this|This|its|Its|my|My) $/u;
/** A thing's own nouns after its possessive: "NordVPN's servers", "Allianz's plans". */
const THING_POSS = /^['’]s (?:app|apps|plan|plans|platform|servers?|service|services|website|site|software|features?|products?|prices?|pricing|price|policy|policies|coverage|customers|users|subscribers|interface|api|tools?|model|models|version|versions|support|network|stores?|brand|range|line|lineup|catalog|menu|dashboard)\b/u;
/** A price beside a mention on its line. */
const PRICE = /[$€£¥]\s?\d|\d\s?(?:USD|EUR|GBP|dollars|euros)\b|\/(?:mo|month|year|yr)\b/u;

/** Does one mention have a thing's context? */
function thingContext(text: string, m: { start: number; end: number }): boolean {
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return true;
  const after = text.slice(m.end, m.end + 24);
  if (THING_POSS.test(after)) return true;
  // "its" in the rest of the sentence: a person's possessive is his or her
  const stop = text.slice(m.end, m.end + 200).search(/[.!?\n]/);
  const rest = text.slice(m.end, m.end + (stop < 0 ? 200 : stop));
  if (/\bits\b/.test(rest)) return true;
  const ls = text.lastIndexOf("\n", m.start) + 1;
  const le = text.indexOf("\n", m.end);
  const line = text.slice(Math.max(ls, m.start - 80), Math.min(le < 0 ? text.length : le, m.end + 80));
  return PRICE.test(line);
}

/** Is the group named often with no person's cue at any mention, and a thing's at one (or a
 *  noun after it at most)? */
export function unattestedName(text: string, g: Group): boolean {
  if (g.mentions.length < MIN_MENTIONS) return false;
  const full = fullestWords(g.mentions);
  if (knownGivenFirst(full)) return false;
  if (g.mentions.some((m) => m.titled || strongPersonCue(text, m) || personContext(text, m, true, false))) return false;
  return full.some((w) => writtenLower(text, lower(w))) || g.mentions.some((m) => thingContext(text, m)) || qualifiesNouns(text, g);
}

/** Does one word in lower case follow the name at most of its mentions, as a thing's name qualifies
 *  its noun ("Hard Copy pages", "Kindle edition")? A person's name does at some mentions ("the
 *  Obama administration"), not at most; a verb or a word of grammar after it says nothing. */
function qualifiesNouns(text: string, g: Group): boolean {
  const counts = new Map<string, number>();
  for (const m of g.mentions) {
    const w = /^ (\p{Ll}+)(?![\p{L}'’])/u.exec(text.slice(m.end, m.end + 24))?.[1];
    if (w && !FUNCTION_WORDS.has(w) && !NOT_NOUN.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.values()].some((n) => n * 2 > g.mentions.length);
}
/** Verbs and words of grammar that FUNCTION_WORDS lacks. */
const NOT_NOUN = new Set("is was are were has had have will would can could may might should must does did do also still and or but then".split(" "));
