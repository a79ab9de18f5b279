/**
 * An indefinite description set off before the name: "married to a private-equity investor,
 * Steven Klinsky.", "said a former spokesman for the Foreign Ministry, Oleg Voloshyn, who …",
 * "Another RT America host, Abby Martin, had …". Wire and NYT style introduce people this way as
 * often as with "the" (roles.ts's definiteTitleBefore); the name must close the apposition, and
 * the phrase must open on modifiers up to a job word, so a list ("a combination of A, B"), a
 * clause or a comparison ("Unlike a typical politician, X, …") is never taken.
 */
import { FUNCTION_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, TITLES } from "../lexicon/words";
import { cardLine, RELATIONS } from "./card";
import { DESCRIPTION_HEADS, DESCRIPTION_MODIFIERS } from "./lexicon";

const MAX_BEFORE_HEAD = 5;
// words before "a …," that make it a comparison or a state, not the name's introduction
const NOT_INTRODUCING = /^(?:as|like|unlike|than|being|become|became|becomes|is|was|are|were|be|been|such|what|quite|not|never)$/i;
// what one is to someone, not a job (kin and friends are in RELATIONS)
const NOT_JOBS = new Set(["patron", "boss", "mentor", "successor", "predecessor", "employer", "idol", "hero", "man", "woman", "person", "user", "resident", "voter", "fan", "customer", "client", "victim", "suspect", "student", "citizen", "native"]);

const isJob = (w: string) => (DESCRIPTION_HEADS.has(w) || ROLE_NOUNS.has(w) || TITLES.has(w)) && !RELATIONS.has(w) && !NOT_JOBS.has(w);

/** A word that may stand before the job in such a phrase: a modifier, a field noun, a qualifier. */
function qualifier(w: string): boolean {
  const lw = w.toLowerCase();
  if (DESCRIPTION_MODIFIERS.has(lw) || ROLE_MODIFIERS.has(lw) || DESCRIPTION_HEADS.has(lw)) return true;
  // "Twitter", "RT", "U.S.", "Foreign Ministry's", "private-equity", "ex-CIA"
  if (/^\p{Lu}[\p{L}&.'’-]*$/u.test(w)) return !FUNCTION_WORDS.has(lw.replace(/['’]s$/, ""));
  if (/^\p{Ll}+-[\p{L}-]+$/u.test(w)) return true;
  // adjectives in -al, -ic, -ive ("federal", "political"), and plain field nouns ("hedge fund")
  return /^\p{Ll}{3,}$/u.test(w) && !FUNCTION_WORDS.has(lw) && !/(?:ed|ing|ly|s)$/.test(w);
}

/**
 * The card line of "a/an/another/one <description>, " right before a mention `start..end`, or
 * null. `nameIn(s, e)` is where a person's name stands inside s..e, or -1.
 */
export function indefiniteBefore(text: string, start: number, end: number, nameIn: (s: number, e: number) => number): string | null {
  // (set off by a comma, or by a dash: "A former presidential candidate -- X, who …")
  const c = text.charCodeAt(start - 2);
  if ((c !== 44 && c !== 45 && c !== 0x2014 && c !== 0x2013) || !/^(?:['’]s)?[,.;)]/.test(text.slice(end, end + 3))) return null;
  const lo = Math.max(0, start - 120);
  const m = /(?:^|[\s(“"—])([Aa]n?|[Aa]nother|[Oo]ne)[ \u00a0]+([^,;:()\n"“”—–]{2,100}?)(?:,|[ \u00a0]+(?:--|—|–))[ \u00a0]+$/u.exec(text.slice(lo, start));
  // (a match at the slice's start may open inside a word)
  if (!m || (m.index === 0 && lo > 0 && !/^\s/u.test(m[0]))) return null;
  const det = lo + m.index + m[0].indexOf(m[1]!);
  const prev = /(\S+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, det - 30), det));
  if (prev && NOT_INTRODUCING.test(prev[1]!.replace(/^[“"(]/, ""))) return null;
  // an appositive of the name before it, not an introduction of this one ("Ann Lee, a cadet at
  // the academy, Saint-Cyr, …")
  if (prev && prev[1]!.endsWith(",") && nameIn(det - prev[0].length, det - 1) >= 0) return null;
  const phrase = m[2]!;
  const from = lo + m.index + m[0].indexOf(phrase, m[1]!.length);
  const words = phrase.split(/[ \u00a0]+/);
  // the job: the last job word before the first preposition, after qualifiers only
  let head = -1;
  for (let i = 0; i < words.length && i <= MAX_BEFORE_HEAD; i++) {
    const lw = words[i]!.toLowerCase();
    if (/^(?:of|for|at|with|to|on|in|from|under)$/.test(lw)) break;
    if (isJob(lw)) head = i;
    else if (!qualifier(words[i]!)) return null;
  }
  if (head < 0 || !/^\p{Ll}/u.test(words[head]!) && !TITLES.has(words[head]!.toLowerCase())) return null;
  // (the words after the job: its complement, read by cardLine)
  if (head < words.length - 1 && !/^(?:of|for|at|with|to|on|in|from|under)$/i.test(words[head + 1]!)) return null;
  // another person's name before the job is whose job it is ("a pledged Sanders delegate"): the
  // line starts after it
  let line = phrase;
  let at = from;
  const headAt = from + words.slice(0, head).join(" ").length;
  const name = nameIn(from, headAt);
  if (name >= 0) {
    // (past the name's words: "a pledged Ann Lee delegate" → "delegate")
    const after = /^(?:\p{Lu}\S*[ \u00a0]+)+/u.exec(text.slice(name, headAt + 1));
    if (!after) return null;
    at = name + after[0].length;
    line = text.slice(at, from + phrase.length);
  }
  return cardLine(line, nameIn(at, from + phrase.length) >= 0 ? nameIn(at, from + phrase.length) - at : -1, 10);
}
