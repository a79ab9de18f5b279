/**
 * Names that end on a common noun of everyday English ("Blonde Wood Glass Candle", "Art Print",
 * "Content Writing", "Strategic Insights", "Hope Plaza"): the head of a product's, a heading's or
 * a place's name, where a person's name ends on a surname. The lexicon says so on pages too short
 * to write the noun in lower case themselves (a shop's listing, a menu), which the filters of
 * common-words.ts need.
 */
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { isLexiconNoun } from "../lexicon/noun-set";
import { NON_PERSON_HEADS, PARTICLES } from "../lexicon/words";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, isInitial } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";
import { isSuffixWord, isTitleWord } from "./titles";

/** A common noun of the lexicon, singular or plural ("insights", "boxes", "stories"), lower case. */
export function isCommonNoun(lw: string): boolean {
  if (isLexiconNoun(lw)) return true;
  if (!lw.endsWith("s") || lw.length < 4) return false;
  return isLexiconNoun(lw.slice(0, -1)) || (lw.endsWith("es") && isLexiconNoun(lw.slice(0, -2))) || (lw.endsWith("ies") && isLexiconNoun(lw.slice(0, -3) + "y"));
}

/** A common noun (isCommonNoun) that no list knows as a person's name word either: no given name,
 *  name word, particle or suffix ("Tag", "Sandbox"; not "Hunter", "Baker", "Jr"). */
export function plainNoun(lw: string): boolean {
  return isCommonNoun(lw) && !GIVEN.has(lw) && !NAMEISH.has(lw) && !PARTICLES.has(lw) && !isSuffixWord(lw);
}

/**
 * A name of two words or more whose last word is a common noun and no name word of the lexicon,
 * that opens on no given name or name word, and has no title, no initial, no person's context and
 * no list of people around it at any mention. A person named by a given name the lexicon lacks
 * and a surname that is also a noun is rare; the dictionary gives surnames that are nouns a
 * capitalised entry ("Baker", "Hope"), which keeps them off the list.
 */
export function commonNounHead(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  const n = g.key.length;
  if (n < 2) return false;
  const last = g.key[n - 1]!;
  if (!plainNoun(last)) return false;
  const first = g.key[0]!;
  if (first.length === 1 || GIVEN.has(first) || NAMEISH.has(first)) return false;
  // (a name word of the news data right before the noun makes it a surname: words the title
  // peeling missed, then a name, "Shuaiwen Leon Song"; further in, it is a noun's, "Blonde Wood
  // Glass Candle")
  if (n >= 3 && NAMEISH.has(g.key[n - 2]!)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  // (a count on the next line is no results row, a shop's "Shoes\n5 Colors"; a row's figures
  // on the same line and an age in commas are a person's, "Severine Potty, 19 --")
  for (const m of g.mentions) if (strongPersonCue(text, m) || personContext(text, m, true, false) || ROW_AFTER.test(text.slice(m.end, m.end + 6)) || lineBesideFullName(text, m)) return false;
  return true;
}

/**
 * A name of two words or more that opens on a common noun of the lexicon, no given name or name
 * word, and has no name word in it: page furniture and headings ("Text Size", "Video Keywords",
 * "Top Stories", "Steam Deck"), where a person's name opens on a given name. Kept at any title,
 * initial, person's context (a pronoun aside: a page's furniture stands beside the story's "he")
 * or results row. The given-name lexicons hold the given names English also writes as nouns
 * ("Hunter", "Chase", "Crystal"), which keeps those people.
 */
export function commonNounLead(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  const n = g.key.length;
  if (n < 2) return false;
  const first = g.key[0]!;
  if (!nounOnly(first) || isTitleWord(first[0]!.toUpperCase() + first.slice(1))) return false;
  for (const w of g.key) if (GIVEN.has(w) || NAMEISH.has(w) || PARTICLES.has(w) || isSuffixWord(w)) return false;
  // (a surname the text uses alone, "Romney said", makes the noun before it a given name the
  // lexicons lack: "Mitt Romney", "Semen Mayzlin")
  if (g.mentions.some((m) => m.words.length === 1)) return false;
  // (a page's furniture, a heading or a list's item stands on a line of its own; one named in a
  // sentence of prose is left to the other filters: "like Mitt Romney, the nominee")
  if (!g.mentions.every((m) => aloneOnLine(text, m) && !afterQuotation(text, m))) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  for (const m of g.mentions) if (strongPersonCue(text, m) || personContext(text, m, false) || lineBesideFullName(text, m)) return false;
  return true;
}
/** Is the mention the whole of its line, a bullet or a number at most before it and a colon at
 *  most after it (a heading's, a menu's or a list item's line; not "…, Brian Henninger, Tiger
 *  Woods, Steve Jurgenson," a list of names on one line)? */
function aloneOnLine(text: string, m: Mention): boolean {
  const from = text.lastIndexOf("\n", m.start - 1) + 1;
  if (!/^[ \t]*(?:[-*•·][ \t]*|\d{1,3}[.)][ \t]*)?$/.test(text.slice(from, m.start))) return false;
  let to = text.indexOf("\n", m.end);
  if (to < 0) to = text.length;
  return /^[ \t:]*$/.test(text.slice(m.end, to));
}
/** Does the line before the mention's end a quotation ("…get out of this?’.\nClover Hubbard"):
 *  a name alone under one is the quotation's attribution, a person's. */
function afterQuotation(text: string, m: Mention): boolean {
  const from = text.lastIndexOf("\n", m.start - 1);
  if (from < 0) return false;
  return /["”’][.,]?[ \t]*\n[ \t]*$/.test(text.slice(Math.max(0, from - 4), from + 1));
}
/** A common noun in its own form (not a plural's: "Sanders", "Waters" are surnames too). */
function nounOnly(lw: string): boolean {
  return isLexiconNoun(lw);
}

/** A results row's figures or a bracket on the name's line, or an age after a comma ("Ann Ruck
 *  3 1 2", "Ann Ruck (Kenya)", ", 19 --"). */
const ROW_AFTER = /^(?: \(|,?[ \t]\d)/;
/** A list's line, a bullet at most before it, that is a given name, an initial at most and a
 *  surname ("- Paul Ellenbogen", "Chai T. Rex"). */
const FULL_NAME_LINE = /^[ \t]*(?:[-*•·][ \t]*)?(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\.[ \t]*)?(\p{Lu}[\p{L}'’-]+)[ \t]*$/u;
/** The head words of firms' and places' names ("County", "Studio"): a neighbour with one is no person. */
const HEADS = [ORG_HEADS, PLACE_HEADS, NON_PERSON_HEADS];
/** A list item's line is short: lines are read this far at most. */
const ITEM_MAX = 80;
/** Lines read on each side of the mention's. */
const NEIGHBOURS = 2;
/**
 * Is the mention the whole of its line, among lines of which two at least, of the two with words
 * before it and the two after, are each two names, neither a noun nor a firm's or a place's head
 * word, one of them a given name first ("Oskar Nehlin\n\nNicolas Barbier\n\nDakota Brink", a
 * list of contributors; not "County Antrim\nCounty Armagh")? A list holds things of
 * one kind; one name beside it is a testimonial's signature over its firm ("Christine
 * Hodge\nClearview Washing"), and a neighbour ending on a noun ("Nike Journal") a menu's item.
 */
function lineBesideFullName(text: string, m: Mention): boolean {
  const from = text.lastIndexOf("\n", m.start - 1);
  if (m.start - from > ITEM_MAX || !/^[ \t]*(?:[-*•·][ \t]*)?$/.test(text.slice(from + 1, m.start))) return false;
  let to = text.indexOf("\n", m.end);
  if (to < 0) to = text.length;
  if (to - m.end > ITEM_MAX || !/^[ \t]*$/.test(text.slice(m.end, to))) return false;
  // 0: no name; 1: two names; 2: a given name and a surname
  const person = (a: number, b: number) => {
    const f = FULL_NAME_LINE.exec(text.slice(a, b));
    if (!f) return 0;
    const [w0, w1] = [f[1]!.toLowerCase(), f[2]!.toLowerCase()];
    if (isCommonNoun(w0) || isCommonNoun(w1) || HEADS.some((h) => h.has(w0) || h.has(w1))) return 0;
    return GIVEN.has(w0) ? 2 : 1;
  };
  let people = 0;
  let given = false;
  // the lines before, over blank lines (each read only when short)
  let end = from;
  for (let n = 0; n < NEIGHBOURS && end > 0; n++) {
    while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    const start = text.lastIndexOf("\n", end - 1) + 1;
    if (end - start > ITEM_MAX) break;
    const p = person(start, end);
    if (p) people++;
    if (p === 2) given = true;
    end = start - 1;
  }
  // the lines after
  let start = to;
  for (let n = 0; n < NEIGHBOURS && start < text.length; n++) {
    while (start < text.length && text.charCodeAt(start) === 10) start++;
    let stop = text.indexOf("\n", start);
    if (stop < 0) stop = text.length;
    if (stop - start > ITEM_MAX) break;
    const p = person(start, stop);
    if (p) people++;
    if (p === 2) given = true;
    start = stop + 1;
  }
  return people >= 2 && given;
}
