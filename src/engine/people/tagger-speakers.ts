/**
 * A decoding rule of the tagger (run time only): a lone capitalised word that nothing else
 * knows, standing as a sentence's subject right before a speech verb, is a person ("Lebed said
 * on Friday…", "…,\" Woods said.", "Yeltsin has said…").
 *
 * Why: a text of one sentence (a held-out set scored sentence by sentence, a short post) gives
 * the tagger no other mention of the surname, and an unknown word that opens a sentence gets no
 * tag at all: on CoNLL-2003 valid, sentence by sentence, 305 of the 337 persons missed were such
 * lone surnames. Reporting speech is what a person does in the news; the organisations that say
 * things are mostly known words (the gazetteer's, CoNLL's non-names), acronyms, or named elsewhere.
 *
 * Not where the tagger read a place or a person already. Its organisation reading gives way: at
 * a sentence's start it reads most unseen surnames as organisations ("Vardakis said"), and on
 * CoNLL train, sentence by sentence, that override found 10 persons for 6 firms. Not for a
 * known place, people, organisation, common noun ("Police", "Analysts"), function word,
 * title, month, people's plural ("Doctors said"), participle ("Having said that"), a word CoNLL
 * train never tags a person, nor a word the text writes elsewhere as something else or in lower
 * case; nor a forum's quotation header ("Kerbart said:" on a line of its own).
 */
import { GROUP_WORDS } from "../lexicon/groups";
import { FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS, NON_PERSON_HEADS, ROLE_NOUNS, TITLES } from "../lexicon/words";
import { ORG_HEADS } from "../lexicon/entity-words";
import { PERSON_SAID } from "../lexicon/speech";
import { isCommonNoun } from "./common-nouns";
import { NON_NAME, ORG_WORD, PLACE, isDemonym, lower, mayOpenCapital } from "./name-words";
import type { Token } from "./tokens";

const PER = 1;
const LOC = 2;
const NAME = /^\p{Lu}\p{Ll}{2,}(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const AUX = new Set(["has", "had"]);
/** Where a subject stands: a sentence's start, or after a quotation's closing mark and comma. */
const QUOTE_CLOSE = /^["”'’]$/;

function speechAfter(tokens: readonly Token[], i: number): boolean {
  const v = tokens[i + 1];
  if (!v || v.kind !== "word" || v.afterBreak) return false;
  // a forum's quotation header names a user's handle: "Kerbart said:" on a line of its own, or the
  // quoted post run on after it with no space ("Kerbart wrote:I think…")
  const colon = tokens[i + 2];
  const next = tokens[i + 3];
  if (colon?.text === ":" && (!next || next.afterBreak || next.start === colon.end)) return false;
  if (PERSON_SAID.has(v.text) || v.text === "adds") return true;
  const w = tokens[i + 2];
  return AUX.has(v.text) && !!w && w.text === "said";
}

function subjectPlace(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.sentenceStart || t.afterBreak || i === 0) return true;
  const p = tokens[i - 1]!;
  return QUOTE_CLOSE.test(p.text) && (tokens[i - 2]?.text === "," || tokens[i - 2]?.text === "?" || tokens[i - 2]?.text === "!");
}

/** Plurals of people's nouns ("Doctors", "Demonstrators", "Economists") and participles
 *  ("Having said that"): no surname's shape. */
const NOT_SURNAME = /(?:ors|ists|ians|ants|ents|ing)$/;

function unknownWord(w: string): boolean {
  const l = lower(w);
  return !(NOT_SURNAME.test(l) ||PLACE.has(l) || isDemonym(w) || ORG_WORD.has(l) || NON_NAME.has(l) || isCommonNoun(l) || GROUP_WORDS.has(l) || FUNCTION_WORDS.has(l) || TITLES.has(l) || HONORIFICS.has(l) || ROLE_NOUNS.has(l) || MONTHS_DAYS.has(l) || NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l));
}

/** The inverted attribution after a quotation: '…," said Woods.' ("said" after the closing mark
 *  and the comma, the word then the sentence's or the clause's end). */
function invertedSpeaker(tokens: readonly Token[], i: number): boolean {
  const v = tokens[i - 1];
  const q = tokens[i - 2];
  const after = tokens[i + 1];
  if (!v || !q || (v.text !== "said" && v.text !== "says") || !after || !/^[.,]$/.test(after.text)) return false;
  return QUOTE_CLOSE.test(q.text) || q.text === ",";
}

/** Tags such lone speakers as people. */
export function loneSpeakers(tokens: readonly Token[], tags: Uint8Array): void {
  let found: number[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tags[i] === PER || tags[i] === LOC || t.kind !== "word" || !mayOpenCapital(t.text) || !NAME.test(t.text) || !(invertedSpeaker(tokens, i) || (speechAfter(tokens, i) && subjectPlace(tokens, i))) || !unknownWord(t.text)) continue;
    (found ??= []).push(i);
  }
  if (!found) return;
  // the text's own other readings of the word: tagged as something else, or written in lower case
  const words = new Set(found.map((i) => lower(tokens[i]!.text)));
  const against = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const l = lower(t.text);
    if (!words.has(l)) continue;
    if ((tags[i] && tags[i] !== PER && !found.includes(i)) || t.text === l) against.add(l);
  }
  for (const i of found) if (!against.has(lower(tokens[i]!.text))) tags[i] = PER;
}
