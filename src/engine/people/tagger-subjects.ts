/**
 * A decoding rule of the tagger (run time only, like tagger.ts's own): a two-word capitalised
 * name that opens on a known given name and stands as a sentence's subject before its verb is a
 * person ("Elon Musk bought Twitter", "Barack Obama met Angela Merkel").
 *
 * Why: in CoNLL-2003 train an unknown capitalised pair at a sentence's start is most often a
 * headline's or a team's organisation, so the tagger read "Elon Musk", "Barack Obama", "Reince
 * Priebus" at the start of a short text as organisations (and "Kanye West" as an organisation
 * and a place) when no other sentence of the text named them as people. A given name opening
 * the pair, and a verb after it, are what a reader goes by.
 *
 * Not when anything says organisation or place: the second word is an organisation's or a
 * place's head ("Chase Bank", "Jordan Valley"), a firm's legal form, a month, title, place or
 * people; the pair is a listed organisation, a place or its people ("Costa Rica says", "Costa
 * Rican newspapers"); the given name is also a place ("Paris Hilton", "Dallas Cowboys won": a
 * team's city), a word ("Will", "Royal": word-given.ts asks those for a person's cue of their
 * own) or a word CoNLL train never tags a person; an article, a possessive or a capital stands
 * before it ("the Morgan Stanley deal"); or the text writes the pair elsewhere as something else.
 * (The second word may be one CoNLL train never tags a person: "West" is a surname too.)
 * Given names are the lexicon's (derived.ts) and the US birth records' (us-given-names.ts); the
 * tagger's own features read only the first, so the model needs no retraining for the second.
 */
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { GROUP_WORDS } from "../lexicon/groups";
import { DEMONYM, isPlaceName } from "../lexicon/place-sets";
import { ORGANIZATIONS } from "../lexicon/places";
import { isUsGivenName } from "../lexicon/us-given-names";
import { FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS, NON_PERSON_HEADS, TITLES } from "../lexicon/words";
import { isCommonNoun } from "./common-nouns";
import { GIVEN, NON_NAME, PLACE, isDemonym, lower, nameShaped } from "./name-words";
import type { Token } from "./tokens";

const PER = 1;
const LEGAL = /^(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|Plc|AG|SA|NV|GmbH|Group|Holdings)\.?$/;
/** Verbs a subject takes at once that no -ed/-s ending shows: irregular pasts and the auxiliaries. */
const VERB = new Set(
  `said says told met won lost bought sold took made went came gave got left ran saw spoke stood wrote led held paid sent
  kept brought thought became began hit put read fell flew drew chose broke rose struck wore knew found felt heard meant
  built spent sought taught caught threw tweeted is was has had will would could can may might must should does did
  also still never recently once later then says wins plans calls claims wants faces takes makes gets leads
  hopes fears needs sees`.split(/\s+/),
);
/** Nouns and other words ending in -s or -ed that often follow an organisation's name. */
const NOT_VERB = new Set(`shares stocks sales fans employees workers officials executives stores products news sports games
  series awards chairs ads plus versus bus gas`.split(/\s+/));
/** Given names of the lists that are English words a sentence opens on ("Will", "Rich", "Young"). */
const WORD_NAME = new Set(`will may can must might shall rich young long little major royal noble golden`.split(" "));
let orgPairs: Set<string> | undefined;

const isGiven = (lw: string) => GIVEN.has(lw) || isUsGivenName(lw);

/** A lower-case word that can be the verb right after a subject. */
function verbLike(w: string): boolean {
  if (!/^\p{Ll}+$/u.test(w) || FUNCTION_WORDS.has(w) || NOT_VERB.has(w)) return VERB.has(w);
  if (VERB.has(w)) return true;
  if (w.length <= 3) return false;
  // a plural noun ends in -s as a verb's third person does: "Costa Rican newspapers"
  return w.endsWith("ed") || (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !isCommonNoun(w));
}

function nameWord(t: Token | undefined): t is Token {
  return !!t && t.kind === "word" && nameShaped(t.text);
}

/** Is the pair at token i (a given name and a second name word, then a verb) a bare subject? */
function subjectPair(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i]!;
  const b = tokens[i + 1];
  const v = tokens[i + 2];
  if (!nameWord(a) || !nameWord(b) || !v || b.afterBreak || v.afterBreak || b.start !== a.end + 1 || v.kind !== "word" || !verbLike(v.text)) return false;
  const g = lower(a.text);
  const s = lower(b.text);
  if (!isGiven(g) || PLACE.has(g) || WORD_NAME.has(g) || isCommonNoun(g) || FUNCTION_WORDS.has(g) || MONTHS_DAYS.has(g) || TITLES.has(g) || isDemonym(a.text) || NON_NAME.has(g)) return false;
  if (ORG_HEADS.has(s) || PLACE_HEADS.has(s) || NON_PERSON_HEADS.has(s) || LEGAL.test(b.text) || MONTHS_DAYS.has(s) || TITLES.has(s) || HONORIFICS.has(s) || PLACE.has(s) || isDemonym(b.text) || GROUP_WORDS.has(s)) return false;
  // the pair itself a place, a people or a listed organisation ("Costa Rica says", "Morgan Stanley said")
  const pair = `${g} ${s}`;
  orgPairs ??= new Set(ORGANIZATIONS.toLowerCase().split("|").filter((o) => o.split(" ").length === 2));
  if (isPlaceName(pair) || isPlaceName(pair.replace(/n$/, "")) || DEMONYM.has(pair) || orgPairs.has(pair)) return false;
  // a longer capitalised run, or an article or a possessive before the pair, is no bare subject
  const p = tokens[i - 1];
  if (p && !a.afterBreak && !a.sentenceStart) {
    if (p.kind === "poss" || (p.kind === "word" && (/^\p{Lu}/u.test(p.text) || /^(?:the|a|an)$/i.test(p.text)))) return false;
  }
  return true;
}

/**
 * Retypes as a person each subject pair the tagger gave another type or none, unless the text
 * writes the same pair elsewhere where the tagger read it as an organisation, a place or another
 * name ("Eli Lilly & Co." … "Eli Lilly sold IVAC"; "Gloria Bistrita (Romania) beat"): that
 * reading, made where the pair is no bare subject, is the text's own evidence.
 */
export function givenNameSubjects(tokens: readonly Token[], tags: Uint8Array): void {
  let found: number[] | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || (tags[i] === PER && tags[i + 1] === PER)) continue;
    if (subjectPair(tokens, i)) (found ??= []).push(i);
  }
  if (!found) return;
  const keyAt = (i: number) => `${lower(tokens[i]!.text)} ${lower(tokens[i + 1]!.text)}`;
  const keys = new Set(found.map(keyAt));
  const otherType = new Set<string>();
  const at = new Set(found);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (at.has(i) || !tags[i] || tags[i] === PER || tokens[i]!.kind !== "word") continue;
    const k = keyAt(i);
    if (keys.has(k)) otherType.add(k);
  }
  for (const i of found) {
    if (otherType.has(keyAt(i))) continue;
    tags[i] = PER;
    tags[i + 1] = PER;
  }
}
