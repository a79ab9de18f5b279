/**
 * Names dropped because their words are ordinary words the same text writes in lower case, with
 * nothing showing a person: headings, products, plans and firms ("Average Costs", "Lean
 * Startup", "Claude Code"), and names ending on a firm's or a place's head word ("Ernst Media").
 */
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { NON_PERSON_HEADS, PARTICLES } from "../lexicon/words";
import type { Span } from "../types";
import { lowerAlone, lowerApart, writtenLower } from "./lower-case";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, isInitial } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";
import { isSuffixWord } from "./titles";

/**
 * A "person" whose every name word the same text also writes in lower case, as an ordinary word,
 * is a heading, a product or a sentence's first words ("Average Costs", "Wire Strippers", "Use",
 * "Implement Strong"): an English name is capitalised wherever it stands. Kept when a mention
 * has a title before it or the name starts with a given name or an initial ("Mark Stone",
 * "Will Smith"), or the group holds no other word (a lone surname of a full name is grouped).
 */
export function commonWords(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  const ws = g.key;
  if (!ws.length || g.mentions.some((m) => m.titled || strongPersonCue(text, m))) return false;
  const first = ws[0]!;
  if (GIVEN.has(first) || isInitial(first) || /\./.test(first)) return false;
  for (const w of ws) if (!PARTICLES.has(w) && !isSuffixWord(w) && !writtenLower(text, w)) return false;
  return true;
}

/**
 * A name of two words or more that the text never introduces as a person's: it does not start
 * with a given name or a name word and holds none before its last word, has no initial and no
 * title, no mention has a person's context (personContext: a speech verb, "who", an age, a
 * pronoun that follows…), and one of its words the text also writes in lower case, alone or
 * plural ("cable tray cutters", "torque wrenches", "a lean startup"). Such names are the entries
 * of listicles and directories, products, plans, firms and headings ("38. Cable Tray Cutter",
 * "Lean Startup", "Colonial Van Lines", "Instagram Live"). A byline ("Emese Bartha" over a
 * dateline, "Chirag Bhardwaj" on an author card) has no word of prose in it; a person named
 * after a stray word keeps a given name inside ("Secretary of State Ken Detzner").
 */
export function unintroducedName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const first = g.key[0]!;
  if (first.length === 1) return false;
  for (let i = 0; i < g.key.length - 1; i++) if (GIVEN.has(g.key[i]!) || NAMEISH.has(g.key[i]!)) return false;
  // (an initial anywhere: "Charlett S." signs a testimonial)
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  for (const m of g.mentions) if (personContext(text, m)) return false;
  // (last: each look for a word in lower case scans the whole text)
  for (const w of g.key) {
    if (PARTICLES.has(w)) continue;
    // (a text without the stem has none of its forms: one scan for most names' words)
    const stem = w.endsWith("s") ? w.slice(0, -1) : w;
    if (text.indexOf(stem) < 0) continue;
    if (writtenLower(text, w) || writtenLower(text, w + "s") || writtenLower(text, w + "es") || (stem !== w && writtenLower(text, stem))) return true;
  }
  return false;
}

/**
 * A name of two words whose second word is no name word of the lexicon but an ordinary word the
 * same text writes in lower case ("Claude Code" beside "the code", "Tate Modern" beside "modern
 * art", "William Optics" beside "optics"), and that nothing shows to be a person's (no title, no
 * initial, no person context at any mention), is a product's, a firm's or a place's name that
 * starts on a word that can also be a given name. A person's surname is a name word ("Jeff
 * Wall", "Nigel Price": kept), and where it is not, the text introduces its bearer as a person.
 * unintroducedName asks the same of names with no given name first.
 */
export function givenThenWord(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 2) return false;
  const [first, last] = g.key as [string, string];
  if (!(GIVEN.has(first) || NAMEISH.has(first)) || first.length < 3 || last.length < 3) return false;
  if (GIVEN.has(last) || NAMEISH.has(last) || PARTICLES.has(last) || isSuffixWord(last)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  if (!writtenLower(text, last)) return false;
  // (a given name written in lower case only before the surname is the whole name typed or
  // styled so: "is marlon brando in heat", a credit "thomas hengge" in small capitals; "web"
  // and "car" stand alone in "web design", "car rental")
  if (writtenLower(text, `${first} ${last}`) && !lowerAlone(text, first, last)) return false;
  for (const m of g.mentions) if (personContext(text, m) || besideFullName(text, m) || PERSON_SHAPED_APPOSITIVE.test(text.slice(m.end, m.end + 50))) return false;
  return true;
}
/** Is the mention an item of a list whose item beside it is a given name and a surname
 *  ("Christopher Guest, Michael McKean and Harry Shearer"): a list holds things of one kind. */
function besideFullName(text: string, m: Span): boolean {
  const after = LIST_NEXT.exec(text.slice(m.end, m.end + 40));
  if (after && GIVEN.has(after[1]!.toLowerCase())) return true;
  const before = LIST_PREV.exec(text.slice(Math.max(0, m.start - 40), m.start));
  return !!before && GIVEN.has(before[1]!.toLowerCase());
}
/** An appositive whose noun has a person's ending ("Tobin Farmer, a plantsman,", "…, a
 *  violinist,", "…, the librarian"): APPOSITIVE_PERSON lists the common nouns, not every noun. */
const PERSON_SHAPED_APPOSITIVE = /^, (?:a|an|the) (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]*(?:man|woman|person|[^l]ist|ian)[,.;]/u;
const LIST_NEXT = /^(?:,| and| &)\s(\p{Lu}\p{Ll}+)\s\p{Lu}\p{Ll}/u;
const LIST_PREV = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’-]+(?:,| and| &)\s$/u;

/**
 * A name ending on an organisation's or a place's head word ("Ernst Media", "Kora Moving", "Yale
 * School", "Nara Station", "Palm Coast") that nothing shows to be a person's: no name word of the
 * lexicon first, no title, no initial, no person context at any mention. The tagger's own spans
 * are vetted so only when they start without a given name ("Shirley Temple", "Margaret Court" are
 * surnames there); a given name first is no evidence once the text never treats the name as a
 * person's, and a he or she after it is none either.
 */
export function headedName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const last = g.key[g.key.length - 1]!;
  if (!(NON_PERSON_HEADS.has(last) || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) || NAMEISH.has(last)) return false;
  // a head that is also a surname ("Park", "Hall", "Bay", "Temple") is one after a given name
  // ("Grace Park", "Ji-sung Park", "Michael Bay"), a place's head after a word that is none or
  // after two words ("Central Park", "Sam Houston Park", "Joshua Tree National Park")
  if (GIVEN.has(last) && g.key.length === 2 && (GIVEN.has(g.key[0]!) || g.key[0]!.includes("-"))) return false;
  if (NAMEISH.has(g.key[0]!)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  // (no pronoun: the museums of an artist's biography come before "his photographs", a prize
  // before its winner's "she": "a Fields Medal, in part for this work. But she died")
  for (const m of g.mentions) if (personContext(text, m, false)) return false;
  return true;
}

/**
 * A name of two words or more, named once, one of whose words the same text also writes in lower
 * case as a word of prose: a heading, a menu or list item, a product or a service ("Coffee Shop",
 * "Desk Lamps", "Red Flags", "Gantt Charts", "Citric Acid", "24. Fire-Resistant Work Shirt"). A
 * person named once is named in full, with a given name or an initial first ("Mark Stone",
 * "C. Lewis"); kept also with a title before it or a given name inside it, the first words being
 * then a title the peeling missed ("Owner John Saunders", "Great Uncle Paul").
 */
export function onceCommon(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.mentions.length !== 1 || g.key.length < 2) return false;
  const m = g.mentions[0]!;
  const first = m.words[0]!;
  if (m.titled || isInitial(first) || first.endsWith(".") || first.length === 1 || strongPersonCue(text, m)) return false;
  for (let i = 0; i < g.key.length - 1; i++) if (GIVEN.has(g.key[i]!) || NAMEISH.has(g.key[i]!)) return false;
  for (const w of g.key) if (!PARTICLES.has(w) && !isSuffixWord(w) && writtenLower(text, w)) return true;
  return false;
}

/**
 * A name whose given name and every other word the same text also writes in lower case, as
 * words of prose apart from each other ("Web Apps" beside "the web" and "native apps", "Palm
 * Oil" beside "palm trees" and "oil"): a heading, a product or a service whose first word is also
 * on the given-name list. A person's given name is not a word the text uses, and her surname is
 * not either. Kept with a title, an initial or a person's cue at any mention.
 */
export function givenAsWord(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const first = g.key[0]!;
  if (!GIVEN.has(first) || NAMEISH.has(first) || first.length < 3) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  for (const w of g.key.slice(1)) if (PARTICLES.has(w) || isSuffixWord(w) || NAMEISH.has(w)) return false;
  for (const w of g.key.slice(1)) {
    const stem = w.endsWith("s") ? w.slice(0, -1) : w;
    if (!(writtenLower(text, w) || writtenLower(text, w + "s") || (stem !== w && writtenLower(text, stem)))) return false;
  }
  if (!writtenLower(text, first) || !lowerApart(text, first, g.key[1]!)) return false;
  for (const m of g.mentions) if (strongPersonCue(text, m) || personContext(text, m, false, false)) return false;
  return true;
}
