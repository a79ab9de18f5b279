/**
 * "People" the name finder gives that a role shows to be no one: a role there would make one
 * mistake two (a card saying "Chief" for "Marketing Officer"). Read on WCXB dev (session 16): of
 * 371 roles, about 40 were given to things, most of them one of these kinds:
 *   - a saint's name, which names a place, a church or a dish far more often than a person ("St.
 *     Petersburg", "Saint Pasta", "St. Martin's Press");
 *   - a title word that opens a longer title, the rest taken for the name ("Chief Marketing
 *     Officer", "Chief Officers", "Chief Justice"): the "name" ends on a title word that is no
 *     surname and opens on no given name;
 *   - an organisation's or a thing's name ("Nozomi Networks, the OT security leader", "the
 *     Governor's Award"): it ends on a word for a body or a place ("networks", "award"), with the
 *     same proviso;
 *   - a word named once, alone, that the text also writes in lower case or that is a function
 *     word ("Agent Loop" on a page about agent loops, "Major Types", "Just").
 * Surnames that are also such words ("Howard Dean", "Tamron Hall", "Carter Ham") open on a given
 * name, are surnames of the lexicon, or are named more than once.
 */
import { FUNCTION_WORDS, NON_PERSON_HEADS, TITLES } from "../lexicon/words";
import { GIVEN, NAMEISH } from "../people/name-words";
import type { Span } from "../types";

const SAINT = /^(?:St\.?|Saint)$/;

/** The word and the singulars it may be the plural of. */
const forms = (w: string): string[] => [w, w.replace(/s$/, ""), w.replace(/es$/, ""), w.replace(/ies$/, "y")];

/** Whether the person of these mentions, given `role`, is a thing the name finder took for one. */
export function notAPerson(text: string, mentions: readonly Span[], role: string): boolean {
  if (SAINT.test(role)) return true;
  let name = "";
  for (const m of mentions) if (m.end - m.start > name.length) name = text.slice(m.start, m.end);
  const words = name.split(/[ \u00a0]+/);
  const first = words[0]!.toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (!GIVEN.has(first) && !GIVEN.has(last) && !NAMEISH.has(last) && forms(last).some((w) => TITLES.has(w) || NON_PERSON_HEADS.has(w))) return true;
  if (mentions.length > 1 || words.length > 1) return false;
  if (FUNCTION_WORDS.has(last)) return true;
  // (a page that writes "loop" in lower case names no one "Loop")
  return new RegExp(`(?<![\\p{L}-])${last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}-])`, "u").test(text);
}
