/**
 * Completion: one name, one sense per article. The mentions the finder left out ("Trump's
 * presidency", a headline in capitals) added wherever a found person's name or surname stands.
 * Apart from finding: it reads the finder's output, not the tagger's guesses.
 */
import { ORG_HEADS } from "../lexicon/entity-words";
import { FUNCTION_WORDS, NON_PERSON_HEADS, ROLE_NOUNS, TITLES } from "../lexicon/words";
import { CAPS_POSS } from "./headlines";
import type { Mention } from "./mention";
import { GIVEN, isInitial, lower } from "./name-words";
import { headsAfter } from "./not-people";
import { tagEntities } from "./tagger";
import { loneStandsFor } from "./lone-words";
import { isSuffixWord, isTitleWord } from "./titles";
import { type Token, isAllCaps, isCapitalised } from "./tokens";

/** More words than a person's name has (the longest mention in the dev sets, PolNeAR, WCXB and
 *  CoNLL, has seven, and most of those are products or headlines). */
export const MAX_NAME_WORDS = 12;

/**
 * One name, one sense per article: once a name is found as a person's somewhere, its other
 * occurrences are that person too, even where the tagger let them go ("Trump's presidency",
 * "The Trump administration", "Trump and Putin"). A reader hovers any of them and expects the
 * card. Full names and the surnames of full names are looked for, longest first; a lone word
 * that opens a sentence is skipped when the article also uses it in lower case ("May"), and so
 * is a name that heads an organisation's name ("Trump Organization").
 */
export function completeMentions(text: string, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  // words the tagger reads as a place on their own here and never as a person alone: a surname
  // of a doubtful "full name" ("Lebed Chechnya peace plan") is not spread over the place
  const placeAlone = new Set<string>();
  const personAlone = new Set<string>();
  for (const s of tagEntities(text, tokens)) {
    if (s.first !== s.last) continue;
    if (s.type === "LOC") placeAlone.add(tokens[s.first]!.text);
    else if (s.type === "PER") personAlone.add(tokens[s.first]!.text);
  }
  const forms = new Map<string, string[]>();
  for (const m of mentions) {
    // (a "name" longer than any person's is a run of capitals the tagger read whole, "Aaaa Aaaa
    // ..." for pages: looking for it again at every word was quadratic, a page's text minutes)
    if (m.words.length > MAX_NAME_WORDS) continue;
    forms.set(m.words.join(" "), m.words);
    const last = m.words[m.words.length - 1]!;
    if (m.words.length > 1 && !isSuffixWord(last) && !isInitial(last) && !(placeAlone.has(last) && !personAlone.has(last)) && loneStandsFor(text, m.words, last)) forms.set(last, [last]);
  }
  if (!forms.size) return mentions;
  const longest = Math.max(...[...forms.values()].map((w) => w.length));
  // the first words of the forms: a token that is none of them starts no form (saves building
  // the keys of every capitalised token's runs)
  const firstWords = new Set<string>();
  for (const w of forms.values()) firstWords.add(w[0]!);
  // the same names in capitals ("SILVA'S LOST PASSPORT", "PARNEVIK TAKES LEAD"): a headline in
  // capitals repeats the body's names. Only of a name the body gives with a given name or an
  // initial first (a tagger's "person" such as "Deportivo Coruna" or "Greater Milwaukee" must not
  // spread over the headline), and of words of three letters or more ("MAY", "AL").
  const capsForms = new Set<string>();
  // (over the distinct full forms: a long page repeats each name many times)
  for (const w of [...forms.values()]) {
    if (w.length < 2 || !(GIVEN.has(lower(w[0]!)) || isInitial(w[0]!)) || w.some((x) => x.length < 3 && !isInitial(x)) || w.every((x) => isAllCaps(x))) continue;
    for (const f of [w, w.slice(-1)]) {
      if (isSuffixWord(f[f.length - 1]!)) continue;
      const caps = f.map((x) => x.toUpperCase());
      const key = caps.join(" ");
      if (forms.has(key)) continue;
      forms.set(key, caps);
      capsForms.add(key);
      firstWords.add(caps[0]!);
    }
  }
  // characters already in a mention (a scan of every mention per candidate was quadratic)
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const free = (a: number, b: number) => {
    for (let x = a; x < b; x++) if (taken[x]) return false;
    return true;
  };
  // the words the text writes in lower case, gathered only when a sentence's first word is a
  // lone form (most texts never ask: a set of every word was built per analysis for nothing)
  let lowerWords: Set<string> | undefined;
  const writtenLower = (w: string) => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (let ti = 0; ti < tokens.length; ti++) {
        const t = tokens[ti]!;
        if (t.kind === "word" && !isCapitalised(t.text)) lowerWords.add(t.text);
      }
    }
    return lowerWords.has(w);
  };
  // the word counts the forms have: a run is looked up at those lengths only, not at every
  // length up to the longest (each try builds a key of n words)
  const lengths = new Set<number>();
  for (const w of forms.values()) lengths.add(w.length);
  const added: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !isCapitalised(t.text)) continue;
    // (a possessive in capitals stays on its word: "GASCOIGNE'S")
    const own = CAPS_POSS.test(t.text) ? t.text.slice(0, -2) : t.text;
    if (!firstWords.has(own)) continue;
    // how many words from k on are joined by single spaces (a run of n is tried only up to that)
    let joined = 1;
    while (joined < longest && k + joined < tokens.length) {
      const w = tokens[k + joined]!;
      const prev = tokens[k + joined - 1]!;
      if (w.kind !== "word" || w.start !== prev.end + 1 || text.charCodeAt(prev.end) !== 32) break;
      joined++;
    }
    for (let n = Math.min(longest, tokens.length - k); n >= 1; n--) {
      if (!lengths.has(n) || n > joined) continue;
      const ws = tokens.slice(k, k + n);
      const lastTok = ws[n - 1]!;
      const poss = CAPS_POSS.test(lastTok.text);
      // (a possessive inside the run ends the name before: "MILAN'S LENTINI" is none of its forms)
      const key = ws.map((w, i) => (i === n - 1 && poss ? w.text.slice(0, -2) : w.text)).join(" ");
      const words = forms.get(key);
      if (!words) continue;
      // (a short word in capitals amid lower case is an acronym: "RGB lighting" beside a junk
      // "Aura Sync Rgb"; a headline's words are all in capitals)
      if (n === 1 && words[0]!.length <= 4 && capsForms.has(key) && !capsNeighbour(tokens, k)) break;
      const start = t.start;
      const end = lastTok.end - (poss ? 2 : 0);
      if (!free(start, end)) break;
      if (n === 1 && t.sentenceStart && writtenLower(t.text.toLowerCase())) break;
      const after = tokens[k + n];
      if (after && after.kind === "word" && isCapitalised(after.text) && text.slice(end, after.start) === " " && (NON_PERSON_HEADS.has(lower(after.text)) || ORG_HEADS.has(lower(after.text)))) break;
      // (nor a firm's, a school's or a place's name of a few words more: "Clinton Presidential Library", "Ford Motor Company")
      if (after && headsAfter(text, end)) break;
      // (nor a word inside an institution's "X of Y Z", "the Museum of Modern Art" beside "Tate
      // Modern": 45 false mentions on one page of artists' biographies)
      if (n === 1 && insideOfName(text, tokens, k, end)) break;
      // the word right before a name that is itself capitalised makes a longer name this is not
      // ("Bill Clinton" when only "Hillary Clinton" is known)
      const before = tokens[k - 1];
      // (in a line of capitals a function word or a possessive before it says nothing: "EXPOSED BY
      // GASCOIGNE'S", "MILAN'S LENTINI")
      const capsBefore = !!before && isAllCaps(t.text) && isAllCaps(before.text) && (FUNCTION_WORDS.has(lower(before.text)) || CAPS_POSS.test(before.text));
      if (before && before.kind === "word" && isCapitalised(before.text) && !before.sentenceStart && text.slice(before.end, start) === " " && !isTitleWord(before.text) && !TITLES.has(lower(before.text)) && !ROLE_NOUNS.has(before.text) && !capsBefore) break;
      added.push({ start, end, words: words.slice(), titled: false });
      taken.fill(1, start, end);
      k += n - 1;
      break;
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** Does the word at k (ending at `end`) stand between an institution's head and "of" and another
 *  capitalised word on its line ("Museum of Modern Art", "University of Southern California")?
 *  (Not after any capitalised word: "on Netflix of Marie Kondo's show" is hers.) */
function insideOfName(text: string, tokens: readonly Token[], k: number, end: number): boolean {
  const of = tokens[k - 1];
  const head = tokens[k - 2];
  const after = tokens[k + 1];
  if (!of || !head || !after || of.text !== "of" || head.kind !== "word" || !isCapitalised(head.text) || !NON_PERSON_HEADS.has(lower(head.text))) return false;
  return after.kind === "word" && isCapitalised(after.text) && text.slice(end, after.start) === " " && text.slice(head.end, of.start) === " " && text.slice(of.end, tokens[k]!.start) === " ";
}

/** Is the word before or after the one at k, on the same line, in capitals too? */
function capsNeighbour(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (p && !tokens[k]!.afterBreak && p.kind === "word" && p.text.length > 1 && isAllCaps(p.text)) return true;
  return !!n && !n.afterBreak && n.kind === "word" && n.text.length > 1 && isAllCaps(n.text);
}
