/**
 * A news-aware tokenizer shared by the matchers: words (with their offsets in the Analysis text)
 * and punctuation, each flagged when it starts a sentence. One pass, no allocation per character.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** "word" (letters/digits), "punct" (anything else), "poss" (a possessive 's / ’s). */
  kind: "word" | "punct" | "poss";
  /** First word of a sentence or paragraph (its capital says nothing about names). */
  sentenceStart: boolean;
  /** A line break lies between this token and the previous one. */
  afterBreak: boolean;
}

// A word: letters/digits with inner apostrophes, periods (U.S.) or hyphens, and a period when the
// word is an abbreviation. Possessives are split off below.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const ABBREVIATION = /^(?:\p{Lu}\.|(?:\p{L}\.){2,}|(?:mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|maj|capt|sgt|adm|cmdr|rev|fr|st|jr|sr|messrs|mt|ft|supt|cpl|pvt|no|vs|inc|corp|co|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|d\.c)\.)$/iu;
const SENTENCE_END = /^[.!?…]$/;
const OPENERS = /^["“‘'([«—–-]$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    const start = m.index;
    const gap = text.slice(lastEnd, start);
    const afterBreak = gap.includes("\n");
    if (afterBreak) sentenceStart = true;
    const push = (s: number, str: string, kind: Token["kind"]) => {
      const isWord = kind === "word";
      tokens.push({ start: s, end: s + str.length, text: str, kind, sentenceStart: isWord && sentenceStart, afterBreak: afterBreak && s === start });
      if (isWord) sentenceStart = false;
      else if (SENTENCE_END.test(str)) sentenceStart = true;
      else if (!OPENERS.test(str) && str !== "”" && str !== "’") {
        /* other punctuation keeps the sentence going */
      }
    };
    if (t.length > 1 && /[\p{L}\p{N}]/u.test(t[0]!)) {
      // A trailing period belongs to the word only for abbreviations and initials.
      let trailingDot = false;
      if (t.endsWith(".") && !ABBREVIATION.test(t)) {
        t = t.slice(0, -1);
        trailingDot = true;
      }
      const poss = /^(.+?)(['’]s?)$/u.exec(t);
      if (poss && (poss[2]!.length === 2 || /s$/i.test(poss[1]!))) {
        push(start, poss[1]!, "word");
        push(start + poss[1]!.length, poss[2]!, "poss");
      } else push(start, t, "word");
      if (trailingDot) push(start + t.length, ".", "punct");
    } else push(start, t, t.length > 1 ? "word" : "punct");
    lastEnd = m.index + m[0].length;
  }
  return tokens;
}

// ASCII first (nearly every word): these run several times per token, and a Unicode property
// regex test costs far more than a char-code comparison
export const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
export const isAllCaps = (w: string): boolean => {
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) return /^[\p{Lu}\p{N}.\-'’]+$/u.test(w) && /\p{Lu}/u.test(w);
    else if (!((c >= 48 && c <= 57) || c === 46 || c === 45 || c === 39)) return false;
  }
  return upper;
};

const indexCache = new WeakMap<readonly Token[], Map<Token, number>>();
/**
 * Where a token object sits in its list (-1: not in it), from a map built once per list: the
 * matchers ask this per candidate, and a linear indexOf made long pages quadratic.
 */
export function indexIn(tokens: readonly Token[], t: Token): number {
  let m = indexCache.get(tokens);
  if (!m) {
    m = new Map();
    for (let i = 0; i < tokens.length; i++) m.set(tokens[i]!, i);
    indexCache.set(tokens, m);
  }
  return m.get(t) ?? -1;
}
