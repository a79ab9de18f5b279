/**
 * The rule-based recogniser's candidates: runs of capitalised name words on one line, with
 * particles inside, split at a hyphen before a name used alone, and titles, role nouns and other
 * openers peeled off their front. Apart from rule-mentions.ts, which decides which are people.
 */
import { FUNCTION_WORDS, MONTHS_DAYS, PARTICLES, ROLE_NOUNS, SUFFIXES, TITLES } from "../lexicon/words";
import { IMPERATIVES, OPENING_PREPOSITIONS, dropTrailingFunctionWords, dropTrailingPost, dropTrailingVerb, hyphenAdjective, jobBeforeName, sentenceAdverb, wordBeforeFullName } from "./name-edges";
import { roleNounBefore } from "./mention";
import { CONTRACTION, GIVEN, NAMEISH, NON_NAME, PLACE_INITIALS, isInitial, lower } from "./name-words";
import { boundTitleAlone, isTitleWord, leadingTitle } from "./titles";
import { type Token, indexIn, isAllCaps, isCapitalised } from "./tokens";

export interface Candidate {
  words: Token[];
  titled: boolean;
  /** Index in the token array of the token after the run. */
  next: number;
  /** Index of the first token of the run (after titles). */
  first: number;
}

function isNameWord(tok: Token): boolean {
  if (tok.kind !== "word") return false;
  const w = tok.text;
  if (isInitial(w)) return true;
  if (PLACE_INITIALS.has(w)) return false;
  // Arabic article and kin before a capital: "al-Saadani", "bin-Laden"
  if (w.includes("-") && /^(?:al|el|ad|as|ash|at|ar|an|ud|ul|bin|ben|abu|ibn)-\p{Lu}/u.test(w)) return true;
  if (!isCapitalised(w)) return false;
  // Acronyms (FBI, GOP, U.S.) are organisations or places, never names.
  // (A capitals-only given name in a credit, "ANNA KOWALSKI/Reuters", is still a name.)
  if (isAllCaps(w) && (w.replace(/[.-]/g, "").length <= 4 || w.includes(".")) && !(w.length >= 3 && GIVEN.has(w.toLowerCase()))) return false;
  if (/\d/.test(w)) return false;
  return true;
}

/**
 * Runs of capitalised words that could be a name, with titles peeled off the front: those of two
 * words or more (the only ones rule-mentions.ts puts in the tagger's place), so a lone
 * capitalised word, most of a text's, is passed over once its run is read.
 */
export function candidates(tokens: Token[], text: string, standalone: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    // collect a run on one line: name words, with particles between them
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // nothing or one space between (/^[ \u00a0]?$/ on the gap, without slicing it)
      const gap = t.start - tokens[j - 1]!.end;
      const gapChar = text.charCodeAt(t.start - 1);
      if (!(gap === 0 || (gap === 1 && (gapChar === 32 || gapChar === 0xa0))) || t.afterBreak) break;
      if (isNameWord(t)) run.push(t);
      else if (t.kind === "word" && PARTICLES.has(t.text.toLowerCase()) && tokens[j + 1] && isNameWord(tokens[j + 1]!)) run.push(t);
      else if (t.kind === "punct" && t.text === "," && tokens[j + 1] && SUFFIXES.has(lower(tokens[j + 1]!.text))) {
        j++;
        continue;
      } else break;
      j++;
    }
    // (a lone word stays one, or two halves of one, whatever is peeled or split)
    if (run.length < 2) {
      i = j;
      continue;
    }
    // split hyphenated compounds whose left side is used alone elsewhere ("Biden-Kamala Harris");
    // a run without a hyphen (nearly all) is one group as it stands: its neighbours are apart by
    // nothing, a space or a suffix's comma, never a hyphen
    let groups: Token[][];
    let hyphen = false;
    for (let k = 0; k < run.length && !hyphen; k++) hyphen = run[k]!.text.includes("-");
    if (!hyphen) groups = [run];
    else {
      const expanded: Token[] = [];
      for (const t of run) {
        if (!t.text.includes("-")) {
          expanded.push(t);
          continue;
        }
        const parts = t.text.split("-");
        if (parts.length === 2 && isCapitalised(parts[1]!) && standalone.has(parts[0]!)) {
          expanded.push({ ...t, end: t.start + parts[0]!.length, text: parts[0]! });
          expanded.push({ ...t, start: t.start + parts[0]!.length + 1, text: parts[1]!, sentenceStart: false });
        } else expanded.push(t);
      }
      // a run of several names joined by a hyphen-split becomes two candidates
      groups = [[]];
      for (let k = 0; k < expanded.length; k++) {
        const t = expanded[k]!;
        const prev = expanded[k - 1];
        if (prev && text[prev.end] === "-") groups.push([]);
        groups[groups.length - 1]!.push(t);
      }
    }
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      if (g.length < 2) continue;
      let s = 0;
      let titled = false;
      // peel titles, honorifics and role words ("Russian President", "FBI Director")
      while (s < g.length - 1) {
        const w = g[s]!.text;
        const lw = w.toLowerCase();
        // ("Australian Sisters Moira Lynch, 73, and…": a plural title before the first of a list)
        if (boundTitleAlone(w, g[s + 1])) break;
        if (isTitleWord(w) || leadingTitle(w, g, s + 1) || (lw.endsWith("s") && isCapitalised(w) && TITLES.has(lw.slice(0, -1)) && !GIVEN.has(lw))) {
          titled = true;
          s++;
        } else if (g[s]!.sentenceStart && ROLE_NOUNS.has(lw) && !GIVEN.has(lw)) {
          // "Broker Khurshid Alam said": a role noun capitalised only because it starts the sentence
          titled = true;
          s++;
        } else if (wordBeforeFullName(g[s]!, g[s + 1]!, g, s + 1)) {
          // "Teenager Yuuichi Takeda", "Lock Ian Jones": what the person is, opening the sentence
          s++;
        } else if (hyphenAdjective(w)) {
          // "Brazilian-born Luis Oliveira": a hyphenated adjective is no part of a name
          s++;
        } else if (CONTRACTION.test(w)) {
          // "Hey, I’m Kev": a pronoun run into its verb opens a clause, never a name
          s++;
        } else if (FUNCTION_WORDS.has(lw) || MONTHS_DAYS.has(lower(w)) || (g[s]!.sentenceStart && (sentenceAdverb(lw) || IMPERATIVES.has(lw) || OPENING_PREPOSITIONS.has(lw))) || (NON_NAME.has(lw) && !GIVEN.has(lw)) || (g[s]!.sentenceStart && !GIVEN.has(lw) && !NAMEISH.has(lw) && isTitleWord(g[s + 1]!.text))) s++;
        else break;
      }
      // "Forbes Functions Founder Cameron Forbes": a firm and a post before a given name and a
      // surname are no part of the name (the last such post ends them)
      for (let k = g.length - 3; k >= s; k--) if (jobBeforeName(g, k)) {
        s = k + 1;
        titled = true;
        break;
      }
      // a title right before the run on the same line ("Sen." is a word token too)
      const before = tokens[indexIn(tokens, g[s]!) - 1];
      if (!titled && before && before.kind === "word" && isTitleWord(before.text)) titled = true;
      // lowercase titles before ("former president Trump") count too
      if (!titled && before && before.kind === "word" && (TITLES.has(before.text.toLowerCase()) || roleNounBefore(tokens, indexIn(tokens, before)))) titled = true;
      // a particle does not end a name
      const e = s < g.length && PARTICLES.has(g[g.length - 1]!.text.toLowerCase()) ? g.length - 1 : g.length;
      let words = dropTrailingPost(g.slice(s, e));
      words = dropTrailingFunctionWords(words);
      if (gi === groups.length - 1 && e === g.length) words = dropTrailingVerb(words, tokens[j]);
      if (words.length >= 2 && words.length <= 5) out.push({ words, titled, first: indexIn(tokens, words[0]!), next: j });
    }
    i = j;
  }
  return out;
}
