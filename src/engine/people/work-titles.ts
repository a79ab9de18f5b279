/**
 * Titles of works and headings read as people: a film ("One Battle After Another", "Wake Up Dead
 * Man"), a song ("You'll See The Fruit"), a heading's call to action ("Pay Off Student Loans",
 * "Tag Out"), a brand ("Adore Me"). Title Case capitalises a work's closed-class words, which a
 * person's name never holds inside it: names take lower-case particles ("Catherine of Aragon",
 * "Maria de la Cruz", "Ludwig van Beethoven"), and the function words that are also names
 * ("Fiona May", "Peter Such", "Hla Than", "Michael Oh", "Wesley So") stand last, as a surname.
 */
import { FUNCTION_WORDS, PARTICLES } from "../lexicon/words";
import type { Group } from "./group";
import { fullestWords } from "./mention";
import { IMPERATIVES } from "./name-edges";
import { GIVEN, NAMEISH, isInitial, lower } from "./name-words";
import { markedAsPerson } from "./person-context";

/** The adverb particles of phrasal verbs ("Pay Off", "Wake Up"): no function word of the lexicon, and no name's. */
const VERB_PARTICLES = new Set(["up", "out", "off", "down"]);
/**
 * Words that end a clause, never a surname: object and subject pronouns, verb particles and the
 * adverbs and modals a verb leaves last ("Delete Me", "About Us", "Tag Out", "What to Double Check
 * Before", "Austin Will Not"). The other function words stay: some are surnames.
 */
const NEVER_LAST = new Set(["me", "us", "him", "them", "it", "you", "we", "they", "he", "she", ...VERB_PARTICLES, "before", "after", "about", "not", "should", "would", "could", "must", "might", "shall"]);
/** Function words that are also names, as given names or surnames ("Anna May Wong", "Emre Can",
 *  "Hla Than", "Wesley So", "Peter Such", "Michael Oh", "Joo Ok"): never a work's word. */
const NAMES_TOO = new Set(["may", "can", "than", "so", "such", "oh", "ok", "an", "will"]);
/** "of" and "the" open an epithet after a given name ("Joan Of Arc", "Alfred The Great" on a Title
 *  Case line), not after a call to action's verb that is one too ("See The Fruit", "Meet The Press"). */
const EPITHET = new Set(["of", "the"]);

/** Is the capitalised word at position i (not the first) a work's word, never a name's? */
function worksWord(ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  // (an initial is a name's: "David A. Kolb", "Noah A Smith")
  if (!/^\p{Lu}/u.test(w) || isInitial(w) || /^\p{Lu}\.?$/u.test(w)) return false;
  const l = lower(w);
  if (PARTICLES.has(l) || NAMES_TOO.has(l) || GIVEN.has(l) || NAMEISH.has(l)) return false;
  if (i === ws.length - 1) return NEVER_LAST.has(l);
  if (EPITHET.has(l)) return !GIVEN.has(lower(ws[0]!)) || IMPERATIVES.has(lower(ws[0]!));
  return FUNCTION_WORDS.has(l) || VERB_PARTICLES.has(l);
}

/** Is the group's fullest name a title's, with a capitalised closed-class word after its first, and no person's cue at any mention? */
export function workTitle(text: string, g: Group): boolean {
  const ws = fullestWords(g.mentions);
  if (ws.length < 2) return false;
  let title = false;
  for (let i = 1; i < ws.length && !title; i++) title = worksWord(ws, i);
  return title && !g.mentions.some((m) => markedAsPerson(text, m));
}
