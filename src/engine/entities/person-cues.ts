/**
 * One-word organisations that the text shows to be a person.
 *
 * The tagger learnt from 1996 Reuters news, where "Trump" was mostly a firm's name (Trump Hotels,
 * the Trump Organization), so a story that never writes a candidate's full name has the lone
 * surname painted as an organisation on every mention. The people finder knows no person it
 * never sees named in full or with a title; what entities.ts can do is not call it an
 * organisation. A word no list knows as an organisation is taken for a person's name when one of
 * its mentions
 *  - is joined by "and", "or" or "vs." to a person's surname standing alone, of a person the text
 *    names in full ("Clinton and Trump", "Clinton vs. Trump"; the people finder's own misses,
 *    "Goldman Sachs and Citibank", "Alamo and National", are neither alone nor named in full), or
 *  - is a clause's subject that "his", "himself" or "herself" refers back to ("when Trump
 *    launched his bid"), or that says something about himself or herself ("Trump said he").
 * A firm acts with "its" and "their"; a person's name beside a firm's ("Goldman Sachs and
 * Citibank") is rarer than beside another person's.
 */
import { isCommonNoun } from "../people/common-nouns";
import { lower } from "../people/name-words";
import { isCapitalised, type Token } from "../people/tokens";

/** Words before a clause's subject ("when Trump launched"). */
const SUBJECT_BEFORE = /^(?:when|while|because|that|as|after|before|since|until|if|but|and|where|although|though)$/i;
const SPEECH = /^(?:said|says|told|tells|added|thinks|believes|insisted|claimed|argued|stated|wrote)$/;
const JOIN = /^(?:and|or|vs\.?|versus)$/;
const SELF = /^(?:his|himself|herself)$/;
const CLAUSE_END = /^[.;:!?—–()"“”]$/;

export interface NameRun {
  tokens: Token[];
  kind: string | null;
}

/**
 * Keys (`keyOf`) of the one-word organisations in `runs` that a mention shows to be a person;
 * `lonePerson`: the token is a one-word mention of a person named in full elsewhere.
 */
export function lonePersonNames<R extends NameRun>(
  runs: readonly R[],
  tokens: readonly Token[],
  keyOf: (r: R) => string,
  indexOf: (t: Token) => number,
  lonePerson: (t: Token) => boolean,
  knownOrganisation: (w: string) => boolean,
): Set<string> {
  const found = new Set<string>();
  for (const r of runs) {
    if (r.kind !== "ORG" || r.tokens.length !== 1) continue;
    const w = r.tokens[0]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || knownOrganisation(w)) continue;
    const key = keyOf(r);
    if (!found.has(key) && personCue(tokens, indexOf(r.tokens[0]!), lonePerson)) found.add(key);
  }
  return found;
}

function personCue(tokens: readonly Token[], k: number, lonePerson: (t: Token) => boolean): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const person = (t: Token | undefined) => !!t && t.kind === "word" && lonePerson(t);
  // (not a common word's: "Alamo and National", "Movers and Removal")
  if (!isCommonNoun(lower(tokens[k]!.text)) && ((prev && JOIN.test(prev.text) && person(tokens[k - 2])) || (next && JOIN.test(next.text) && person(tokens[k + 2])))) return true;
  if (!(tokens[k]!.sentenceStart || (prev && SUBJECT_BEFORE.test(prev.text)))) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (CLAUSE_END.test(t.text) || (t.kind === "word" && isCapitalised(t.text))) return false;
    if (SELF.test(t.text)) return true;
    if (j === k + 2 && /^(?:he|she)$/.test(t.text) && SPEECH.test(tokens[k + 1]!.text)) return true;
  }
  return false;
}
