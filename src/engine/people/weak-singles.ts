/**
 * One-word names the text never introduces as a person's (a brand, a menu word, an acronym),
 * dropped last, unless they stand in a list beside a person or among a list of people.
 */
import { isAsciiUpper } from "../ascii";
import { PARTICLES } from "../lexicon/words";
import { writtenLower } from "./lower-case";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, ORG_WORD, PLACE, isInitial } from "./name-words";
import { opensSentence, personContext } from "./person-context";
import { inPersonList } from "./person-lists";
import { isSuffixWord } from "./titles";

/**
 * A name of one word that the text never introduces as a person's: no title before it, not a
 * name word of the lexicon (a given name only where the text also writes it in lower case or it
 * only opens sentences), no attribution dash before it ("— Leslie"), no "I'm"/"my name is"/"my
 * colleague," before it, no person cue at any mention (a speech verb, "who", a kinship
 * possessive, an age), no "he"/"she" taking it up before the next sentence ends, and no full name
 * it is the short form of (grouping would have joined them). English prose introduces a person
 * (a full name, a title, a role, a pronoun that follows); a bare capitalised word with none of
 * that on a web page is a brand, a product, a place or a menu word ("Sixt", "Scopus", "Audio",
 * "Krasnodar", "Materialize"). A results row or a team sheet keeps it (as in loneOpener).
 */
function weakSingle(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 1) return false;
  // a short capitals word ("AI", "HDR", "CPU") is an acronym, even where it spells a given name
  // ("Ai"): a person is not named by one alone, whatever pronoun follows ("Mr. X" still is)
  if (g.mentions.every((m) => !m.titled && m.words.length === 1 && isAcronym(m.words[0]!))) return true;
  const w = g.key[0]!;
  if (NAMEISH.has(w) || isSuffixWord(w) || /['’]/.test(w)) return false;
  // a double surname alone ("Ocasio-Cortez") is one whose full name the text gives (grouping
  // joined them) or that a cue shows; a hyphenated word with neither is a thing's ("Wi-Fi")
  // (a particle inside, "Inzamam-ul-Haq", "Abd-al-Rahman", is a name's shape: not this)
  if (w.includes("-")) {
    if (w.split("-").some((p, i) => i > 0 && (PARTICLES.has(p) || p === "ul" || p === "ud"))) return false;
    for (const m of g.mentions) if (m.titled || personContext(text, m)) return false;
    return true;
  }
  // a given name alone ("Megan", "Kerry") is a person's, unless the text also writes it as a word
  // ("any", "even", "base", "art"), has it only where a sentence's capital says nothing ("Any
  // asset…", "Early fuses…", "Rock on"), or it is also a city, a country or a firm of the
  // gazetteer ("Denver", "Dallas", "Avis")
  if (GIVEN.has(w) && !PLACE.has(w) && !ORG_WORD.has(g.key[0]!) && !g.mentions.every((m) => opensSentence(text, m.start) || afterCompound(text, m.start)) && !writtenLower(text, w)) return false;
  for (const m of g.mentions) if (m.titled || m.words.length !== 1 || personContext(text, m)) return false;
  return true;
}

/** Right after a compound adjective ("AI-powered Alexa", "voice-activated Siri"): English puts
 *  one before a product's or a thing's name; before a person's it puts a noun ("award-winning
 *  actress …"). */
const COMPOUND_BEFORE = /[\p{L}\d]-\p{Ll}+\s$/u;
const afterCompound = (text: string, at: number) => COMPOUND_BEFORE.test(text.slice(Math.max(0, at - 24), at));

/** Two to four capital ASCII letters. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 4) return false;
  for (let i = 0; i < w.length; i++) if (!isAsciiUpper(w.charCodeAt(i))) return false;
  return true;
}

/** Between two items of a list: a comma, a slash, "and", "&". */
const LIST_AFTER = /^(?:\s*[,;/&]\s*|,?\s+(?:and|&)\s+)/;
const LIST_BEFORE = /(?:\s*[,;/&]\s*|,?\s+(?:and|&)\s+)$/;
/**
 * The groups without the weak single words (weakSingle), except one standing in a list next to a
 * person named with evidence ("Helmstetter and Vanco", a team sheet "Breen, Staunton, Irwin"):
 * a list holds things of one kind.
 */
export function dropWeakSingles<G extends { key: string[]; mentions: Mention[] }>(text: string, groups: G[]): G[] {
  const weak = new Set<G>();
  for (const g of groups) if (weakSingle(text, g)) weak.add(g);
  if (!weak.size) return groups;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const g of groups) {
    // (only a person the lexicon or a title vouches for: a list of brands holds "people" too)
    const k0 = g.key[0]!;
    if (weak.has(g) || !(NAMEISH.has(k0) || (g.key.length >= 2 && (GIVEN.has(k0) || isInitial(k0))) || g.mentions.some((m) => m.titled))) continue;
    for (const m of g.mentions) {
      starts.add(m.start);
      ends.add(m.end);
    }
  }
  const listed = (m: Mention): boolean => {
    // ("I'm Jack, Co-Founder of Social Shepherd": a word with "of" after it is the appositive's post)
    if (/^ of /.test(text.slice(m.end, m.end + 4))) return false;
    const a = LIST_AFTER.exec(text.slice(m.end, m.end + 8));
    if (a && starts.has(m.end + a[0].length)) return true;
    const b = LIST_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    return !!b && ends.has(m.start - b[0].length);
  };
  // (or an item of a list of people: listedPeople)
  const inList = (m: Mention) => inPersonList(text, m.start);
  return groups.filter((g) => !weak.has(g) || g.mentions.some(listed) || g.mentions.some(inList));
}
