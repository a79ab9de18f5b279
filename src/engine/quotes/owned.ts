/**
 * A possessive name and what it owns as a speaker: "Obama's former campaign strategist said",
 * "Scott's family has called", "Gowdy's office said", "Axelrod's memoir says". The possessor is
 * not who spoke there; the cue is the whole phrase. Apart because the readings of a subject
 * before a verb, after it and at a sentence's start all ask it.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import { ROLE_NOUNS } from "../lexicon/words";
import { ADVERB, AUXILIARY, CLAUSE_BREAK, DETERMINER, PAST, PREPOSITION, PRONOUN } from "./word-classes";
import type { Word } from "./words";

// what a person writes or says: its words are its author's ("Axelrod's memoir", "Trump's tweet")
const OWN_WORDS = /^(?:ad|ads|memoir|autobiography|book|diary|letter|memo|note|notes|email|e-mail|message|tweet|tweets|post|posts|blog|column|essay|op-ed|speech|remarks|words|statement|testimony|brief|filing|complaint|lawsuit|website)$/;
// bodies of people around someone, who speak for themselves ("Scott's family", "Cruz's campaign")
const GROUP = /^(?:family|campaign|office|staff|team|camp|administration|aides|allies|lawyers|attorneys|friends|relatives|parents|children|supporters|fans|followers|spokespeople)$/;

/** Whether `w`, the head of what a name owns, says or writes ("memoir", "statement"): its owner speaks. */
export function isOwnWords(w: string): boolean {
  return OWN_WORDS.test(w);
}

/** Whether a word was written with a possessive 's or s’ ("Obama's", "Sanders’"): words() drops
 *  it from `w`. */
export function isPossessive(w: Word): boolean {
  const extra = w.end - w.start - w.w.length;
  return extra === 2 || (extra === 1 && w.w.endsWith("s"));
}

// past tenses with no -ed that may follow a subject ("Clinton's campaign took the step")
export const IRREGULAR_PAST = /^(?:took|made|gave|got|went|came|kept|left|sent|held|brought|began|ran|won|lost|hit|set|put|cut|let|sought|fought|stood|paid|led|met|saw|knew|chose|drew|grew|threw|spoke|struck|stuck|sat|rose|fell|heard)$/;

// words for kin the role lexicon leaves out
const KIN = /^(?:counsel|niece|nephew|cousin|widow|widower|grandson|granddaughter|grandchildren|stepson|stepdaughter|fiancee|fiancée|fiance|predecessor|successor)$/;

/** A word for a person as a role or kin ("strategist", "doctor", "wife", "spokeswoman"), not by
 *  its shape alone: "Trump's offer", "Obama's former" name no one. */
function personHead(w: string): boolean {
  return ROLE_NOUNS.has(w) || KIN.test(w) || /(?:ist|ian|man|woman|person)$/.test(w);
}

/** A head that can speak for its owner's side: a person, a body of people, or a writing. */
function speaksAsHead(w: string): boolean {
  if (GROUP.test(w) || OWN_WORDS.test(w) || personHead(w)) return true;
  const one = w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : "";
  return !!one && personHead(one);
}

/** A word for a person or a body of people ("spokesman", "aides", "campaign", "office"), not a
 *  writing: "her campaign" speaks, "her speech" is hers. */
export function isPersonOrBody(w: string): boolean {
  return !OWN_WORDS.test(w) && speaksAsHead(w);
}

/** A plural for people or their bodies: "leaders", "experts", "organizations", "groups". */
export function isPeoplePlural(w: string): boolean {
  return /^\p{Ll}+[^s]s$/u.test(w) && (/^(?:groups|organizations|organisations)$/.test(w) || speaksAsHead(w)) && !OWN_WORDS.test(w);
}

/**
 * After a possessive at word `j` (or a name used as a modifier, `attributive`: "the Sanders
 * campaign", "the Rove ad"), the lower-case words up to `upTo` (exclusive) that name what it
 * owns, when that is a person, a body of people or a writing: the index of its head, else -1.
 * Words after the head must read as the verb going on ("Gowdy's office slammed"); a name closing
 * the phrase is its head instead ("Clinton's campaign manager Robby Mook": -1), and so is a
 * thing ("Trump's temperament", "Clinton's campaign slogan": -1, the owner stays the subject).
 */
export function ownedHead(ws: Word[], j: number, upTo: number, attributive = false): number {
  if (!ws[j] || (!attributive && !isPossessive(ws[j]!))) return -1;
  let h = -1;
  // a word after the head that is no verb: the head modified something ("campaign slogan")
  let modifies = false;
  let k = j + 1;
  for (; k < upTo && k - j <= 4; k++) {
    const w = ws[k]!.w;
    // (one character between two words is a space: a comma or a dash brings one more)
    if (ws[k]!.start - ws[k - 1]!.end !== 1 || !/^\p{Ll}/u.test(w) || SPEECH_VERBS.has(w) || AUXILIARY.test(w) || PREPOSITION.test(w) || CLAUSE_BREAK.test(w) || ADVERB.test(w) || PRONOUN.test(w) || DETERMINER.test(w)) break;
    if (speaksAsHead(w)) [h, modifies] = [k, false];
    else if (h >= 0 && !/(?:ed|s)$/.test(w) && !PAST.test(w) && !IRREGULAR_PAST.test(w)) modifies = true;
  }
  if (h < 0 || modifies) return -1;
  // a name right after the head's words heads the phrase ("campaign manager Robby Mook")
  const next = ws[k];
  if (h === k - 1 && next && k < upTo && next.start - ws[k - 1]!.end === 1 && /^\p{Lu}/u.test(next.w)) return -1;
  return h;
}
