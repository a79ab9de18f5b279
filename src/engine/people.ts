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
import { isPlaceName } from "./lexicon/place-sets";
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS, PARTICLES, ROLE_NOUNS, SUFFIXES, TITLES } from "./lexicon/words";
import type { Mention } from "./people/mention";
import { IMPERATIVES, dropTrailingDemonym, dropTrailingPost, hyphenAdjective, onlyAJob, sentenceAdverb } from "./people/name-edges";
import { CONTRACTION, COUNTRY, GIVEN, NAMEISH, NAME_SHAPE, NON_NAME, ORG_WORD, PLACE, PLACE_INITIALS, isDemonym, isInitial, lower, lowerCacheFor } from "./people/name-words";
import { type TaggedSpan, tagEntities } from "./people/tagger";
import { REGNAL, ROYAL, SUFFIX_KEYS, TITLE_LEADS, isHonorific, isSuffixWord, isTitle, isTitleWord, leadingTitle } from "./people/titles";
import { type Token, indexIn, isAllCaps, isCapitalised, lastStartingAtOrBefore, tokenStartingAt, tokenize } from "./people/tokens";
import { findRoles } from "./roles";
import type { Person, Span } from "./types";
export type { Mention } from "./people/mention";

/** Words that make the run before them act like a person. */
const PERSON_VERBS = /^(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|warned|warns|argued|argues|explained|explains|insisted|insists|noted|notes|claimed|claims|stated|states|declared|declares|announced|announces|replied|replies|responded|responds|tweeted|tweets|recalled|recalls|acknowledged|acknowledges|admitted|admits|confirmed|confirms|denied|denies|described|describes|believes|believed|thinks|thought|wants|wanted|hopes|hoped|urged|urges|vowed|vows|promised|promises|has|had|was|is|who|himself|herself)$/i;
const PERSON_AFTER_POSS = /^(?:campaign|presidency|administration|wife|husband|son|daughter|family|father|mother|brother|sister|lawyer|lawyers|attorney|spokesman|spokeswoman|aides?|allies|supporters|office|death|life|career|tenure|election|victory|defeat|resignation|remarks|comments|statement|speech|book|memoir|government|team|ticket)$/i;

interface Candidate {
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

/** Runs of capitalised words that could be a name, with titles peeled off the front. */
function candidates(tokens: Token[], text: string, standalone: ReadonlySet<string>): Candidate[] {
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
      let s = 0;
      let titled = false;
      // peel titles, honorifics and role words ("Russian President", "FBI Director")
      while (s < g.length - 1) {
        const w = g[s]!.text;
        const lw = w.toLowerCase();
        // ("Australian Sisters Moira Lynch, 73, and…": a plural title before the first of a list)
        if (isTitleWord(w) || leadingTitle(w, g, s + 1) || (lw.endsWith("s") && isCapitalised(w) && TITLES.has(lw.slice(0, -1)) && !GIVEN.has(lw))) {
          titled = true;
          s++;
        } else if (g[s]!.sentenceStart && ROLE_NOUNS.has(lw) && !GIVEN.has(lw)) {
          // "Broker Khurshid Alam said": a role noun capitalised only because it starts the sentence
          titled = true;
          s++;
        } else if (hyphenAdjective(w)) {
          // "Brazilian-born Luis Oliveira": a hyphenated adjective is no part of a name
          s++;
        } else if (FUNCTION_WORDS.has(lw) || MONTHS_DAYS.has(lower(w)) || (g[s]!.sentenceStart && (sentenceAdverb(lw) || IMPERATIVES.has(lw))) || (NON_NAME.has(lw) && !GIVEN.has(lw)) || (g[s]!.sentenceStart && !GIVEN.has(lw) && !NAMEISH.has(lw) && isTitleWord(g[s + 1]!.text))) s++;
        else break;
      }
      // a title right before the run on the same line ("Sen." is a word token too)
      const before = tokens[indexIn(tokens, g[s]!) - 1];
      if (!titled && before && before.kind === "word" && isTitleWord(before.text)) titled = true;
      // lowercase titles before ("former president Trump") count too
      if (!titled && before && before.kind === "word" && (TITLES.has(before.text.toLowerCase()) || ROLE_NOUNS.has(before.text))) titled = true;
      // a particle does not end a name
      const e = s < g.length && PARTICLES.has(g[g.length - 1]!.text.toLowerCase()) ? g.length - 1 : g.length;
      const words = dropTrailingPost(g.slice(s, e));
      if (words.length && words.length <= 5) out.push({ words, titled, first: indexIn(tokens, words[0]!), next: j });
    }
    i = j;
  }
  return out;
}

/**
 * Words that make a run not a person. Words that are usually not names in news ("Major", "Bill")
 * veto only a run with no stronger evidence: "Prime Minister John Major" is a person.
 */
function vetoed(words: Token[], strong: boolean): boolean {
  return words.some((t) => {
    const w = lower(t.text);
    if (NON_PERSON_HEADS.has(w) || MONTHS_DAYS.has(w) || FUNCTION_WORDS.has(w)) return true;
    return !strong && NON_NAME.has(w) && !GIVEN.has(w) && !NAMEISH.has(w);
  });
}

/** "Anja Ruecker (Germany)": a name followed by a bracketed country, as in results lists. */
function countryAfter(tokens: Token[], c: Candidate): boolean {
  const open = tokens[c.next];
  const country = tokens[c.next + 1];
  const close = tokens[c.next + 2];
  return open?.text === "(" && close?.text === ")" && !!country && (COUNTRY.has(country.text) || country.text === "U.S.");
}

/** US state and territory codes: "Clifton, NJ" in a list of towns is a place. */
// (MD, MS, MA and PA are left out: after a name they are degrees, "Maha Farhat, MD")
const US_STATES = new Set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MI MN MO MT NE NV NH NJ NM
  NY NC ND OH OK OR RI SC SD TN TX UT VT VA WA WV WI WY DC PR`.split(/\s+/));
/**
 * A tagger "person" that the words themselves show to be something else: a run ending on an
 * organisation's or a place's head ("Jack Shainman Gallery", "Brooklyn Bridge Park", "Zander
 * Insurance"; a given name and one such surname stay: "Shirley Temple", "Margaret Court"), a
 * contraction ("I’m"), or a town before a state code ("Clifton, NJ").
 */
// (the name's words are ws[from..to): the tagger's spans are read in place, not copied)
function placeOrOrgShaped(tokens: readonly Token[], ws: readonly Token[], from: number, to: number, last: number): boolean {
  for (let k = from; k < to; k++) if (ws[k]!.text.includes("’") || ws[k]!.text.includes("'")) if (CONTRACTION.test(ws[k]!.text)) return true;
  const comma = tokens[last + 1];
  const code = tokens[last + 2];
  if (comma?.text === "," && code && US_STATES.has(code.text) && !code.afterBreak && !GIVEN.has(lower(ws[from]!.text))) {
    const after = tokens[last + 3];
    if (!after || after.afterBreak || after.kind === "punct") return true;
  }
  if (to - from < 2) return false;
  const l = lower(ws[to - 1]!.text);
  if (!(NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l)) || NAMEISH.has(l) || GIVEN.has(l)) return false;
  return !(to - from === 2 && GIVEN.has(lower(ws[from]!.text)));
}

/** Does the context around a candidate show a person (speaking, "and his", "X's campaign")? */
function actsLikePerson(tokens: Token[], c: Candidate): boolean {
  const after = tokens[c.next];
  const after2 = tokens[c.next + 1];
  if (!after) return false;
  if (after.kind === "word" && PERSON_VERBS.test(after.text) && !/^(?:has|had|was|is)$/i.test(after.text)) return true;
  if (after.kind === "poss" && after2 && PERSON_AFTER_POSS.test(after2.text)) return true;
  if (after.kind === "word" && /^and$/i.test(after.text) && after2 && /^(?:his|her)$/i.test(after2.text)) return true;
  if (after.kind === "punct" && after.text === "," && after2 && /^(?:who|whose|a|an|the)$/i.test(after2.text)) {
    const role = tokens[c.next + 2];
    return !!role && /^(?:who|whose)$/i.test(after2.text) ? true : !!role && /^(?:former|member|president|director|spokesman|spokeswoman|senator|leader|lawyer|chief|head|candidate|founder|minister|secretary|professor|governor|mayor)$/i.test(role.text);
  }
  const before = tokens[c.first - 1];
  if (before && before.kind === "word" && /^(?:said|told|according|by)$/i.test(before.text)) return before.text.toLowerCase() !== "by";
  return false;
}

/**
 * Person-only nouns of an appositive ("Kwame Mensah, a spokesperson, said"): nouns an
 * organisation or a place is never called ("member", "leader", "owner", "partner" are left out:
 * "Sweden, a member of the EU").
 */
const APPOSITIVE_PERSON = new Set(`spokesperson spokesman spokeswoman lawyer attorney barrister solicitor
  teacher student professor lecturer doctor nurse surgeon physician resident mother father son daughter
  wife husband widow widower grandmother grandfather mom dad veteran actor actress singer songwriter
  author writer novelist poet journalist reporter columnist editor researcher scientist economist
  analyst historian farmer chef pastor priest activist consultant adviser advisor aide
  photographer artist musician comedian founder co-founder cofounder chairman chairwoman
  ceo striker midfielder goalkeeper senator governor mayor minister secretary officer engineer
  man woman boy girl mother-of-two father-of-two retiree pensioner midwife paramedic firefighter
  soldier politician lawmaker congressman congresswoman nominee judge prosecutor detective`.split(/\s+/));
/** What may follow the noun that ends an appositive ("a lawyer for the family", "a teacher,"). */
const APPOSITIVE_END = /^(?:[,.;:)]|of|for|at|with|in|from|on|to|and|who|whose|based|since)$/i;
/** The same appositive as text right after a name: ", a former army secretary of", ", 45, a teacher,". */
const APPOSITIVE_AFTER = new RegExp(`^,(?: \\d{1,2},)? (?:a|an|the) (?:[\\p{Ll}\\d][\\p{L}\\d'-]* ){0,3}(?:${[...APPOSITIVE_PERSON].join("|")})(?:[,.;:)]| (?:of|for|at|with|in|from|on|to|and|who|whose|based|since)\\b)`, "u");
/** The appositive nouns that, before a name, also name a group or a thing. */
const APPOSITIVE_NOT_BEFORE = new Set(["man", "woman", "boy", "girl", "resident", "veteran", "artist", "founder", "co-founder", "cofounder", "engineer"]);
/** Lower-case nouns of a person only, as they stand before a name ("midfielder Perino"). */
const PERSON_BEFORE = new Set([...[...APPOSITIVE_PERSON].filter((w) => !APPOSITIVE_NOT_BEFORE.has(w)), "defender", "forward", "winger", "batsman", "bowler", "pitcher", "quarterback", "compatriot", "teammate", "boxer", "jockey", "trainer", "dissident", "pharaoh"]);
/**
 * A span of one to three name-shaped words, read as a firm or a place, right after a person's
 * title ("Patriarch" is none, "Sheikh Leenders", "Prince Comey") or a lower-case noun only a
 * person is ("midfielder Perino", "economist Bigbee"): English puts a title or such a noun before
 * a person's name, never before a firm's or a place's. Not a place or firm the gazetteer knows,
 * a head word, or a run that goes on in capitals.
 */
function afterPersonWord(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.last - s.first > 2) return false;
  const prev = tokens[s.first - 1];
  if (!prev || prev.kind !== "word" || prev.end + 1 !== tokens[s.first]!.start) return false;
  const lp = lower(prev.text);
  // ("First Bloom (UK)", "Grand Rounds": a word that leads a title is no title before a name)
  if (isCapitalised(prev.text) ? !isTitleWord(prev.text) || lp === "st" || lp === "saint" || lp === "general" || (TITLE_LEADS.has(lp) && lp !== "lord" && lp !== "lady") : !PERSON_BEFORE.has(prev.text)) return false;
  // (a title inside a capitalised run or after "the" names an office or a thing: "Supreme Allied
  // Commander Europe", "Cardiology Grand Rounds", "the King Arthur way")
  const pp = tokens[s.first - 2];
  if (isCapitalised(prev.text) && pp && pp.kind === "word" && pp.end + 1 === prev.start && (isCapitalised(pp.text) || /^the$/i.test(pp.text))) return false;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !(NAME_SHAPE.test(t.text) || isInitial(t.text))) return false;
    const l = lower(t.text);
    if (PLACE.has(l) || ORG_WORD.has(l) || NON_NAME.has(l) || NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || isDemonym(t.text) || MONTHS_DAYS.has(l) || isTitle(l) || FUNCTION_WORDS.has(l)) return false;
  }
  const next = tokens[s.last + 1];
  return !(next && next.kind === "word" && isCapitalised(next.text) && next.start === tokens[s.last]!.end + 1);
}

/** What follows "X's" only of a person ("Zoltan Kovacs's wife"), never of an organisation. */
const KIN_AFTER_POSS = /^(?:wife|husband|widow|widower|son|sons|daughter|daughters|father|mother|parents|brother|sister|girlfriend|boyfriend|fiancee?|grandmother|grandfather|funeral|birthday|memoir|autobiography)$/i;
const SAID = /^(?:said|says|told|added|wrote|recalled|explained|admitted|insisted)$/i;

/**
 * Context only a person has, right after a capitalised run: an age (", 45,"), "who", an
 * appositive with a person noun (", a retired teacher,"), a kinship possessive ("'s wife") or a
 * speech verb with a personal pronoun ("said she"). The tagger reads an unseen two-word name
 * at the start of a sentence as an organisation ("Priya Nair said…"); these cues settle it.
 */
function personCue(tokens: Token[], c: Candidate): boolean {
  // "a Catering Concierge, who…": a name takes no article
  const before = tokens[c.first - 1];
  if (before && /^(?:a|an|the)$/i.test(before.text)) return false;
  const a = tokens[c.next];
  const b = tokens[c.next + 1];
  if (!a) return false;
  // "“It is over,” Cormac Whelan said.": a quote's speaker
  const q = tokens[c.first - 1];
  const qc = tokens[c.first - 2];
  if (q && qc && qc.text === "," && /^["”’]$/.test(q.text) && a.kind === "word" && SAID.test(a.text)) return true;
  if (!b || b.afterBreak) return false;
  if (a.kind === "poss") return KIN_AFTER_POSS.test(b.text);
  if (a.kind === "word") return SAID.test(a.text) && /^(?:he|she|his|her)$/i.test(b.text);
  if (a.text !== ",") return false;
  const lb = b.text.toLowerCase();
  const d = tokens[c.next + 2];
  if (/^\d{1,2}$/.test(b.text)) return !!d && d.text === ",";
  // ("the rockers of Spinal Tap, who reunite": after "of" a "who" may be a band or a team)
  if (lb === "who") return !(before && before.text.toLowerCase() === "of");
  if (lb !== "a" && lb !== "an" && lb !== "the") return false;
  // up to three lowercase (or "45-year-old") modifiers, then the noun
  for (let k = c.next + 2; k < c.next + 6; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.afterBreak) return false;
    const l = t.text.toLowerCase();
    // the noun must end the phrase: "an executive search firm" is none
    const after = tokens[k + 1];
    if (APPOSITIVE_PERSON.has(l) && (!after || after.kind === "poss" ? false : APPOSITIVE_END.test(after.text))) return true;
    if (!/^[\p{Ll}\d]/u.test(t.text)) return false;
  }
  return false;
}

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

/**
 * The tagger's spans, with the lone words the text shows to be a person's retyped or added as
 * people (a new array when any changes: the tagger's is shared with findEntities). The tagger
 * knows surnames only from its training news, so a name it never saw, used alone, often reads as
 * a firm or a place ("Lyovochkin" in every mention); a word the text gives an age, a family or a
 * wife is a person's wherever it stands alone.
 */
function namedLikePeople(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let res: TaggedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type !== "PER" && afterPersonWord(tokens, s)) (res ??= spans.slice())[i] = { ...s, type: "PER" };
    else if (s.type !== "PER" && s.last - s.first >= 3) {
      // "economist Lynn Reaser of Barnett Banks Inc.": the tagger read the person and her firm
      // as one organisation; a given name after a person's noun, up to "of", is the person
      let j = s.first + 2;
      while (j <= s.first + 3 && j < s.last && tokens[j]!.text !== "of") j++;
      const head = { type: "PER" as const, start: s.start, end: tokens[j - 1]!.end, first: s.first, last: j - 1 };
      if (tokens[j]!.text !== "of" || !GIVEN.has(lower(tokens[s.first]!.text)) || !afterPersonWord(tokens, head)) continue;
      res ??= spans.slice();
      res[i] = head;
      res.splice(i + 1, 0, { ...s, start: tokens[j + 1]!.start, first: j + 1 });
      i++;
    }
  }
  const cued = cuedSingles(text, tokens);
  if (!cued.size) return res ?? spans;
  res ??= spans.slice();
  for (let i = 0; i < res.length; i++) {
    const s = res[i]!;
    if (s.type === "PER" || s.first !== s.last || !cued.has(tokens[s.first]!.text)) continue;
    // ("Naina Yeltsin" read as a firm and a person: the cued given name joins the name after it)
    const n = res[i + 1];
    if (n && n.type === "PER" && n.first === s.last + 1 && tokens[n.first]!.start === s.end + 1) {
      res[i] = { ...n, start: s.start, first: s.first };
      res.splice(i + 1, 1);
    } else if (loneWordAt(tokens, s.first)) res[i] = { ...s, type: "PER" };
  }
  const inSpan = new Uint8Array(tokens.length);
  for (const s of res) inSpan.fill(1, s.first, s.last + 1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (inSpan[k] || t.kind !== "word" || !cued.has(t.text) || !loneWordAt(tokens, k)) continue;
    res.push({ type: "PER", start: t.start, end: t.end, first: k, last: k });
  }
  res.sort((a, b) => a.start - b.start);
  return res;
}

/** What follows "X's" only of a person: kin, and what befalls a person ("arrest", "funeral"). */
const PERSON_POSS = /^(?:wife|husband|widow|son|sons|daughter|daughters|father|mother|parents|brother|sister|family|children|funeral|girlfriend|boyfriend|arrest|detention|death)$/i;
/** What may follow "X's family" when the noun ends its phrase: a verb of its clause. */
const AFTER_KIN = /^(?:said|says|told|was|were|has|have|had|is|are|who|could|would|will|did|does|do)$/;
/** Kin before a name: "his wife Naina", "her son Andrew". */
const KIN_BEFORE = /^(?:wife|husband|son|daughter|father|mother|brother|sister)$/i;
/**
 * Capitalised words standing alone (no capitalised word beside them) that one mention shows to be
 * a person's: an age in commas after it ("Lyovochkin, 45,"), a possessive of kin or of what
 * befalls a person after it ("Lyovochkin's family", "Brainard's colleagues" is none), "his wife"
 * or "her son" before it. No firm, place or team takes an age, a family or a wife.
 */
function cuedSingles(text: string, tokens: readonly Token[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !isCapitalised(t.text)) continue;
    // (the cue next: a look at the tokens beside, and most words have none)
    const a = tokens[k + 1];
    const b = tokens[k + 2];
    const c = tokens[k + 3];
    let cue = false;
    // (the noun must end its phrase: "Nova's family plans" are a thing's)
    if (a?.kind === "poss") cue = !!b && !b.afterBreak && PERSON_POSS.test(b.text) && (!c || c.kind !== "word" || FUNCTION_WORDS.has(c.text) || AFTER_KIN.test(c.text));
    else if (a?.text === ",") cue = (!!b && /^\d{1,2}$/.test(b.text) && c?.text === "," && !b.afterBreak && !/^\d/.test(tokens[k + 4]?.text ?? "")) || (!!b && !b.afterBreak && APPOSITIVE_AFTER.test(text.slice(t.end, t.end + 90)));
    if (!cue) {
      const p = tokens[k - 1];
      const pp = tokens[k - 2];
      cue = !!p && !!pp && !t.afterBreak && KIN_BEFORE.test(p.text) && /^(?:his|her)$/i.test(pp.text);
    }
    if (!cue || isAllCaps(t.text) || !loneWordAt(tokens, k) || !NAME_SHAPE.test(t.text)) continue;
    const l = lower(t.text);
    if (FUNCTION_WORDS.has(l) || NON_NAME.has(l) || isTitle(l) || isHonorific(t.text) || MONTHS_DAYS.has(l) || isDemonym(t.text) || PLACE.has(l) || NON_PERSON_HEADS.has(l)) continue;
    out.add(t.text);
  }
  return out;
}

/** A word in capitals ending on a possessive ("SILVA'S", "MILAN’S"). */
const CAPS_POSS_RE = /^\p{Lu}[\p{Lu}.'’-]*['’]S$/u;
/** (its final "S" first: the test is asked of every capitalised word) */
const CAPS_POSS = { test: (w: string) => w.charCodeAt(w.length - 1) === 83 && CAPS_POSS_RE.test(w) };
/**
 * A possessive in capitals taken off a name: the tokenizer parts a lower-case "'s" from its word,
 * never a headline's "'S", so "SILVA'S `LOST PASSPORT'" read as the name "SILVA'S", and "MILAN'S
 * LENTINI MOVES" as one name of two words. The possessive ends the word's phrase as in lower
 * case: on the last word it is dropped ("SILVA"), before other words its owner is another (a
 * club's, a country's player: "LENTINI").
 */
function capsPossessive(ws: Token[]): Token[] {
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

/**
 * Starts of the one-word items of person lists in the last text listedPeople read, for
 * dropWeakSingles: findPersonMentions and groupMentions are separate calls, so this is kept for
 * the last text like the tagger's memo (tagEntities), and asked only for that same text.
 */
let listMemo: { text: string; starts: ReadonlySet<number> } = { text: "", starts: new Set() };
export const SENTENCE_END = /^[.!?:;]$/;
/**
 * The one-word items of a list of people: a team sheet ("Elkins, Childers, Arad, Krystek,
 * Mendes, …"), a squad written over lines ("…, Michael Lohan, Yanukovych / Furman, Jason Cornel,
 * …"), a results row's pairs ("Michael Gao (U.S.), Katz"). A list holds things of one kind: when
 * two of its items or more (and a quarter at least) are people and none is a place, a firm, a
 * nationality, a month or a word the name lists say is no name, its one-word items are people
 * too, where the tagger read an unseen surname as a place by its shape. Items are runs of
 * capitalised words, each with a bracket after it at most ("(captain)", "(Canada)"), parted by
 * commas, "and", or a line break where the line ends on no punctuation. Returns the spans with
 * those items retyped or added as people (a new array when any changes).
 */
function listedPeople(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const starts = new Set<number>();
  listMemo = { text, starts };
  // (built at the first list: most texts have none, and a long page has many tokens)
  let spanAt: Int32Array | null = null;
  const personWords = new Set<string>();
  let res: TaggedSpan[] | null = null;
  const capWord = (t: Token | undefined) => !!t && t.kind === "word" && isCapitalised(t.text);
  // the items' first and last token indexes, in pairs (one array for every list)
  const items: number[] = [];
  let k = 0;
  while (k < tokens.length) {
    // (a list needs a comma after its first item: most capitalised words have none, and a cheap
    // look at the token after the run settles them)
    const t0 = tokens[k]!;
    if (t0.kind !== "word" || !isCapitalised(t0.text)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < tokens.length && tokens[e]!.kind === "word" && !tokens[e]!.afterBreak) e++;
    const after = tokens[e];
    if (!after || (after.text !== "," && after.text !== "(" && after.text !== "and" && after.text !== "&")) {
      k = e;
      continue;
    }
    items.length = 0;
    // (a line break parts two items only after a comma did: a column of one-word lines, a
    // table's "Pros / Cons", is no list)
    let commas = 0;
    let lastComma = false;
    for (;;) {
      const a = k;
      while (capWord(tokens[k + 1]) && !tokens[k + 1]!.afterBreak && tokens[k + 1]!.start === tokens[k]!.end + 1) k++;
      items.push(a, k);
      k++;
      // a bracket after the item, on its line ("(captain)", "(U.S.)")
      if (tokens[k]?.text === "(" && !tokens[k]!.afterBreak) {
        let c = k + 1;
        while (c < tokens.length && c <= k + 8 && tokens[c]!.text !== ")" && !tokens[c]!.afterBreak) c++;
        if (tokens[c]?.text !== ")") break;
        k = c + 1;
      }
      const d = tokens[k];
      if (!d) break;
      // ("…, Croft / Bowling: Wasim Akram …": a word before a colon labels what follows)
      if (d.text === ":") {
        items.length -= 2;
        break;
      }
      if (d.text === "," || d.text === "and" || d.text === "&") {
        lastComma = d.text === ",";
        if (lastComma) commas++;
        k++;
        if (tokens[k]?.text === "and") k++;
        if (!capWord(tokens[k])) break;
      } else if (!(lastComma && d.afterBreak && capWord(d) && !SENTENCE_END.test(tokens[k - 1]!.text))) break;
      else lastComma = false;
    }
    if (items.length < 6 || commas < 2) continue;
    if (!spanAt) {
      spanAt = new Int32Array(tokens.length).fill(-1);
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i]!;
        spanAt.fill(i, s.first, s.last + 1);
        if (s.type === "PER" && vouched(tokens, s)) personWords.add(tokens[s.last]!.text);
      }
    }
    let people = 0;
    let mixed = false;
    for (let i = 0; i < items.length && !mixed; i += 2) {
      const a = items[i]!;
      const b = items[i + 1]!;
      const si = spanAt[a]!;
      const s = si >= 0 ? spans[si]! : undefined;
      if (s && s.type === "PER" && s.first === a && s.last === b && vouched(tokens, s)) people++;
      else if (a === b && personWords.has(tokens[a]!.text)) people++;
      else if (s && s.type !== "PER" && s.last > s.first && s.first >= a && s.last <= b) mixed = true;
      for (let x = a; x <= b && !mixed; x++) {
        const w = tokens[x]!.text;
        const l = lower(w);
        if (PLACE.has(l) || ORG_WORD.has(w) || isDemonym(w) || NON_NAME.has(l) || MONTHS_DAYS.has(l) || FUNCTION_WORDS.has(l) || isTitle(l) || isAllCaps(w)) mixed = true;
      }
    }
    if (mixed || people < 2 || people * 8 < items.length) continue;
    for (let i = 0; i < items.length; i += 2) {
      const a = items[i]!;
      if (a !== items[i + 1] || !NAME_SHAPE.test(tokens[a]!.text)) continue;
      starts.add(tokens[a]!.start);
      const si = spanAt[a]!;
      const s = si >= 0 ? (res ?? spans)[si]! : undefined;
      if (s && s.type === "PER") continue;
      if (s && (s.first !== a || s.last !== a)) continue;
      const t = tokens[a]!;
      res ??= spans.slice();
      if (s) res[si] = { ...s, type: "PER" };
      else res.push({ type: "PER", start: t.start, end: t.end, first: a, last: a });
    }
  }
  if (res && res.length !== spans.length) res.sort((x, y) => x.start - y.start);
  return res ?? spans;
}

/** "(Italy), " right before a run: the column after a person's country in a results row. */
const AFTER_COUNTRY = /\(([\p{Lu}][\p{L}. ]{1,24})\),\s$/u;
/**
 * A run in a results row's column after the person and their country, followed by a number
 * column ("1. Alex Zanardi (Italy), Reynard Honda, 53.980", "Jane Doe (Kenya), Nike, 2:10.45"):
 * the row gives one person, then their team, car or club, then a time. A second person of the
 * row stands with a country of their own ("Name (Italy), Name (France)") and stays.
 */
function rowColumnAfterPerson(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 2) !== 44 || text.charCodeAt(start - 3) !== 41) return false;
  if (!/^,\s\d/.test(text.slice(end, end + 3))) return false;
  const m = AFTER_COUNTRY.exec(text.slice(Math.max(0, start - 30), start));
  // (a country by name, "U.S.", or a code: "USA", "GBR")
  return !!m && (isPlaceName(lower(m[1]!)) || PLACE_INITIALS.has(m[1]!) || /^\p{Lu}{2,3}$/u.test(m[1]!));
}

/**
 * A name cut where its text was decoded with the wrong character set: "’" read as "â€™" (or "â"
 * and two invisible C1 controls), so "Clement’s" is "Clementâ€™s" and "I’m" is "Iâ€™m". The
 * tokenizer keeps the "â" on the word (a letter). That "â" ends the name: it is dropped, the
 * words after it go, and a lone "I" left is the pronoun. Changes `final` in place.
 */
function mojibakeEnds(text: string, final: Token[][]): void {
  for (let i = final.length - 1; i >= 0; i--) {
    const ws = final[i]!;
    for (let j = 0; j < ws.length; j++) {
      const t = ws[j]!;
      if (t.text.charCodeAt(t.text.length - 1) !== 0xe2) continue;
      const c = text.charCodeAt(t.end);
      if (c !== 0x20ac && !(c >= 0x80 && c <= 0x9f)) continue;
      const cut = t.text.slice(0, -1);
      const kept = ws.slice(0, j);
      if (cut && cut !== "I") kept.push({ ...t, text: cut, end: t.end - 1 });
      if (kept.length) final[i] = kept;
      else final.splice(i, 1);
      break;
    }
  }
}

/** A quoted nickname: one to four words, the first capitalised ("Hands of Stone", "Macho", "El Chapo"). */
const NICKNAME = /^ ["“]\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}["”] $/u;
/**
 * A given name, a quoted nickname and a surname are one name: Roberto "Hands of Stone" Duran,
 * Hector "Macho" Camacho, Earvin "Magic" Johnson. The tagger sees the given name and the surname
 * apart (or the surname not at all). The mention spans the three; its words are the given name
 * and the surname, so "Duran" alone joins it. Merges in place in `final` (sorted word lists).
 */
function nicknamed(text: string, tokens: readonly Token[], final: Token[][]): void {
  for (let i = 0; i < final.length; i++) {
    const ws = final[i]!;
    if (ws.length !== 1 || !GIVEN.has(lower(ws[0]!.text))) continue;
    const g = ws[0]!;
    // the surname: the capitalised word after the closing quote
    const q = text.indexOf(text.charCodeAt(g.end + 1) === 0x201c ? "”" : '"', g.end + 3);
    if (q < 0 || q > g.end + 40 || !NICKNAME.test(text.slice(g.end, q + 2))) continue;
    const k = tokenStartingAt(tokens, q + 2);
    const sur = k >= 0 ? tokens[k]! : undefined;
    if (!sur || sur.kind !== "word" || !NAME_SHAPE.test(sur.text) || isTitleWord(sur.text) || FUNCTION_WORDS.has(lower(sur.text))) continue;
    // (a word of the nickname read as a name of its own, "Macho", is the nickname's)
    while (final[i + 1] && final[i + 1]![0]!.start < sur.start && final[i + 1]![final[i + 1]!.length - 1]!.end <= q) final.splice(i + 1, 1);
    const next = final[i + 1];
    if (next && next[0]!.start < sur.start) continue;
    if (next && next[0]!.start === sur.start) {
      if (next.length !== 1) continue;
      final.splice(i + 1, 1);
    }
    final[i] = [g, sur];
  }
}

/** A person's span of two words or more that opens on a given name or an initial ("Gary
 *  Childers", "J. Flett"): the tagger's one-word "people" on a web page are as often brands. */
const vouched = (tokens: readonly Token[], s: TaggedSpan) => s.last > s.first && (GIVEN.has(lower(tokens[s.first]!.text)) || isInitial(tokens[s.first]!.text));

/** Does the word at k stand alone: no capitalised word joined to it by one space either side? */
function loneWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (p && p.kind === "word" && isCapitalised(p.text) && p.end + 1 === t.start) return false;
  if (n && n.kind === "word" && isCapitalised(n.text) && t.end + 1 === n.start) return false;
  return true;
}

/** Person mentions in text (ungrouped), in order. */
export function findPersonMentions(text: string, tokens: Token[] = tokenize(text)): Mention[] {
  lowerCacheFor(text);
  const standalone = new Set<string>();
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.kind === "word" && isCapitalised(t.text) && !t.text.includes("-")) standalone.add(t.text);
  }
  const runs: Token[][] = [];
  const spans = listedPeople(text, tokens, namedLikePeople(text, tokens, tagEntities(text, tokens)));
  // words that start a longer organisation or place name here ("Rossiya TV"), and words of full
  // person names: a lone word of the first kind, never of the second, names that organisation
  const entityHead = new Set<string>();
  const personWord = new Set<string>();
  for (const s of spans) {
    if (s.last === s.first) continue;
    const w = lower(tokens[s.first]!.text);
    // (a "person" ending on an organisation's head is that organisation: "Serpentine Gallery")
    if (s.type === "ORG" || s.type === "LOC" || (s.type === "PER" && placeOrOrgShaped(tokens, tokens, s.first, s.last + 1, s.last))) entityHead.add(w);
    else if (s.type === "PER") for (let k = s.first; k <= s.last; k++) personWord.add(lower(tokens[k]!.text));
  }
  const capsCount = new Map<string, number>();
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.kind === "word" && isCapitalised(t.text)) {
      const l = lower(t.text);
      capsCount.set(l, (capsCount.get(l) ?? 0) + 1);
    }
  }
  // "the Biden-Kamala Harris ticket" where the tagger saw a place and an organisation: a compound
  // of a person named elsewhere and a given name starts a person's name
  const named = new Set(spans.filter((s) => s.type === "PER").flatMap((s) => tokens.slice(s.first, s.last + 1).map((t) => t.text)));
  const compound: TaggedSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.text.includes("-")) continue;
    const h = t.text.split("-");
    if (h.length !== 2 || !named.has(h[0]!) || !GIVEN.has(h[1]!.toLowerCase()) || !isCapitalised(h[1]!)) continue;
    let last = k;
    while (tokens[last + 1] && tokens[last + 1]!.kind === "word" && isCapitalised(tokens[last + 1]!.text) && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === " ") last++;
    // a person span the tagger found inside the compound's run is extended below instead
    if (spans.some((s) => s.type === "PER" && s.first <= last && k <= s.last)) continue;
    if (last > k) compound.push({ type: "PER", start: t.start, end: tokens[last]!.end, first: k, last });
  }
  for (const s of [...spans, ...compound]) {
    if (s.type !== "PER") continue;
    if (s.first === s.last && entityHead.has(lower(tokens[s.first]!.text)) && !personWord.has(lower(tokens[s.first]!.text))) continue;
    let ws = tokens.slice(s.first, s.last + 1).filter((t) => t.kind === "word");
    ws = capsPossessive(ws);
    if (!ws.length) continue;
    // "While Putin", "Mr. Putin": function words and titles are not part of the name
    // (but "A. Dale", "Dean Jones", "Will Carling", "Per Zetterquist" are names: initials and
    // given names stay)
    const peel = (t: Token, next: Token, rest: readonly Token[], from: number): boolean => {
      const l = lower(t.text);
      if (isInitial(t.text)) return false;
      if (isHonorific(t.text)) return true;
      if (leadingTitle(t.text, rest, from)) return true;
      // "I’m Ashley Biancuzzo": a contraction opens the sentence, not the name
      if (CONTRACTION.test(t.text)) return true;
      if (isTitleWord(t.text)) return !GIVEN.has(l) || t.text.endsWith(".");
      if (FUNCTION_WORDS.has(l)) return t.sentenceStart;
      // "Regrettably Jimmy has…": an adverb opening the sentence
      if (t.sentenceStart && (sentenceAdverb(l) || IMPERATIVES.has(l))) return true;
      // "Brazilian-born Luis Oliveira": a hyphenated adjective is no part of a name
      if (hyphenAdjective(t.text)) return true;
      // "Broker Khurshid Alam said": a role noun capitalised only because it starts the sentence
      if (t.sentenceStart && ROLE_NOUNS.has(l) && !GIVEN.has(l)) return true;
      return t.sentenceStart && !GIVEN.has(l) && !NAMEISH.has(l) && isTitleWord(next.text);
    };
    // ("Read More Blogs" -> "More Blogs": what follows a call to action opens its sentence too)
    const opener = ws[0]!.sentenceStart;
    while (ws.length > 1 && peel(ws[0]!, ws[1]!, ws, 1)) ws = ws.slice(1);
    if (ws.length === 1 && opener && IMPERATIVES.has(lower(ws[0]!.text))) continue;
    if (onlyAJob(ws)) continue;
    ws = dropTrailingPost(ws);
    ws = dropTrailingDemonym(ws, tokens, text);
    // a nationality alone names no one ("named Russian intelligence officers"); a surname that is
    // one ("Dawn French" … "French said") comes back as the full name's short form
    if (ws.length === 1 && isDemonym(ws[0]!.text)) continue;
    // a numeral alone ("Prime III", "pages Cover-III") names no one
    if (ws.every((t) => REGNAL.test(t.text))) continue;
    // a lone sentence-initial word that the news almost never uses as a name, or that this text
    // never uses elsewhere and that stands before another capitalised word the tagger left out
    // ("Occupy Wall Street marched"; but "Green, Jerry Kelly" in a list of players is a name)
    const w0 = lower(ws[0]!.text);
    const nextTok = tokens[s.last + 1];
    const beforeCapital = !!nextTok && nextTok.kind === "word" && isCapitalised(nextTok.text) && nextTok.start === tokens[s.last]!.end + 1;
    // ("Photo: ANNA KOWALCZYK", "Update: …": a label before a colon, used nowhere else, is none either)
    const label = nextTok?.text === ":" && (capsCount.get(w0) ?? 0) < 2;
    if (ws.length === 1 && ws[0]!.sentenceStart && (NON_NAME.has(w0) || ((capsCount.get(w0) ?? 0) < 2 && beforeCapital) || label) && !GIVEN.has(w0) && !NAMEISH.has(w0) && !personWord.has(w0)) continue;
    if (placeOrOrgShaped(tokens, ws, 0, ws.length, s.last)) continue;
    if (rowColumnAfterPerson(text, ws[0]!.start, tokens[s.last]!.end)) continue;
    // "King Charles III", "Queen Elizabeth I": the regnal number is part of the name
    const lastW = ws[ws.length - 1]!;
    const numeral = tokens[s.last + 1];
    if (numeral && (numeral.kind === "word" || numeral.text === "I") && numeral.start === lastW.end + 1 && text.charCodeAt(lastW.end) === 32) {
      const prev = tokens[indexIn(tokens, ws[0]!) - 1];
      if (REGNAL.test(numeral.text) || (numeral.text === "I" && !!prev && prev.kind === "word" && ROYAL.has(lower(prev.text)) && isCapitalised(prev.text))) ws = [...ws, numeral];
    }
    // "Rossiya TV", "Jones Medical": a name followed by an organisation's head word is its name
    const after = tokens[s.last + 1];
    if (after && after.kind === "word" && isCapitalised(after.text) && (NON_PERSON_HEADS.has(lower(after.text)) || ORG_HEADS.has(lower(after.text))) && text.slice(tokens[s.last]!.end, after.start) === " ") continue;
    // "the Biden-Kamala Harris ticket": a compound of a name used alone elsewhere and a name
    const prevTok = tokens[s.first - 1];
    if (prevTok && prevTok.kind === "word" && prevTok.end === tokens[s.first]!.start - 1 && text[prevTok.end] === " " && /^\p{Lu}[^-]*-\p{Lu}[^-]*$/u.test(prevTok.text) && standalone.has(prevTok.text.split("-")[0]!) && !isTitleWord(prevTok.text.split("-")[1]!)) ws = [prevTok, ...ws];
    const h = ws[0]!.text.split("-");
    if (h.length === 2 && standalone.has(h[0]!) && isCapitalised(h[1]!)) {
      const t = ws[0]!;
      runs.push([{ ...t, end: t.start + h[0]!.length, text: h[0]! }]);
      ws = [{ ...t, start: t.start + h[0]!.length + 1, text: h[1]!, sentenceStart: false }, ...ws.slice(1)];
    }
    runs.push(ws);
  }
  // headlines: keep only the words that name someone the body names
  const heads = headlineLines(text, tokens);
  // (flags and plain loops: a closure made per analysis, called from the compiled loop, sent it
  // back to the interpreter as a "wrong call target" on the next analysis)
  const onHeadline = new Uint8Array(runs.length);
  const known = new Set<string>();
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    onHeadline[k] = heads.has(text.lastIndexOf("\n", r[0]!.start) + 1) ? 1 : 0;
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
  // The rules know name shapes the news data rarely shows ("Khalid bin Rashed", capitals in a
  // credit): a rule mention that covers tagger mentions replaces them.
  const tagged = kept.map((ws) => ({ start: ws[0]!.start, end: ws[ws.length - 1]!.end, ws }));
  const rules = ruleMentions(text, tokens, standalone);
  // (each test looks only at the spans that can overlap: every rule mention against every tagger
  // mention, and back, was quadratic on a long page)
  const byStart = tagged.slice();
  byStart.sort((a, b) => a.start - b.start);
  const taggedLen = byStart.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  // the first tagger mention that can overlap r (one starting after r.start - taggedLen)
  const firstNear = (r: Span) => lastStartingAtOrBefore(byStart, r.start - taggedLen) + 1;
  /** A tagger mention strictly inside r? */
  const holdsTagged = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) {
      const t = byStart[k]!;
      if (t.start >= r.start && t.end <= r.end && (t.start > r.start || t.end < r.end)) return true;
    }
    return false;
  };
  /** A tagger mention overlapping r that reaches outside it? */
  const crossesTagged = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) {
      const t = byStart[k]!;
      if (t.start < r.end && r.start < t.end && (t.start < r.start || t.end > r.end)) return true;
    }
    return false;
  };
  /** Any tagger mention overlapping r? */
  const overlapsTagged = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) if (byStart[k]!.end > r.start) return true;
    return false;
  };
  const covering = rules.filter((r) => r.words.length >= 2 && ((holdsTagged(r) && !crossesTagged(r)) || (r.cued && !overlapsTagged(r) && !heads.has(text.lastIndexOf("\n", r.start) + 1))));
  // covering is in text order (ruleMentions sorts its mentions by start)
  const coverLen = covering.reduce((m, r) => Math.max(m, r.end - r.start), 0);
  const covered = (t: Span): boolean => {
    for (let k = lastStartingAtOrBefore(covering, t.start); k >= 0 && covering[k]!.start >= t.end - coverLen; k--) if (t.start >= covering[k]!.start && t.end <= covering[k]!.end) return true;
    return false;
  };
  const final = tagged.filter((t) => !covered(t)).map((t) => t.ws);
  for (let c = 0; c < covering.length; c++) {
    const r = covering[c]!;
    // the words inside r, from the first token starting at or after it (a filter of every token
    // per rule mention was quadratic)
    const ws: Token[] = [];
    for (let k = lastStartingAtOrBefore(tokens, r.start - 1) + 1; k < tokens.length && tokens[k]!.start < r.end; k++) {
      const t = tokens[k]!;
      if (t.kind === "word" && t.end <= r.end) ws.push(t);
    }
    final.push(ws);
  }
  final.sort((a, b) => a[0]!.start - b[0]!.start);
  nicknamed(text, tokens, final);
  mojibakeEnds(text, final);
  return final.map((ws) => {
    // (a hyphen-split word starts inside its token: the token before is the one before the compound)
    const at = ws[0]!.start;
    let k = tokenStartingAt(tokens, at);
    if (k < 0) {
      // the one token around `at` (tokens do not overlap), as a findIndex over all of them found it
      const c = lastStartingAtOrBefore(tokens, at - 1);
      k = c >= 0 && tokens[c]!.end > at ? c : -1;
    }
    const before = k > 0 ? tokens[k - 1] : undefined;
    const titled = !!before && before.kind === "word" && (isTitleWord(before.text) || TITLES.has(before.text.toLowerCase()) || ROLE_NOUNS.has(before.text));
    return { start: ws[0]!.start, end: ws[ws.length - 1]!.end, words: ws.map((t) => t.text), titled };
  });
}

/**
 * The rule-based recogniser (before the tagger): runs of capitals and evidence. `standalone`:
 * the capitalised words used on their own somewhere (for splitting "Biden-Kamala"), as
 * findPersonMentions collects them.
 */
function ruleMentions(text: string, tokens: Token[], standalone: ReadonlySet<string>): (Mention & { cued: boolean })[] {

  const cands = candidates(tokens, text, standalone);
  const accepted: Candidate[] = [];
  const surnames = new Set<string>();
  const given = new Set<string>();
  const pending: Candidate[] = [];
  const cued = new Set<Candidate>();
  let lastCreditNext = -1;

  // Pass 1: runs that are people by themselves.
  for (const c of cands) {
    const ws = c.words;
    const lw = ws.map((t) => lower(t.text));
    const caps = ws.every((t) => isAllCaps(t.text) && !isInitial(t.text));
    let credit = false;
    if (caps) {
      // Capitals: a credit ("ANNA KOWALSKI/Reuters", "By JOHN SMITH") is a name; a headline
      // ("MITCHELL DEFEATS BAILEY") only repeats names, so its words wait for pass 2 one by one.
      const after = tokens[c.next];
      const before = tokens[c.first - 1];
      const lineEnd = !after || after.afterBreak || after.text === "/" || after.text === "," || /^(?:and|&)$/i.test(after.text);
      // ("BY JANE DOE AND MARK SMITH": the second name of a credit is one too)
      const andCredit = lastCreditNext >= 0 && c.first === lastCreditNext + 1 && /^(?:and|&)$/i.test(tokens[lastCreditNext]!.text) && lineEnd;
      credit = ws.length >= 2 && (andCredit || after?.text === "/" || (lineEnd && before !== undefined && /^(?:by|photo|photograph|credit|pictured)$/i.test(before.text)) || (after?.text === "(" && countryAfter(tokens, c)));
      if (credit) lastCreditNext = c.next;
      if (!credit) {
        for (const t of ws) {
          const k = indexIn(tokens, t);
          pending.push({ words: [t], titled: false, first: k, next: k + 1 });
        }
        continue;
      }
    }
    const strongEvidence = c.titled || (ws.length >= 2 && (GIVEN.has(lw[0]!) || isInitial(ws[0]!.text)) && !vetoed(ws.slice(0, 1), false));
    if (vetoed(ws, strongEvidence)) {
      // a vetoed run may still contain a titled person at its end ("Senate Leader Mitch McConnell" is handled by title peeling)
      continue;
    }
    const firstGiven = GIVEN.has(lw[0]!) || isInitial(ws[0]!.text);
    // a place ("Spain", "New Zealand") or a team named after one ("Philadelphia Eagles") is not a
    // person, whatever role noun stands before it ("defending champion Spain")
    const honorific = tokens[c.first - 1] !== undefined && isHonorific(tokens[c.first - 1]!.text);
    if (!honorific && (PLACE.has(lw.join(" ")) || (ws.length >= 2 && PLACE.has(lw[0]!) && !GIVEN.has(lw[0]!)))) continue;
    const lastNameish = NAMEISH.has(lw[lw.length - 1]!) || GIVEN.has(lw[lw.length - 1]!);
    const allSentenceInitial = ws[0]!.sentenceStart && ws.length === 1;
    let person = false;
    // a lowercase name particle inside the run ("Khalid bin Rashed", "Ludwig van Osterhout")
    const innerParticle = ws.length >= 3 && ws.slice(1, -1).some((t) => PARTICLES.has(t.text));
    if (c.titled || credit) person = true;
    else if (innerParticle && !caps) person = true;
    else if (ws.length >= 2 && !caps && countryAfter(tokens, c)) person = true;
    else if (ws.length >= 2 && firstGiven) person = true;
    else if (ws.length >= 2 && lastNameish && !caps) person = true;
    else if (ws.length >= 2 && actsLikePerson(tokens, c)) person = true;
    // an unseen name with a person-only cue after it: kept even where the tagger saw an organisation
    // (an adjective's ending marks an organisation's name: "“…,” Judicial Watch said")
    if (ws.length >= 2 && !caps && !credit && personCue(tokens, c) && !lw.some((l) => ORG_HEADS.has(l) || PLACE.has(l) || (l.length >= 6 && /(?:ial|ical|ive|ous)$/.test(l) && !GIVEN.has(l) && !NAMEISH.has(l)))) {
      person = true;
      cued.add(c);
    }
    else if (ws.length === 1 && !allSentenceInitial && actsLikePerson(tokens, c) && !GIVEN.has(lw[0]!)) person = true;
    if (person) {
      accepted.push(c);
      if (ws.length >= 2) {
        surnames.add(lw[lw.length - 1]!);
        given.add(lw[0]!);
      } else surnames.add(lw[0]!);
    } else pending.push(c);
  }
  // Pass 2: lone words that repeat a known person's name; coordination with a known person.
  for (const c of pending) {
    const lw = c.words.map((t) => lower(t.text));
    if (c.words.length === 1 && (surnames.has(lw[0]!) || given.has(lw[0]!))) accepted.push(c);
    else if (c.words.length === 1 && !c.words[0]!.sentenceStart) {
      // "Trump and Putin": coordinated with a person
      const a = tokens[c.next];
      const b = tokens[c.next + 1];
      const p = tokens[c.first - 1];
      const q = tokens[c.first - 2];
      if (a?.text === "and" && b && surnames.has(lower(b.text))) accepted.push(c);
      else if (p?.text === "and" && q && surnames.has(lower(q.text))) accepted.push(c);
    }
  }
  accepted.sort((x, y) => x.words[0]!.start - y.words[0]!.start);
  // Some lone words are accepted late; make every same-word candidate in the text agree.
  const lone = new Set(accepted.filter((c) => c.words.length === 1).map((c) => lower(c.words[0]!.text)));
  const isAccepted = new Set(accepted);
  for (const c of pending) {
    if (c.words.length === 1 && lone.has(lower(c.words[0]!.text)) && !isAccepted.has(c)) accepted.push(c);
  }
  accepted.sort((x, y) => x.words[0]!.start - y.words[0]!.start);
  return accepted.map((c) => ({
    start: c.words[0]!.start,
    end: c.words[c.words.length - 1]!.end,
    words: c.words.map((t) => t.text),
    titled: c.titled,
    cued: cued.has(c),
  }));
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
  const inList = (m: Mention) => text === listMemo.text && listMemo.starts.has(m.start);
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
