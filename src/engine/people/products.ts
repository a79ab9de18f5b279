/**
 * Names of products, brands and firms, and noun phrases: a brand-shaped word ("PlayStation"), a
 * product's last word ("Canva Pro"), a firm's word opening its products' names ("Amazon Echo"),
 * an abstract noun's ending ("Optimization"). A given name first keeps a person.
 */
import { FUNCTION_WORDS } from "../lexicon/words";
import { isCommonNoun } from "./common-nouns";
import { usedAlone, writtenLower } from "./lower-case";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, NON_NAME, ORG_WORD, isInitial, lower } from "./name-words";
import { personContext } from "./person-context";

/**
 * A name of two words or more opening on a word that is no given name, which the text also writes
 * alone before no other capital ("Amazon Alexa", "Amazon Echo" beside "an Amazon account",
 * "Amazon's newer …", "Amazon, Google and Apple"), with no title, no initial and no person's cue
 * at any mention. A person's name opens on a given name; the part of it that English writes
 * alone is the surname, its last word. A firm's or a brand's word opens the names of its
 * products and services. The pronoun test of personContext is left out: a review's "her"
 * (the tester's) follows products' names as often as people's.
 */
export function firmLed(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const k0 = g.key[0]!;
  // (a firm's word: one the news data never gives a person, or a firm of the gazetteer; not
  // "The", which opens stage names and titles alike: "The Alchemist")
  if (k0.length < 3 || GIVEN.has(k0) || NAMEISH.has(k0) || FUNCTION_WORDS.has(k0) || !(NON_NAME.has(k0) || ORG_WORD.has(k0))) return false;
  // (a given name before the last word: a person after words the peeling missed, "Secretary of
  // State Ken Detzner")
  for (let i = 1; i < g.key.length - 1; i++) if (GIVEN.has(g.key[i]!) || NAMEISH.has(g.key[i]!)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  let full: Mention | undefined;
  for (const m of g.mentions) if (m.words.length >= 2) full = m;
  if (!full) return false;
  const w0 = full.words[0]!;
  if (!usedAlone(text, w0)) return false;
  for (const m of g.mentions) if (personContext(text, m, false)) return false;
  return true;
}
/** What a capital inside a name follows: "McKenzie", "MacDonald", "DeShawn", "LeBron", "JoAnne", "FitzGerald", "VandeHei", "VanderSloot". */
const NAME_PREFIX = /^(?:\p{Lu}\p{Ll}{0,2}|Fitz|Vande[nr]?|Della|Delle|Dela)$/u;
/**
 * A brand's or a product's word, never a name's: a capital after five letters or more, or after
 * four in a word of eight or more ("QuietComfort", "PlayStation", "WordPress"; but "MaliVai"), a
 * lower-case start ("iPhone", "eCommerce"), a digit ("M1k", "S24"), an acronym's plural.
 */
function brandWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  if (/^\p{Ll}+\p{Lu}/u.test(w)) return true;
  // an acronym's plural ("LLMs", "GPUs", "NFTs") names things, never a person
  if (/^\p{Lu}{2,}s$/u.test(w)) return true;
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u.exec(w);
  return !!m && !NAME_PREFIX.test(m[1]!) && (m[1]!.length >= 5 || w.length >= 8);
}
/** Last words of a product's name ("Canva Pro", "Tesla Model", "Galaxy S24 Ultra"). */
const PRODUCT_TAILS = new Set(["pro", "max", "ultra", "plus", "mini", "lite", "edition", "series", "model", "app", "apps", "software", "platform", "suite"]);
/**
 * A name that is a product's or a brand's: a word shaped like a brand's, a product's last word
 * after another, or a one-word organisation first ("Microsoft Authenticator", "Sony Alpha");
 * a given name first keeps it ("Dell Curry").
 */
export function productName(words: readonly string[]): boolean {
  if (words.some(brandWord)) return true;
  if (words.length < 2) return false;
  const first = lower(words[0]!);
  if (GIVEN.has(first)) return false;
  return PRODUCT_TAILS.has(lower(words[words.length - 1]!)) || ORG_WORD.has(first);
}

/**
 * Endings of English abstract and common nouns and adjectives that hardly any surname or given
 * name has outside the name lists ("Optimization", "Assessment", "Wellness", "Mindfulness", "Psychology",
 * "Scalability", "Analytics", "Software", "Affordable"), and of adverbs ("Regularly", "Extremely"); a word the name lists hold is left
 * alone ("Felicity", "Lawrence", "Vance", "Clemence").
 */
const NOUN_ENDING = /(?:ial|ical|ive|ous|[st]ion|ment|ness|ism|ogy|ship|ity|ics|ware|less|able|ible|ance|ence|ency|ancy|ful|ities|ments|tions|sions|ally|ously|ively|fully|lessly|edly|ingly|ently|antly|ably|ibly|ularly)$/;
export function nounPhrase(words: readonly string[]): boolean {
  // a given name first makes the last word a surname, whatever its ending ("John Constable",
  // "Fiona Blankenship", "Ken Anselment")
  const given = words.length >= 2 && GIVEN.has(lower(words[0]!));
  // a given name inside, before the last word, is a name with words before it that the title
  // peeling missed ("Majority Leader Mitch McConnell"): the person is there
  for (let i = 1; i < words.length - 1; i++) if (GIVEN.has(lower(words[i]!))) return false;
  for (let i = 0; i < words.length; i++) {
    const l = lower(words[i]!);
    if ((given && i === words.length - 1) || (i > 0 && GIVEN.has(lower(words[i - 1]!)))) continue;
    if (l.length >= 6 && NOUN_ENDING.test(l) && !GIVEN.has(l) && !NAMEISH.has(l)) return true;
  }
  return false;
}

/**
 * Colour words, the basic terms of English and the common ones of shops' colour pickers and
 * swatches ("Matte Black", "Charcoal Grey", "Basecamp Orange", "Space Black"). Hand-written from
 * general English, not from any page.
 */
const COLOURS = new Set(`white black grey gray green blue red orange yellow purple pink brown ivory indigo
  olive onyx navy beige taupe teal turquoise charcoal cream silver gold maroon burgundy crimson violet
  lavender lilac magenta khaki coral mint slate`.split(/\s+/));
/**
 * Words that qualify a colour in English: its lightness, its finish, a thing it is the colour of
 * ("light grey", "matte black", "sky blue", "navy blue", "forest green", "jet black"). Hand-written
 * from general English colour terms, not from any page.
 */
const SHADES = new Set(`light dark pale deep bright matte matt glossy gloss satin metallic pastel neon sky navy royal
  forest jet baby powder midnight steel ice lime sea blood cherry hot dusty space pearl rose electric hunter bottle
  burnt brick sand stone slate ash`.split(/\s+/));
/** The colours that are also common English surnames ("Sara White", "Olo Brown"). */
const SURNAME_COLOURS = new Set(["white", "black", "brown", "green", "gray", "grey"]);
/**
 * A shop's colour or finish ("Space Black", "Charcoal Grey", "Black Swirl", "Grey Marl", "Basecamp
 * Orange", "Neroli Boucle Ivory"): two words or more, one a colour, and none of the others a given
 * name or a name word of the lists. A person named with a colour has a given name ("Sara White",
 * "Archie Gray", "Jalen Rose"); one the lists lack ("Olo Brown" of a team sheet) ends on a colour
 * that is also a surname, which closes a colour's name only after an English word: a common noun,
 * or a word the page writes in lower case ("matte"). A person's cue keeps any of them.
 */
export function colourName(text: string, words: readonly string[]): boolean {
  if (words.length < 2 || !words.some((w) => COLOURS.has(lower(w)))) return false;
  const first = lower(words[0]!);
  const last = lower(words[words.length - 1]!);
  // ("Matte Black", "Sky Blue", "Royal Blue": a shade's word before a colour names the colour;
  // not a given name before a colour that is also a surname, "Sky Brown", "Dusty Gray")
  if (words.length === 2 && SHADES.has(first) && COLOURS.has(last) && !(GIVEN.has(first) && (SURNAME_COLOURS.has(last) || NAMEISH.has(last)))) return true;
  // (a colour that is also a given name opens a person's name: "Olive Meehan", "Rose Byrne")
  if (GIVEN.has(first)) return false;
  // (and after a name the lists lack, one that is also a surname or a given name ends it: "Olo
  // Brown", "Maryam Violet")
  const nameLike = SURNAME_COLOURS.has(last) || GIVEN.has(last) || NAMEISH.has(last);
  return words.every((w, i) => {
    const l = lower(w);
    if (COLOURS.has(l)) return true;
    if (GIVEN.has(l) || NAMEISH.has(l) || isInitial(w)) return false;
    return !nameLike || i === words.length - 1 || isCommonNoun(l) || writtenLower(text, l);
  });
}

/**
 * A model's designation: a word of letters and two digits or more ("ECMX105", "CE250",
 * "DCC-3200P1", "BV1500TS"), or a size before a capitalised noun ("12-Cup", "8-Cup"). Not a
 * baseball position ("2B"), an ordinal ("3rd"), a year's plural ("1990s"), a time ("8:39PM",
 * "11PM") or a bare score.
 */
const MODEL = /^(?:\d{1,3}-\p{Lu}\p{Ll}+|(?=[\p{L}\d-]*\p{Lu})(?=(?:[\p{L}-]*\d){2})[\p{L}\d-]{3,})$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th|s)$/;
const CLOCK = /^\d{1,2}(?:AM|PM|am|pm)$/;
const isModel = (w: string) => MODEL.test(w) && !ORDINAL.test(w) && !CLOCK.test(w);
/** The word (a run of non-spaces, its punctuation trimmed) joined to [start, end) by one space
 *  before or after it on its line: "8:39PM" before a headline's name is a time, not a model. */
function wordBeside(text: string, start: number, end: number, after: boolean): string {
  if (after) {
    if (text.charCodeAt(end) !== 32) return "";
    const m = /^\S+/.exec(text.slice(end + 1, end + 24));
    return m ? m[0].replace(/[.,;:!?)\]"'”’]+$/, "") : "";
  }
  if (text.charCodeAt(start - 1) !== 32) return "";
  const m = /\S+$/.exec(text.slice(Math.max(0, start - 24), start - 1));
  return m ? m[0].replace(/^[(["'“‘]+/, "") : "";
}
/**
 * Is the group a product's: a model's designation right before or after one of its mentions ("Mr.
 * Coffee 12-Cup Drip Coffee Maker", "Bonavita 8-Cup Coffee Maker", "the Mr. Coffee ECMX105")?
 * A person's name stands beside no model number; a courtesy title does not save it ("Mr. Coffee"
 * is a brand), a person's strong cue does (the caller asks it).
 */
export function modelNamed(text: string, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => isModel(wordBeside(text, m.start, m.end, true)) || isModel(wordBeside(text, m.start, m.end, false)));
}
