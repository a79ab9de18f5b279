/**
 * Person names in the Analysis text, grouped into one entry per person.
 *
 * 1. The entity tagger (./people/tagger.ts, an averaged perceptron trained on CoNLL-2003 train)
 *    proposes person spans; titles, honorifics and function words are peeled off the front,
 *    names that head an organisation ("Rossiya TV") and lone sentence-initial words nothing else
 *    supports are dropped, hyphenated compounds are split when one side is a name used on its
 *    own elsewhere ("the Biden-Kamala Harris ticket"), and in Title Case headlines only words
 *    the body names as people count.
 * 2. The older rule-based recogniser (runs of capitals + evidence: titles, given names, acting
 *    like a person) still knows name shapes news data rarely shows — particles ("Khalid bin
 *    Rashed"), capitals in credits — and its mention replaces the tagger's pieces of it.
 * 3. Grouping: a full name founds a person; a lone surname (or given name) joins the full name
 *    it matches — the nearest one before it when two people share it.
 */
import { isAsciiLetter, isAsciiUpper } from "./ascii";
import { ORG_HEADS, PLACE_HEADS } from "./lexicon/entity-words";
import { FUNCTION_WORDS, NON_PERSON_HEADS, PARTICLES, ROLE_NOUNS, TITLES } from "./lexicon/words";
import { namedLikePeople } from "./people/cued-people";
import { APPOSITIVE_AFTER } from "./people/cues";
import { CAPS_POSS, headlineLines, headlineWords } from "./people/headlines";
import { type Mention, toMentions } from "./people/mention";
import { mojibakeEnds, nicknamed } from "./people/name-repairs";
import { GIVEN, NAMEISH, NON_NAME, ORG_WORD, PLACE, isInitial, lower, lowerCacheFor } from "./people/name-words";
import { inPersonList, listedPeople } from "./people/person-lists";
import { withRuleMentions } from "./people/rule-mentions";
import { tagEntities } from "./people/tagger";
import { standaloneWords, taggerRuns } from "./people/tagger-runs";
import { REGNAL, SUFFIX_KEYS, isSuffixWord, isTitleWord } from "./people/titles";
import { type Token, isAllCaps, isCapitalised, tokenize } from "./people/tokens";
import { findRoles } from "./roles";
import type { Person, Span } from "./types";
export { headlineLines } from "./people/headlines";
export type { Mention } from "./people/mention";

/** Has a character outside ASCII (only such words can carry an accent; most words are ASCII). */
const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
/** The word with its accents dropped ("martínez-beltrán" → "martinez-beltran"). */
const foldAccents = (w: string) => (NON_ASCII.test(w) ? w.normalize("NFD").replace(MARKS, "") : w);
/** How many accents the words carry (combining marks once decomposed). */
function accentCount(ws: readonly string[]): number {
  let n = 0;
  for (const w of ws) if (NON_ASCII.test(w)) n += w.normalize("NFD").length - foldAccents(w).length;
  return n;
}

/** A name in capitals as a name is written: "O'CONNELL" "O'Connell", "HART-DAVIES" "Hart-Davies", "MCKENZIE" "McKenzie". */
const displayWord = (w: string) =>
  isAllCaps(w) && w.length > 2 && !w.includes(".") && !REGNAL.test(w)
    ? w
        .toLowerCase()
        .replace(/(^|[-'’])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase())
        .replace(/^Mc(\p{Ll})/u, (_, c: string) => "Mc" + c.toUpperCase())
    : w;

/** Person mentions in text (ungrouped), in order. */
export function findPersonMentions(text: string, tokens: Token[] = tokenize(text)): Mention[] {
  lowerCacheFor(text);
  const standalone = standaloneWords(tokens);
  const spans = listedPeople(text, tokens, namedLikePeople(text, tokens, tagEntities(text, tokens)));
  const runs = taggerRuns(text, tokens, spans, standalone);
  // headlines: keep only the words that name someone the body names
  const heads = headlineLines(text, tokens);
  const kept = headlineWords(text, runs, heads);
  const final = withRuleMentions(text, tokens, kept, standalone, heads);
  nicknamed(text, tokens, final);
  mojibakeEnds(text, final);
  return toMentions(tokens, final);
}

/** The greatest value ≤ x in an ascending array (-1: none). */
function lastAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      ans = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function insertSorted(sorted: number[], x: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > x) i--;
  sorted.splice(i, 0, x);
}

/** Does a sentence or a line start at `at` (after spaces, an opening quote or a bullet)? */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0 || "\"“‘'(*•–-".includes(text[k]!))) k--;
  if (k < 0) return true;
  // ("Whole Woman's Health v. Hellerstedt", "St. Clair": a period after an abbreviation ends nothing)
  if (text[k] === "." && /(?:^|[^\p{L}])(?:v|vs|St|Ste|Mt|No)$/u.test(text.slice(Math.max(0, k - 4), k))) return false;
  return ".!?:\n".includes(text[k]!);
}

/**
 * One word, once, opening a sentence, and nothing else in the text of that name: an imperative
 * or an adverb ("Pop in these fellas", "Think of it as…", "Besides, …", "Click here"), which the
 * tagger may read as a person since the capital there says nothing. A person named once by one
 * word at a sentence's start is rare: news gives the full name first. Kept when a title stands
 * before it, or when it is a known given name or name word, or a person cue follows
 * ("Parnevik, who…", "Obama said").
 */
function loneOpener(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.mentions.length !== 1 || g.key.length !== 1) return false;
  const m = g.mentions[0]!;
  if (m.titled || m.words.length !== 1 || !opensSentence(text, m.start)) return false;
  const w = g.key[0]!;
  if (GIVEN.has(w) || NAMEISH.has(w) || isSuffixWord(w) || /['’-]/.test(w)) return false;
  // a person cue, or a row of a results list or a team sheet: "Vass 7-0-29-0", "Lacher 219",
  // "Samokhvalova (Russia)", "Srutwa (Ruch Chorzow)", "Green, Jerry Kelly", a citation's "Muratori P,"
  // (or an appositive only a person takes: "Alawee, a former army secretary of …")
  return !/^(?:['’]s\b|,? (?:who|said|says|told|added|wrote|asked|replied|reported|noted|argued|explained|insisted|recalled|acknowledged|declined|contributed)\b|,? \d| \(|, \p{Lu}| \p{Lu}{1,2}[,.])/u.test(text.slice(m.end, m.end + 12)) && !APPOSITIVE_AFTER.test(text.slice(m.end, m.end + 90));
}

/**
 * A name of two words or more, named once, alone on its line (a list number before it at most),
 * over a paragraph of prose: a heading ("Trend Analysis", "8. Dartmouth Tuck", "Golden
 * Retriever"), not a byline or a contributor, whose line stands at the end or among other short
 * lines. Kept when it starts with a given name, a name word or an initial.
 */
function headingOverProse(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.mentions.length !== 1 || g.key.length < 2) return false;
  const m = g.mentions[0]!;
  const first = g.key[0]!;
  if (m.titled || GIVEN.has(first) || NAMEISH.has(first) || first.includes(".")) return false;
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  if (!/^\s*(?:\d{1,3}[.)]\s*)?$/.test(text.slice(lineStart, m.start))) return false;
  let lineEnd = text.indexOf("\n", m.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!/^[\s:]*$/.test(text.slice(m.end, lineEnd))) return false;
  // the next line with words on it
  let k = lineEnd;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  let nextEnd = text.indexOf("\n", k);
  if (nextEnd < 0) nextEnd = text.length;
  let words = 0;
  for (let i = k; i < nextEnd; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32) words++;
  return words >= 8;
}

/**
 * Is `w` (lowercase) written in the text as a word of prose, in lower case? Not inside an address
 * or a handle ("…/wisdom-from-jenks-farmers-new-book", "@taya"): the word must follow a space,
 * an opening bracket or quote, and not run on into a hyphen, a slash or a dotted name.
 */
function writtenLower(text: string, w: string): boolean {
  // (the group filters ask of the same words: each answer is a scan of the whole text)
  if (text !== lowerMemoText) {
    lowerMemo.clear();
    lowerMemoText = text;
  }
  let known = lowerMemo.get(w);
  if (known === undefined) lowerMemo.set(w, (known = scanLower(text, w)));
  return known;
}
let lowerMemoText = "";
const lowerMemo = new Map<string, boolean>();
function scanLower(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const b = at > 0 ? text.charCodeAt(at - 1) : 32;
    const end = at + w.length;
    const a = end < text.length ? text.charCodeAt(end) : 32;
    if (!(b === 32 || b === 10 || b === 0xa0 || b === 40 || b === 34 || b === 0x201c || b === 0x2018)) continue;
    if (isLetterCode(a) || a === 45 || a === 47 || a === 64 || a === 95 || (a === 46 && isLetterCode(text.charCodeAt(end + 1)))) continue;
    return true;
  }
  return false;
}
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/**
 * A "person" whose every name word the same text also writes in lower case, as an ordinary word,
 * is a heading, a product or a sentence's first words ("Average Costs", "Wire Strippers", "Use",
 * "Implement Strong"): an English name is capitalised wherever it stands. Kept when a mention
 * has a title before it or the name starts with a given name or an initial ("Mark Stone",
 * "Will Smith"), or the group holds no other word (a lone surname of a full name is grouped).
 */
function commonWords(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  const ws = g.key;
  if (!ws.length || g.mentions.some((m) => m.titled)) return false;
  const first = ws[0]!;
  if (GIVEN.has(first) || isInitial(first) || /\./.test(first)) return false;
  for (const w of ws) if (!PARTICLES.has(w) && !isSuffixWord(w) && !writtenLower(text, w)) return false;
  return true;
}

/** What after a lone word shows a person: a speech verb, "who", a kinship possessive, an age. */
const SINGLE_CUE_AFTER = /^(?:['’]s? (?:wife|husband|widow|son|daughter|father|mother|brother|sister|family|parents|children|career|death|funeral|arrest|detention|birthday|campaign|lawyer|attorney)\b|,? (?:who|whose|said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|reported|noted|notes|argued|argues|explained|explains|insisted|insists|recalled|recalls|acknowledged|admitted|admits|denied|denies|declined|contributed|laughed|laughs|smiled|shrugged|nodded|remembered|remembers|recalled|joked|jokes|thinks|thought|believes|believed|claimed|claims|warned|warns|hopes|hoped|wants|wanted|himself|herself)\b|, \d{1,2}, | as saying\b)/u;
/** A speech verb after a comma whose subject follows it: the attribution of an inverted quote. */
const INVERTED_AFTER = /^, (?:said|says|told|added|adds|wrote|writes|asked|asks|explained|explains|noted|notes|argued|argues|insisted|insists|recalled|recalls|warned|warns|claimed|claims) (?:\p{Lu}|the |an? )/u;
/** What before a lone word shows a person: a speech verb or "according to". */
const SINGLE_CUE_BEFORE = /\b(?:said|says|told|asked|quoted|according to|thanks to|married|met|interviewed|named|called|name is|I['’]m|I am|(?:my|our|his|her) (?:co-?workers?|colleagues?|friends?|husband|wife|sons?|daughters?|partner|mother|father|mom|dad|sisters?|brothers?|boss|editor|guide|teacher),?)\s$/;
/** "c " or "b " (caught, bowled) or "st " (stumped) before a name in a cricket scorecard. */
const SCORECARD_BEFORE = /(?:^|[\s(])(?:c|b|st)\s$/;
/** He, she and their forms: a lone word a pronoun soon takes up is a person's name. */
const PERSONAL = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself|[Hh]ers)\b/;

/**
 * A name of one word that the text never introduces as a person's: no title before it, not a
 * name word of the lexicon (a given name only where the text also writes it in lower case or it
 * only opens sentences), no attribution dash before it ("— Leslie"), no "I'm"/"my name is"/"my
 * colleague," before it, no person cue at any mention (a speech verb, "who", a kinship
 * possessive, an age), no "he"/"she" taking it up before the next sentence ends, and no full name
 * it is the short form of (grouping would have joined them). English prose introduces a person
 * (a full name, a title, a role, a pronoun that follows); a bare capitalised word with none of
 * that on a web page is a brand, a product, a place or a menu word ("Sixt", "Scopus", "Audio",
 * "Krasnodar", "Materialize"). A results row or a team sheet keeps it (as in loneOpener).
 */
function weakSingle(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 1) return false;
  // a short capitals word ("AI", "HDR", "CPU") is an acronym, even where it spells a given name
  // ("Ai"): a person is not named by one alone, whatever pronoun follows ("Mr. X" still is)
  if (g.mentions.every((m) => !m.titled && m.words.length === 1 && isAcronym(m.words[0]!))) return true;
  const w = g.key[0]!;
  if (NAMEISH.has(w) || isSuffixWord(w) || /['’]/.test(w)) return false;
  // a double surname alone ("Ocasio-Cortez") is one whose full name the text gives (grouping
  // joined them) or that a cue shows; a hyphenated word with neither is a thing's ("Wi-Fi")
  // (a particle inside, "Inzamam-ul-Haq", "Abd-al-Rahman", is a name's shape: not this)
  if (w.includes("-")) {
    if (w.split("-").some((p, i) => i > 0 && (PARTICLES.has(p) || p === "ul" || p === "ud"))) return false;
    for (const m of g.mentions) if (m.titled || personContext(text, m)) return false;
    return true;
  }
  // a given name alone ("Megan", "Kerry") is a person's, unless the text also writes it as a word
  // ("any", "even", "base", "art"), has it only where a sentence's capital says nothing ("Any
  // asset…", "Early fuses…", "Rock on"), or it is also a city, a country or a firm of the
  // gazetteer ("Denver", "Dallas", "Avis")
  if (GIVEN.has(w) && !PLACE.has(w) && !ORG_WORD.has(g.key[0]!) && !g.mentions.every((m) => opensSentence(text, m.start) || afterCompound(text, m.start)) && !writtenLower(text, w)) return false;
  for (const m of g.mentions) if (m.titled || m.words.length !== 1 || personContext(text, m)) return false;
  return true;
}

/** Right after a compound adjective ("AI-powered Alexa", "voice-activated Siri"): English puts
 *  one before a product's or a thing's name; before a person's it puts a noun ("award-winning
 *  actress …"). */
const COMPOUND_BEFORE = /[\p{L}\d]-\p{Ll}+\s$/u;
const afterCompound = (text: string, at: number) => COMPOUND_BEFORE.test(text.slice(Math.max(0, at - 24), at));

/**
 * Every mention begins right after a hyphen joined to a word before it ("AI-Enhanced
 * Photography", "Eco-Friendly Homes"): the capitals belong to a compound in a heading or a
 * title, not to a name. Two names joined by a hyphen ("the Whitcombe-Dana Ferris plan", `ends`
 * holds every mention's end) and a person also named elsewhere ("anti-Marsh" beside "Ann
 * Marsh") stay.
 */
function hyphenTail(text: string, g: { mentions: Mention[] }, ends: ReadonlySet<number>): boolean {
  for (const m of g.mentions) {
    if (m.titled || m.start < 2 || text.charCodeAt(m.start - 1) !== 45 || ends.has(m.start - 1)) return false;
    const c = text.charCodeAt(m.start - 2);
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57))) return false;
  }
  return g.mentions.length > 0;
}

/** Two to four capital ASCII letters. */
/**
 * A name written only as initials at every mention ("S.", "H. C.", "P. S.", "A.D."), with no
 * title and no person cue at any: a citation's co-author, a postscript, an era, a street's
 * "S." A person the article is about is named in full somewhere, or introduced ("Mr. K.",
 * "K., 34, said"), and grouping would have joined the initials to that full name.
 */
function initialsOnly(text: string, g: { mentions: Mention[] }): boolean {
  for (const m of g.mentions) {
    // (a lone capital letter is an initial with its period dropped: "Gen Z –" … "Gen Z.")
    if (m.titled || !m.words.every((w) => isInitial(w) || (w.length === 1 && isAsciiUpper(w.charCodeAt(0))))) return false;
    // a number before it ("700 A.D.", "310 S. 4th St."): an era or a street's side, no one
    if (/\d\s$/.test(text.slice(Math.max(0, m.start - 2), m.start))) continue;
    // (a bracket or a number after initials says nothing of a person, "Skelly, S. (2015)", nor a
    // he or she in the next sentences, "Gen Z. The secret weapon: … her"; a speech verb or an age does)
    if (personContext(text, m, false, false)) return false;
  }
  return true;
}

/** Opening and closing quotation marks. */
const OPEN_QUOTE = new Set([34, 39, 0x201c, 0x2018, 0x00ab]);
const CLOSE_QUOTE = /["'\u201d\u2019\u00bb]/;
/** Words a title in title case leaves in lower case ("Anne of a Thousand Days", "Ice Cold in Alex"). */
const TITLE_SMALL = new Set(["of", "a", "an", "the", "in", "on", "at", "to", "and", "for", "with", "from", "by", "or", "de", "la", "le", "el", "von", "van"]);
/**
 * A name that stands, at every mention, at the head of a short quotation in title case: a film's,
 * a song's, a book's or an album's title ('"Michael Collins", his epic about the IRA', '"Viva
 * Zapata"', '"Ice Cold in Alex"', 'the lead single ‘Berghain’', '"Bertillon 166"'). A person is
 * named outside quotation marks somewhere, or quoted in a sentence, not alone in a title's marks.
 */
function quotedTitle(text: string, g: { mentions: Mention[] }): boolean {
  for (const m of g.mentions) {
    if (m.titled || !OPEN_QUOTE.has(text.charCodeAt(m.start - 1))) return false;
    // (a credit quotes a person: "Photo by: 'Neil Thomas'")
    if (/\b(?:by|photo|photograph|credit|courtesy|via|author)\b:?\s*$/i.test(text.slice(Math.max(0, m.start - 16), m.start - 1))) return false;
    const rest = text.slice(m.end, m.end + 48);
    const close = rest.search(CLOSE_QUOTE);
    // (an apostrophe right after the name is a possessive: "‘Smith’s …" is no title's end)
    if (close < 0 || /^['\u2019]s\b/.test(rest.slice(close))) return false;
    const inner = rest.slice(0, close).trim();
    // (a full name alone in the marks, given name first, is as often a person quoted, a write-in
    // "Ralph Nader", as a title named after one: kept)
    if (!inner && m.words.length >= 2 && GIVEN.has(lower(m.words[0]!))) return false;
    if (/[.!?,;:]$/.test(inner) && inner.length > 1) return false;
    for (const w of inner.split(/\s+/)) if (w && !/^[\p{Lu}\d]/u.test(w) && !TITLE_SMALL.has(w)) return false;
  }
  return g.mentions.length > 0;
}

/** US states as the news abbreviates them, with a period (AP style): "Ky.", "Calif.", "Nev.". */
const STATE_ABBREV = new Set("ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split(" "));
/**
 * A name that is only a US state's abbreviation with its period at every mention ("Mitch
 * McConnell (Ky.)", "Henderson, Nev.", "said Del. Stacey Plaskett"): the state of a member of
 * Congress or of a town, or a delegate's title, which the tagger read as a name. Beside a name it
 * is a sign of a person, never one itself.
 */
function stateOnly(text: string, g: { mentions: Mention[] }): boolean {
  for (const m of g.mentions) {
    if (m.words.length !== 1) return false;
    const w = m.words[0]!;
    if (!STATE_ABBREV.has(lower(w)) || (!w.endsWith(".") && text.charCodeAt(m.end) !== 46)) return false;
  }
  return g.mentions.length > 0;
}

function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 4) return false;
  for (let i = 0; i < w.length; i++) if (!isAsciiUpper(w.charCodeAt(i))) return false;
  return true;
}

/**
 * Does the text around one mention show a person: an attribution dash before it on its line, a
 * person cue after it or before it, a results row, a minute or a citation's initials after it, or
 * a he/she taking it up before the next sentence ends?
 */
function personContext(text: string, m: Span, pronoun = true, rows = true): boolean {
  // a testimonial's or a quote's attribution line ("— Leslie, customer", "~Elizabeth")
  const line = text.lastIndexOf("\n", m.start - 1) + 1;
  if (/^\s*[—–~]\s*$/.test(text.slice(line, m.start))) return true;
  const after = text.slice(m.end, m.end + 24);
  // (", says Prouty": the verb's subject follows it; what stands before ends a quotation)
  if (SINGLE_CUE_AFTER.test(after) && !INVERTED_AFTER.test(after)) return true;
  // an appositive that only a person takes ("Alawee, a former army secretary of …")
  if (text.charCodeAt(m.end) === 44 && APPOSITIVE_AFTER.test(text.slice(m.end, m.end + 90))) return true;
  // a results row, a team sheet's minute, a citation's initials ("Zorc\n59th", "Muratori P,", "Wien, H. C.")
  if (rows && /^(?: \(|,?\s\d| \p{Lu}{1,2}[,.]|,? (?:\p{Lu}\.\s?)+(?:[,&]|$))/u.test(after)) return true;
  if (SINGLE_CUE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return true;
  // a cricket scorecard's fielder and bowler ("c Dravid b Kumble 46"): no prose puts a lone
  // lower-case "c" or "b" before a name
  if (SCORECARD_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  if (!pronoun) return false;
  // a pronoun before the end of the next sentence
  let end = m.end;
  for (let s = 0; s < 2 && end < text.length; s++) {
    const stop = text.slice(end).search(/[.!?\n]/);
    end = stop < 0 ? text.length : end + stop + 1;
  }
  return PERSONAL.test(text.slice(m.end, Math.min(end, m.end + 300)));
}

/**
 * A name of two words or more that the text never introduces as a person's: it does not start
 * with a given name or a name word and holds none before its last word, has no initial and no
 * title, no mention has a person's context (personContext: a speech verb, "who", an age, a
 * pronoun that follows…), and one of its words the text also writes in lower case, alone or
 * plural ("cable tray cutters", "torque wrenches", "a lean startup"). Such names are the entries
 * of listicles and directories, products, plans, firms and headings ("38. Cable Tray Cutter",
 * "Lean Startup", "Colonial Van Lines", "Instagram Live"). A byline ("Emese Bartha" over a
 * dateline, "Chirag Bhardwaj" on an author card) has no word of prose in it; a person named
 * after a stray word keeps a given name inside ("Secretary of State Ken Detzner").
 */
function unintroducedName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const first = g.key[0]!;
  if (first.length === 1) return false;
  for (let i = 0; i < g.key.length - 1; i++) if (GIVEN.has(g.key[i]!) || NAMEISH.has(g.key[i]!)) return false;
  // (an initial anywhere: "Charlett S." signs a testimonial)
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  for (const m of g.mentions) if (personContext(text, m)) return false;
  // (last: each look for a word in lower case scans the whole text)
  for (const w of g.key) {
    if (PARTICLES.has(w)) continue;
    // (a text without the stem has none of its forms: one scan for most names' words)
    const stem = w.endsWith("s") ? w.slice(0, -1) : w;
    if (text.indexOf(stem) < 0) continue;
    if (writtenLower(text, w) || writtenLower(text, w + "s") || writtenLower(text, w + "es") || (stem !== w && writtenLower(text, stem))) return true;
  }
  return false;
}

/**
 * A name of two words whose second word is no name word of the lexicon but an ordinary word the
 * same text writes in lower case ("Claude Code" beside "the code", "Tate Modern" beside "modern
 * art", "William Optics" beside "optics"), and that nothing shows to be a person's (no title, no
 * initial, no person context at any mention), is a product's, a firm's or a place's name that
 * starts on a word that can also be a given name. A person's surname is a name word ("Jeff
 * Wall", "Nigel Price": kept), and where it is not, the text introduces its bearer as a person.
 * unintroducedName asks the same of names with no given name first.
 */
function givenThenWord(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 2) return false;
  const [first, last] = g.key as [string, string];
  if (!(GIVEN.has(first) || NAMEISH.has(first)) || first.length < 3 || last.length < 3) return false;
  if (GIVEN.has(last) || NAMEISH.has(last) || PARTICLES.has(last) || isSuffixWord(last)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  if (text.indexOf(last) < 0 || !writtenLower(text, last)) return false;
  // (a given name written in lower case only before the surname is the whole name typed or
  // styled so: "is marlon brando in heat", a credit "thomas hengge" in small capitals; "web"
  // and "car" stand alone in "web design", "car rental")
  if (writtenLower(text, `${first} ${last}`) && !lowerAlone(text, first, last)) return false;
  for (const m of g.mentions) if (personContext(text, m) || besideFullName(text, m) || PERSON_SHAPED_APPOSITIVE.test(text.slice(m.end, m.end + 50))) return false;
  return true;
}
/** Is `first` written in lower case as a word of prose other than right before `last`? */
function lowerAlone(text: string, first: string, last: string): boolean {
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const end = at + first.length;
    if (text.startsWith(` ${last}`, end)) continue;
    if (scanLower(text.slice(Math.max(0, at - 1), end + 2), first)) return true;
  }
  return false;
}
/** Is the mention an item of a list whose item beside it is a given name and a surname
 *  ("Christopher Guest, Michael McKean and Harry Shearer"): a list holds things of one kind. */
function besideFullName(text: string, m: Span): boolean {
  const after = LIST_NEXT.exec(text.slice(m.end, m.end + 40));
  if (after && GIVEN.has(after[1]!.toLowerCase())) return true;
  const before = LIST_PREV.exec(text.slice(Math.max(0, m.start - 40), m.start));
  return !!before && GIVEN.has(before[1]!.toLowerCase());
}
/** An appositive whose noun has a person's ending ("Tobin Farmer, a plantsman,", "…, a
 *  violinist,", "…, the librarian"): APPOSITIVE_PERSON lists the common nouns, not every noun. */
const PERSON_SHAPED_APPOSITIVE = /^, (?:a|an|the) (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]*(?:man|woman|person|[^l]ist|ian)[,.;]/u;
const LIST_NEXT = /^(?:,| and| &)\s(\p{Lu}\p{Ll}+)\s\p{Lu}\p{Ll}/u;
const LIST_PREV = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’-]+(?:,| and| &)\s$/u;

/**
 * A name ending on an organisation's or a place's head word ("Ernst Media", "Kora Moving", "Yale
 * School", "Nara Station", "Palm Coast") that nothing shows to be a person's: no name word of the
 * lexicon first, no title, no initial, no person context at any mention. The tagger's own spans
 * are vetted so only when they start without a given name ("Shirley Temple", "Margaret Court" are
 * surnames there); a given name first is no evidence once the text never treats the name as a
 * person's.
 */
function headedName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const last = g.key[g.key.length - 1]!;
  if (!(NON_PERSON_HEADS.has(last) || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) || NAMEISH.has(last) || GIVEN.has(last)) return false;
  if (NAMEISH.has(g.key[0]!)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  for (const m of g.mentions) if (personContext(text, m)) return false;
  return true;
}

/**
 * A name of two words or more opening on a word that is no given name, which the text also writes
 * alone before no other capital ("Amazon Alexa", "Amazon Echo" beside "an Amazon account",
 * "Amazon's newer …", "Amazon, Google and Apple"), with no title, no initial and no person's cue
 * at any mention. A person's name opens on a given name; the part of it that English writes
 * alone is the surname, its last word. A firm's or a brand's word opens the names of its
 * products and services. The pronoun test of personContext is left out: a review's "her"
 * (the tester's) follows products' names as often as people's.
 */
function firmLed(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2) return false;
  const k0 = g.key[0]!;
  // (a firm's word: one the news data never gives a person, or a firm of the gazetteer; not
  // "The", which opens stage names and titles alike: "The Alchemist")
  if (k0.length < 3 || GIVEN.has(k0) || NAMEISH.has(k0) || FUNCTION_WORDS.has(k0) || !(NON_NAME.has(k0) || ORG_WORD.has(k0))) return false;
  // (a given name before the last word: a person after words the peeling missed, "Secretary of
  // State Ken Detzner")
  for (let i = 1; i < g.key.length - 1; i++) if (GIVEN.has(g.key[i]!) || NAMEISH.has(g.key[i]!)) return false;
  for (const m of g.mentions) if (m.titled || m.words.some(isInitial)) return false;
  let full: Mention | undefined;
  for (const m of g.mentions) if (m.words.length >= 2) full = m;
  if (!full) return false;
  const w0 = full.words[0]!;
  if (!usedAlone(text, w0)) return false;
  for (const m of g.mentions) if (personContext(text, m, false)) return false;
  return true;
}
/** Does the text write `w` alone somewhere: a whole word, not before another capitalised word? */
function usedAlone(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const end = at + w.length;
    if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) continue;
    if (end < text.length && isLetterCode(text.charCodeAt(end))) continue;
    if (!/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 4))) return true;
  }
  return false;
}

/** Between two items of a list: a comma, a slash, "and", "&". */
const LIST_AFTER = /^(?:\s*[,;/&]\s*|,?\s+(?:and|&)\s+)/;
const LIST_BEFORE = /(?:\s*[,;/&]\s*|,?\s+(?:and|&)\s+)$/;
/**
 * The groups without the weak single words (weakSingle), except one standing in a list next to a
 * person named with evidence ("Helmstetter and Vanco", a team sheet "Breen, Staunton, Irwin"):
 * a list holds things of one kind.
 */
function dropWeakSingles<G extends { key: string[]; mentions: Mention[] }>(text: string, groups: G[]): G[] {
  const weak = new Set<G>();
  for (const g of groups) if (weakSingle(text, g)) weak.add(g);
  if (!weak.size) return groups;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const g of groups) {
    // (only a person the lexicon or a title vouches for: a list of brands holds "people" too)
    const k0 = g.key[0]!;
    if (weak.has(g) || !(NAMEISH.has(k0) || (g.key.length >= 2 && (GIVEN.has(k0) || isInitial(k0))) || g.mentions.some((m) => m.titled))) continue;
    for (const m of g.mentions) {
      starts.add(m.start);
      ends.add(m.end);
    }
  }
  const listed = (m: Mention): boolean => {
    const a = LIST_AFTER.exec(text.slice(m.end, m.end + 8));
    if (a && starts.has(m.end + a[0].length)) return true;
    const b = LIST_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    return !!b && ends.has(m.start - b[0].length);
  };
  // (or an item of a list of people: listedPeople)
  const inList = (m: Mention) => inPersonList(text, m.start);
  return groups.filter((g) => !weak.has(g) || g.mentions.some(listed) || g.mentions.some(inList));
}

/**
 * A name of two words or more, named once, one of whose words the same text also writes in lower
 * case as a word of prose: a heading, a menu or list item, a product or a service ("Coffee Shop",
 * "Desk Lamps", "Red Flags", "Gantt Charts", "Citric Acid", "24. Fire-Resistant Work Shirt"). A
 * person named once is named in full, with a given name or an initial first ("Mark Stone",
 * "C. Lewis"); kept also with a title before it or a given name inside it, the first words being
 * then a title the peeling missed ("Owner John Saunders", "Great Uncle Paul").
 */
function onceCommon(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.mentions.length !== 1 || g.key.length < 2) return false;
  const m = g.mentions[0]!;
  const first = m.words[0]!;
  if (m.titled || isInitial(first) || first.endsWith(".") || first.length === 1) return false;
  for (let i = 0; i < g.key.length - 1; i++) if (GIVEN.has(g.key[i]!) || NAMEISH.has(g.key[i]!)) return false;
  for (const w of g.key) if (!PARTICLES.has(w) && !isSuffixWord(w) && writtenLower(text, w)) return true;
  return false;
}

/** What a capital inside a name follows: "McKenzie", "MacDonald", "DeShawn", "LeBron", "JoAnne", "FitzGerald", "VandeHei", "VanderSloot". */
const NAME_PREFIX = /^(?:\p{Lu}\p{Ll}{0,2}|Fitz|Vande[nr]?|Della|Delle|Dela)$/u;
/**
 * A brand's or a product's word, never a name's: a capital after five letters or more, or after
 * four in a word of eight or more ("QuietComfort", "PlayStation", "WordPress"; but "MaliVai"), a
 * lower-case start ("iPhone", "eCommerce"), a digit ("M1k", "S24").
 */
function brandWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  if (/^\p{Ll}+\p{Lu}/u.test(w)) return true;
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u.exec(w);
  return !!m && !NAME_PREFIX.test(m[1]!) && (m[1]!.length >= 5 || w.length >= 8);
}
/** Last words of a product's name ("Canva Pro", "Tesla Model", "Galaxy S24 Ultra"). */
const PRODUCT_TAILS = new Set(["pro", "max", "ultra", "plus", "mini", "lite", "edition", "series", "model", "app", "apps", "software", "platform", "suite"]);
/**
 * A name that is a product's or a brand's: a word shaped like a brand's, a product's last word
 * after another, or a one-word organisation first ("Microsoft Authenticator", "Sony Alpha");
 * a given name first keeps it ("Dell Curry").
 */
function productName(words: readonly string[]): boolean {
  if (words.some(brandWord)) return true;
  if (words.length < 2) return false;
  const first = lower(words[0]!);
  if (GIVEN.has(first)) return false;
  return PRODUCT_TAILS.has(lower(words[words.length - 1]!)) || ORG_WORD.has(first);
}

/**
 * Endings of English abstract and common nouns and adjectives that hardly any surname or given
 * name has outside the name lists ("Optimization", "Assessment", "Wellness", "Mindfulness", "Psychology",
 * "Scalability", "Analytics", "Software", "Affordable"), and of adverbs ("Regularly", "Extremely"); a word the name lists hold is left
 * alone ("Felicity", "Lawrence", "Vance", "Clemence").
 */
const NOUN_ENDING = /(?:ial|ical|ive|ous|[st]ion|ment|ness|ism|ogy|ship|ity|ics|ware|less|able|ible|ance|ence|ency|ancy|ful|ities|ments|tions|sions|ally|ously|ively|fully|lessly|edly|ingly|ently|antly|ably|ibly|ularly)$/;
function nounPhrase(words: readonly string[]): boolean {
  // a given name first makes the last word a surname, whatever its ending ("John Constable",
  // "Fiona Blankenship", "Ken Anselment")
  const given = words.length >= 2 && GIVEN.has(lower(words[0]!));
  // a given name inside, before the last word, is a name with words before it that the title
  // peeling missed ("Majority Leader Mitch McConnell"): the person is there
  for (let i = 1; i < words.length - 1; i++) if (GIVEN.has(lower(words[i]!))) return false;
  for (let i = 0; i < words.length; i++) {
    const l = lower(words[i]!);
    if ((given && i === words.length - 1) || (i > 0 && GIVEN.has(lower(words[i - 1]!)))) continue;
    if (l.length >= 6 && NOUN_ENDING.test(l) && !GIVEN.has(l) && !NAMEISH.has(l)) return true;
  }
  return false;
}

/** Groups mentions into people: ids in order of first mention, name = the fullest form. */
export function groupMentions(text: string, mentions: Mention[]): Person[] {
  interface Group {
    key: string[];
    /** The key with its accents dropped, to match mentions by. */
    folded: string[];
    mentions: Mention[];
    forms: Map<string, number>;
    /** Starts of its mentions of two or more words, ascending (for "the nearest before"). */
    fullStarts: number[];
  }
  const groups: Group[] = [];
  // accents folded: pages write one name with and without them (a byline in capitals, an
  // address, a caption typed in ASCII), never two people apart by an accent alone
  // (only for telling whether two mentions fit: the filters below read the key's own spelling)
  const norm = (ws: string[]) => ws.map((w) => lower(displayWord(w)));
  const lastName = (ws: string[]) => {
    for (let i = ws.length - 1; i >= 0; i--) if (!SUFFIX_KEYS.has(ws[i]!)) return ws[i];
    return undefined;
  };
  const compatible = (full: string[], part: string[]) => {
    // "putin" ⊂ "vladimir putin"; "joe biden" ~ "joseph r. biden jr."
    const last = lastName(full);
    const plast = lastName(part);
    if (part.length === 1) return part[0] === last || (full.length > 1 && part[0] === full[0]);
    if (last !== plast) return false;
    const f0 = full[0]!;
    const p0 = part[0]!;
    return f0 === p0 || f0.startsWith(p0.replace(/\.$/, "")) || p0.startsWith(f0.replace(/\.$/, ""));
  };
  // Full names first (so a lone surname before the full name still joins it).
  const ordered = [...mentions].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  const assign = new Map<Mention, Group>();
  for (const m of ordered) {
    const key = norm(m.words);
    const folded = key.map(foldAccents);
    const fits = groups.filter((g) => compatible(g.folded, folded) || compatible(folded, g.folded));
    let g: Group | undefined;
    if (fits.length === 1) g = fits[0];
    else if (fits.length > 1) {
      // two people share the word: the nearest full mention before this one (the first group
      // in order on a tie); by binary search in each group's sorted starts, as a scan of every
      // mention of every fitting group per mention made long pages quadratic
      let best: Group | undefined;
      let bestPos = -1;
      for (const f of fits) {
        const at = lastAtOrBelow(f.fullStarts, m.start);
        if (at > bestPos) {
          bestPos = at;
          best = f;
        }
      }
      g = best ?? fits[0];
    }
    if (!g) {
      g = { key, folded, mentions: [], forms: new Map(), fullStarts: [] };
      groups.push(g);
    } else if (key.length > g.key.length) {
      g.key = key;
      g.folded = folded;
    }
    g.mentions.push(m);
    if (m.words.length > 1) insertSorted(g.fullStarts, m.start);
    assign.set(m, g);
  }
  const people: Person[] = [];
  const passing = groups.filter((g) => {
    if (initialsOnly(text, g) || stateOnly(text, g) || quotedTitle(text, g) || firmLed(text, g) || loneOpener(text, g) || commonWords(text, g) || headingOverProse(text, g) || onceCommon(text, g) || unintroducedName(text, g) || givenThenWord(text, g) || headedName(text, g)) return false;
    const fullest = g.mentions.reduce((a, m) => (m.words.length > a.length ? m.words : a), [] as string[]);
    return !productName(fullest) && !nounPhrase(fullest);
  });
  const kept = dropWeakSingles(text, passing);
  // (after the other filters: a compound's first part that is no person, "AI-", is gone by then)
  const mentionEnds = new Set<number>();
  for (const g of kept) for (const m of g.mentions) mentionEnds.add(m.end);
  const sorted = kept
    .filter((g) => !hyphenTail(text, g, mentionEnds))
    .map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  const roles = findRoles(text, sorted.map(({ g }) => g.mentions));
  sorted.forEach(({ g }, i) => {
    const ms = g.mentions.sort((a, b) => a.start - b.start);
    // the fullest mention names the person; among equally full ones, the form with the most
    // accents (a page drops accents for capitals, addresses or ASCII, it never adds them)
    const fullest = ms.reduce((best, m) => (m.words.length > best.words.length || (m.words.length === best.words.length && accentCount(m.words) > accentCount(best.words)) ? m : best), ms[0]!);
    const name = fullest.words.map(displayWord).join(" ");
    const aliases = [...new Set(ms.map((m) => m.words.map(displayWord).join(" ")))];
    people.push({
      id: `p${i + 1}`,
      name,
      aliases: aliases.includes(name) ? aliases : [name, ...aliases],
      role: roles[i] ?? null,
      mentions: ms.map((m) => ({ start: m.start, end: m.end })),
    });
  });
  return people;
}

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
    forms.set(m.words.join(" "), m.words);
    const last = m.words[m.words.length - 1]!;
    if (m.words.length > 1 && !isSuffixWord(last) && !isInitial(last) && !(placeAlone.has(last) && !personAlone.has(last))) forms.set(last, [last]);
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
  const lowerWords = new Set<string>();
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.kind === "word" && !isCapitalised(t.text)) lowerWords.add(t.text);
  }
  const added: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !isCapitalised(t.text)) continue;
    // (a possessive in capitals stays on its word: "GASCOIGNE'S")
    const own = CAPS_POSS.test(t.text) ? t.text.slice(0, -2) : t.text;
    if (!firstWords.has(own)) continue;
    for (let n = Math.min(longest, tokens.length - k); n >= 1; n--) {
      const ws = tokens.slice(k, k + n);
      if (ws.some((w, i) => w.kind !== "word" || (i > 0 && text.slice(ws[i - 1]!.end, w.start) !== " "))) continue;
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
      if (n === 1 && t.sentenceStart && lowerWords.has(t.text.toLowerCase())) break;
      const after = tokens[k + n];
      if (after && after.kind === "word" && isCapitalised(after.text) && text.slice(end, after.start) === " " && (NON_PERSON_HEADS.has(lower(after.text)) || ORG_HEADS.has(lower(after.text)))) break;
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

/** Is the word before or after the one at k, on the same line, in capitals too? */
function capsNeighbour(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (p && !tokens[k]!.afterBreak && p.kind === "word" && p.text.length > 1 && isAllCaps(p.text)) return true;
  return !!n && !n.afterBreak && n.kind === "word" && n.text.length > 1 && isAllCaps(n.text);
}

/** Person names in `text`, one entry per person, in order of first mention. */
export function findPeople(text: string, tokens: Token[] = tokenize(text)): Person[] {
  return groupMentions(text, completeMentions(text, tokens, findPersonMentions(text, tokens)));
}
