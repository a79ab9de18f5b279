/**
 * Acronyms the text itself shows to be common nouns, not organisations.
 *
 * The tagger learnt from 1996 Reuters news, where a lone acronym is nearly always an
 * organisation (NATO, UEFA, the IMF). On today's web pages most acronyms are things: "APIs",
 * "an LLM", "search engine optimization (SEO)". At b9bd68e, 1,171 distinct acronyms were listed
 * as organisations on the 758 WCXB dev pages called articles. An organisation has one name and
 * no plural, and its expansion is a name, in capitals ("the Federal Bureau of Investigation
 * (FBI)"). So an acronym is no organisation when the same text
 *  - writes its plural ("two GPUs", "CRMs"), or
 *  - spells it out in lower case, either way round: "return on investment (ROI)", "SEO (search
 *    engine optimization)", or
 *  - puts an article or a possessive before it where it heads its phrase: "an API that…", "your
 *    CRM." (an organisation takes "a" only as a modifier: "a NATO summit").
 * On the 1,011 WCXB dev pages the three signs take 176 acronyms (2,058 mentions, 6% of all
 * organisation mentions) off the organisations; read by name and in context where a name could be
 * either, each is a thing there (VPN, LLC, SEO, CRM, JSON, API, GPU…; "a UPS to provide backup"
 * is a power supply); no person, place or quotation moves. On CoNLL-2003 (news) valid nothing
 * moves; on train one acronym, a refinery's "crude distillation unit (CDU)".
 */
import { perAnalysis } from "../analysis-memo";

/** Small words an expansion may carry that its acronym leaves out ("return on investment"). */
const SKIPPED = new Set(["of", "and", "the", "for", "to", "in", "on", "a", "an", "&"]);

/** Do lower-case words spell out the acronym by their first letters (each part of a hyphened
 *  word counts: "end-to-end"), with or without the small words? */
function spells(words: string[], acronym: string, sentenceStart = false): boolean {
  // (the first word may be capitalised as a sentence's first: "Return on investment (ROI) is…")
  if (!words.length || !words.every((w, i) => /^[a-z][a-z-]*$/.test(i === 0 && sentenceStart ? w.toLowerCase() : w))) return false;
  const want = acronym.toLowerCase();
  const initials = (ws: string[]) => ws.map((w) => w.toLowerCase().split("-").filter(Boolean).map((p) => p[0]).join("")).join("");
  return initials(words) === want || initials(words.filter((w) => !SKIPPED.has(w))) === want;
}

/**
 * An article or a possessive, then an acronym heading its phrase: the pattern read below, without
 * its opening (?<![\p{L}\p{N}]), which is tested where this matches (ALNUM_BEFORE). Tried first,
 * the lookbehind's Unicode classes ran at every character of the text; the words first let the
 * scan skip ahead. Same matches.
 */
const ARTICLE_ACRONYM = /(?:[Aa]n?|[Ee]ach|[Ee]very|[Aa]ny|[Aa]nother|[Yy]our|[Oo]ur|[Mm]y)\s+([A-Z]{2,6})(?=\s+(?:that|which|is|was|will|can|could|should|would|to|for|with|and|or|in|on|of|by|as)(?![\p{L}\p{N}])|\s*[,.;:)!?])/gu;
/** A letter or a digit just before lastIndex (the code point, as the lookbehind read it). */
const ALNUM_BEFORE = /(?<=[\p{L}\p{N}])/uy;

/** The acronyms of one text that its signs show to be nouns: one pass per text, kept for the
 *  text's organisations that follow. */
const nounAcronyms = perAnalysis((text: string): Set<string> => {
  const nouns = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,6})s(?![\p{L}\p{N}])/gu)) nouns.add(m[1]!);
  // "return on investment (ROI)": the words before the bracket, as many as may spell it
  for (const m of text.matchAll(/\(\s*([A-Z]{2,6})s?\s*\)/g)) {
    const acronym = m[1]!;
    const before = text.slice(Math.max(0, m.index - 160), m.index).trim().split(/\s+/);
    for (let k = 1; k <= Math.min(before.length, acronym.length * 2); k++) {
      const prev = before[before.length - k - 1];
      if (spells(before.slice(-k), acronym, prev === undefined || /[.!?:]["”’]?$/.test(prev))) nouns.add(acronym);
    }
  }
  // "SEO (search engine optimization)"
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,6})s?\s*\(([^()]{3,80})\)/gu)) if (spells(m[2]!.trim().split(/\s+/), m[1]!)) nouns.add(m[1]!);
  // "an API that…", "your CRM.": an article or a possessive before it, and it heads its phrase
  // (punctuation or a function word after it). An organisation takes "a" only as a modifier
  // ("a NATO summit", "an FBI agent"), where a noun follows.
  ARTICLE_ACRONYM.lastIndex = 0;
  for (let m; (m = ARTICLE_ACRONYM.exec(text)); ) {
    // (a letter or a digit before the word: no match there, so on from the next character, as
    // the whole pattern's scan went on)
    ALNUM_BEFORE.lastIndex = m.index;
    if (ALNUM_BEFORE.test(text)) ARTICLE_ACRONYM.lastIndex = m.index + 1;
    else nouns.add(m[1]!);
  }
  return nouns;
});

/** Is `acronym` (letters only, as written: "SEO") a common noun by the text's own signs? */
export function acronymAsNoun(text: string, acronym: string): boolean {
  // (a form that is no acronym needs no scan of the text: most organisations' names)
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  return nounAcronyms(text).has(acronym);
}
