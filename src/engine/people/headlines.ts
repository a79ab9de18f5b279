/**
 * Headlines: lines in Title Case (where a capital says nothing, so only words the body names as
 * someone's count) and possessives in capitals ("SILVA'S"). Its own module because people and
 * entities both ask headlineLines, memoised per token list.
 */
import { FUNCTION_WORDS } from "../lexicon/words";
import { lower } from "./name-words";
import { type Token, isAllCaps, isCapitalised } from "./tokens";

/** Has a letter (\p{L}): by char codes for ASCII words. */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return /\p{L}/u.test(w);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/**
 * Headline lines: most words capitalised, as in a Title Case headline or subhead. The tagger
 * learnt from wire text where only names are capitalised, so there a capital says nothing.
 */
export function headlineLines(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  // people and entities both ask, with the one token list of an analysis: computed once
  const memo = headlineMemo.get(tokens);
  if (memo && memo.text === text) return memo.heads;
  const heads = findHeadlineLines(text, tokens);
  headlineMemo.set(tokens, { text, heads });
  return heads;
}
const headlineMemo = new WeakMap<readonly Token[], { text: string; heads: ReadonlySet<number> }>();

// (apart from the memo: compiled with the memo's second-call path in it, the whole scan was
// thrown back to the interpreter on every analysis's second call)
function findHeadlineLines(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.afterBreak) j++;
    let words = 0;
    let caps = 0;
    // Title Case capitalises small words too ("He Wants to Work With"); a list of names does not
    let capsFunction = false;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.kind === "word" && !t.sentenceStart && isCapitalised(t.text) && FUNCTION_WORDS.has(t.text.toLowerCase())) capsFunction = true;
      if (t.kind !== "word" || !hasLetter(t.text) || (FUNCTION_WORDS.has(t.text) && !t.sentenceStart)) continue;
      words++;
      if (isCapitalised(t.text) && !isAllCaps(t.text)) caps++;
    }
    if (words >= 4 && caps / words >= 0.75 && capsFunction && !/\d/.test(text.slice(tokens[i]!.start, tokens[j - 1]!.end))) out.add(text.lastIndexOf("\n", tokens[i]!.start) + 1);
    i = j;
  }
  return out;
}

/** A word in capitals ending on a possessive ("SILVA'S", "MILAN’S"). */
const CAPS_POSS_RE = /^\p{Lu}[\p{Lu}.'’-]*['’]S$/u;
/** (its final "S" first: the test is asked of every capitalised word) */
export const CAPS_POSS = { test: (w: string) => w.charCodeAt(w.length - 1) === 83 && CAPS_POSS_RE.test(w) };
/**
 * A possessive in capitals taken off a name: the tokenizer parts a lower-case "'s" from its word,
 * never a headline's "'S", so "SILVA'S `LOST PASSPORT'" read as the name "SILVA'S", and "MILAN'S
 * LENTINI MOVES" as one name of two words. The possessive ends the word's phrase as in lower
 * case: on the last word it is dropped ("SILVA"), before other words its owner is another (a
 * club's, a country's player: "LENTINI").
 */
export function capsPossessive(ws: Token[]): Token[] {
  let out = ws;
  for (let i = out.length - 2; i >= 0; i--) {
    if (CAPS_POSS.test(out[i]!.text)) {
      out = out.slice(i + 1);
      break;
    }
  }
  const last = out[out.length - 1];
  if (last && CAPS_POSS.test(last.text) && last.text.length > 3) out = [...out.slice(0, -1), { ...last, text: last.text.slice(0, -2), end: last.end - 2 }];
  return out;
}

/** The runs with those on headline lines cut to their longest stretch of words that the body
 *  names as someone's (a Title Case headline capitalises every word, so a capital says nothing). */
export function headlineWords(text: string, runs: readonly Token[][], heads: ReadonlySet<number>): Token[][] {
  // (flags and plain loops: a closure made per analysis, called from the compiled loop, sent it
  // back to the interpreter as a "wrong call target" on the next analysis)
  const onHeadline = new Uint8Array(runs.length);
  const known = new Set<string>();
  // (the line of the last run kept, start and end: a run on the same line has the same start
  // without a scan back over the line, quadratic on a page-long line of names, "Smith, Smith, …")
  let lineStart = 0;
  let lineEnd = -1;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const at = r[0]!.start;
    if (at < lineStart || at >= lineEnd) {
      lineStart = text.lastIndexOf("\n", at) + 1;
      lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = text.length;
    }
    onHeadline[k] = heads.has(lineStart) ? 1 : 0;
    if (!onHeadline[k]) for (let w = 0; w < r.length; w++) known.add(lower(r[w]!.text));
  }
  const kept: Token[][] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    if (!onHeadline[k]) {
      kept.push(r);
      continue;
    }
    let best: Token[] = [];
    for (let a = 0; a < r.length; a++) {
      let b = a;
      while (b < r.length && known.has(lower(r[b]!.text))) b++;
      if (b - a > best.length) best = r.slice(a, b);
    }
    if (best.length) kept.push(best);
  }
  return kept;
}
