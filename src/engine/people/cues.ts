/**
 * Context that shows a person around a run of capitals: a speech verb after it, "and his", a
 * kinship possessive, an age, an appositive with a person-only noun, a title or a person's noun
 * before it. Shared by the rule-based recogniser, the retyping of tagger spans and the grouping.
 */
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS } from "../lexicon/words";
import type { Candidate } from "./candidates";
import { nameShaped, NON_NAME, ORG_WORD, PLACE, isDemonym, isInitial, lower } from "./name-words";
import type { TaggedSpan } from "./tagger";
import { TITLE_LEADS, isTitle, isTitleWord } from "./titles";
import { type Token, isCapitalised } from "./tokens";

/** Words that make the run before them act like a person. */
const PERSON_VERBS = /^(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|warned|warns|argued|argues|explained|explains|insisted|insists|noted|notes|claimed|claims|stated|states|declared|declares|announced|announces|replied|replies|responded|responds|tweeted|tweets|recalled|recalls|acknowledged|acknowledges|admitted|admits|confirmed|confirms|denied|denies|described|describes|believes|believed|thinks|thought|wants|wanted|hopes|hoped|urged|urges|vowed|vows|promised|promises|has|had|was|is|who|himself|herself)$/i;
const PERSON_AFTER_POSS = /^(?:campaign|presidency|administration|wife|husband|son|daughter|family|father|mother|brother|sister|lawyer|lawyers|attorney|spokesman|spokeswoman|aides?|allies|supporters|office|death|life|career|tenure|election|victory|defeat|resignation|remarks|comments|statement|speech|book|memoir|government|team|ticket)$/i;

/** Does the context around a candidate show a person (speaking, "and his", "X's campaign")? */
export function actsLikePerson(tokens: Token[], c: Candidate): boolean {
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
 * "Sweden, a member of the EU"). The sports nouns of the last line count with an article too
 * (", the scorer of the winner,", ", a defender for the club,"); "trainer" does not, as it is
 * also a shoe or a machine ("Also, the smart trainer, and …"), only bare before "of" (BARE_OF).
 */
const APPOSITIVE_PERSON = new Set(`spokesperson spokesman spokeswoman lawyer attorney barrister solicitor
  teacher student professor lecturer doctor nurse surgeon physician resident mother father son daughter
  wife husband widow widower grandmother grandfather mom dad veteran actor actress singer songwriter
  author writer novelist poet journalist reporter columnist editor researcher scientist economist
  analyst historian farmer chef pastor priest activist consultant adviser advisor aide
  photographer artist musician comedian founder co-founder cofounder chairman chairwoman
  ceo striker midfielder goalkeeper senator governor mayor minister secretary officer engineer
  man woman boy girl mother-of-two father-of-two retiree pensioner midwife paramedic firefighter
  soldier politician lawmaker congressman congresswoman nominee judge prosecutor detective captain coach
  jockey scorer goalscorer skipper defender winger batsman quarterback boxer teammate`.split(/\s+/));
/** What may follow the noun that ends an appositive ("a lawyer for the family", "a teacher,"). */
const APPOSITIVE_END = /^(?:[,.;:)]|of|for|at|with|in|from|on|to|and|who|whose|based|since)$/i;
/**
 * Posts that news style puts after a name with no article, before what they are a post of
 * ("Constand Viljoen, leader of the Freedom Front", "Li Wei, head of research at"): a firm or a
 * country is not given a bare post ("Sweden, a member of the EU" has its article).
 */
const BARE_POSTS = `leader|head|chairman|chairwoman|president|director|secretary|spokesman|spokeswoman|spokesperson|minister|founder|co-founder|owner|editor|governor|mayor|commander|coach|manager|captain|executive|ambassador|envoy`;
const BARE_POST = new Set(BARE_POSTS.split("|"));
/**
 * Person-only nouns that news style also puts after a name with no article, but only before "of"
 * ("Charlie Hills, trainer of the horse,", ", scorer of the winner,", "Naina Yeltsin, wife of",
 * "Laurence Tribe, professor of law"): a sportsman's part, a family tie, an academic's or a
 * writer's post. Nouns a firm, a country or a horse is also called bare are left out ("host of
 * the World Cup", "winner of the Derby", "son of Galileo", "creator of", "publisher of",
 * "maintainer of", "star of").
 * Hand-written from the ", noun of" appositives after capitals in CoNLL, PolNeAR and WCXB dev.
 */
const BARE_OF_NOUNS = `trainer|jockey|rider|scorer|goalscorer|skipper|professor|dean|pastor|author|co-author|writer|songwriter|singer|co-anchor|chair|co-director|wife|husband|widow|widower|mother|father|brother|sister|grandson|granddaughter|nephew|niece`;
const BARE_OF = new Set(BARE_OF_NOUNS.split("|"));
/** Words that qualify a bare post ("former leader of", "deputy head of"). */
const BARE_POST_MODIFIERS = `former|deputy|acting|interim|outgoing|vice|senior|chief|executive|general|managing`;
const BARE_POST_MODIFIER = new Set(BARE_POST_MODIFIERS.split("|"));
/** The same appositive as text right after a name: ", a former army secretary of", ", 45, a teacher,", ", leader of". */
export const APPOSITIVE_AFTER = { test: appositiveAfter };
/**
 * The regex (`appositiveRegex`: kept for lists that stop being plain, and for the tests) read word
 * by word: its first test compiled for 25-30 ms of CPU (the three optional words before the noun
 * list, in /u), the largest one-off cost of a worker's first page. Every noun, post and modifier
 * is lower-case ASCII letters (and hyphens), and what follows each (a space, a mark, a word
 * boundary) is none of them, so each must be the whole run of such letters where it stands: a
 * Set lookup finds the same ones.
 */
function appositiveAfter(s: string): boolean {
  if (!LISTS_PLAIN) return (appositiveRe ??= appositiveRegex()).test(s);
  if (s.charCodeAt(0) !== 44) return false;
  if (s.charCodeAt(1) !== 32) return false;
  if (appositiveFrom(s, 2)) return true;
  // ", 45, ": an age first
  const digits = isDigit(s.charCodeAt(2)) ? (isDigit(s.charCodeAt(3)) ? 2 : 1) : 0;
  return digits > 0 && s.charCodeAt(2 + digits) === 44 && s.charCodeAt(3 + digits) === 32 && appositiveFrom(s, 4 + digits);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
export function appositiveRegex(): RegExp {
  return new RegExp(`^,(?: \\d{1,2},)? (?:(?:a|an|the) (?:[\\p{Ll}\\d][\\p{L}\\d'-]* ){0,3}(?:${[...APPOSITIVE_PERSON].join("|")})(?:[,.;:)]| (?:of|for|at|with|in|from|on|to|and|who|whose|based|since)\\b)|(?:(?:${BARE_POST_MODIFIERS}) ){0,2}(?:(?:${BARE_POSTS}) (?:of|for|at)|(?:${BARE_OF_NOUNS}) of)\\b)`, "u");
}
let appositiveRe: RegExp | undefined;
const LISTS_PLAIN = [...APPOSITIVE_PERSON, ...BARE_POST, ...BARE_OF].every((w) => /^[a-z-]+$/.test(w)) && [...BARE_POST_MODIFIER].every((w) => /^[a-z]+$/.test(w));
const APPOSITIVE_LINK = new Set(["of", "for", "at", "with", "in", "from", "on", "to", "and", "who", "whose", "based", "since"]);
const POST_LINK = new Set(["of", "for", "at"]);
/** A bare post and the word after it: a post before "of", "for" or "at", or a person's noun before "of". */
function bareLinked(word: string, link: string): boolean {
  return (BARE_POST.has(word) && POST_LINK.has(link)) || (BARE_OF.has(word) && link === "of");
}
/** One word the article's noun may follow: `[\p{Ll}\d][\p{L}\d'-]* ` at lastIndex. */
const LEAD_WORD = /[\p{Ll}\d][\p{L}\d'-]* /uy;
/** End of the run of a-z (and hyphens, with `hyphen`) from i. */
function runEnd(s: string, i: number, hyphen: boolean): number {
  for (let c = s.charCodeAt(i); (c >= 97 && c <= 122) || (hyphen && c === 45); c = s.charCodeAt(++i));
  return i;
}
/** End of the run of \w (ASCII) from i: `(?:of|for|…)\b` holds where that run is one of them. */
function wordEnd(s: string, i: number): number {
  for (let c = s.charCodeAt(i); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = s.charCodeAt(++i));
  return i;
}
/** The appositive after ", " (or ", 45, ") at p: "a/an/the …noun" or "…post of". */
function appositiveFrom(s: string, p: number): boolean {
  // (?:a|an|the) (?:word ){0,3}(?:noun)(?:[,.;:)]| (?:of|…|since)\b)
  const art = s.startsWith("a ", p) ? 2 : s.startsWith("an ", p) ? 3 : s.startsWith("the ", p) ? 4 : 0;
  if (art) {
    let q = p + art;
    for (let k = 0; ; k++) {
      const e = runEnd(s, q, true);
      if (e > q && APPOSITIVE_PERSON.has(s.slice(q, e))) {
        const c = s.charCodeAt(e);
        if (c === 44 || c === 46 || c === 59 || c === 58 || c === 41) return true;
        if (c === 32 && APPOSITIVE_LINK.has(s.slice(e + 1, wordEnd(s, e + 1)))) return true;
      }
      if (k === 3) break;
      LEAD_WORD.lastIndex = q;
      if (!LEAD_WORD.test(s)) break;
      q = LEAD_WORD.lastIndex;
    }
  }
  // (?:(?:modifier) ){0,2}(?:(?:post) (?:of|for|at)|(?:noun) of)\b
  let q = p;
  for (let k = 0; ; k++) {
    const e = runEnd(s, q, true);
    if (e > q && s.charCodeAt(e) === 32) {
      const w = s.slice(q, e);
      const link = s.slice(e + 1, wordEnd(s, e + 1));
      if (bareLinked(w, link)) return true;
    }
    if (k === 2) return false;
    const m = runEnd(s, q, false);
    if (m === q || s.charCodeAt(m) !== 32 || !BARE_POST_MODIFIER.has(s.slice(q, m))) return false;
    q = m + 1;
  }
}
/** The appositive nouns that, before a name, also name a group or a thing. */
const APPOSITIVE_NOT_BEFORE = new Set(["man", "woman", "boy", "girl", "resident", "veteran", "artist", "founder", "co-founder", "cofounder", "engineer"]);
/** Lower-case nouns of a person only, as they stand before a name ("midfielder Perino"). */
const PERSON_BEFORE = new Set([...[...APPOSITIVE_PERSON].filter((w) => !APPOSITIVE_NOT_BEFORE.has(w)), "defender", "forward", "winger", "batsman", "bowler", "pitcher", "quarterback", "compatriot", "teammate", "boxer", "jockey", "trainer", "dissident", "pharaoh", "critic", "commentator", "pundit", "blogger"]);
/**
 * A span of one to three name-shaped words, read as a firm or a place, right after a person's
 * title ("Patriarch" is none, "Sheikh Leenders", "Prince Comey") or a lower-case noun only a
 * person is ("midfielder Perino", "economist Bigbee"): English puts a title or such a noun before
 * a person's name, never before a firm's or a place's. Not a place or firm the gazetteer knows,
 * a head word, or a run that goes on in capitals.
 */
export function afterPersonWord(tokens: readonly Token[], s: TaggedSpan): boolean {
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
    if (t.kind !== "word" || !(nameShaped(t.text) || isInitial(t.text))) return false;
    const l = lower(t.text);
    // (a word never a person's in the training news may open a name whose surname is none of
    // those: "critic Brent Bozell", where "Brent" was the crude oil's; alone or last it is the word's)
    if ((NON_NAME.has(l) && (k === s.last || NON_NAME.has(lower(tokens[s.last]!.text)))) || PLACE.has(l) || ORG_WORD.has(l) || NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || isDemonym(t.text) || MONTHS_DAYS.has(l) || isTitle(l) || FUNCTION_WORDS.has(l)) return false;
  }
  const next = tokens[s.last + 1];
  return !(next && next.kind === "word" && isCapitalised(next.text) && next.start === tokens[s.last]!.end + 1);
}

/** A bare post from token k: up to two modifiers, a post, then "of", "for" or "at" (", leader of the Freedom Front"), or a person's noun and "of" (", trainer of the colt"). */
function barePost(tokens: readonly Token[], k: number): boolean {
  let n = 0;
  while (n < 2 && tokens[k]?.kind === "word" && BARE_POST_MODIFIER.has(tokens[k]!.text)) {
    k++;
    n++;
  }
  const t = tokens[k];
  const of = tokens[k + 1];
  return !!t && !!of && t.kind === "word" && !of.afterBreak && bareLinked(t.text, of.text);
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
export function personCue(tokens: Token[], c: Candidate): boolean {
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
  if (lb !== "a" && lb !== "an" && lb !== "the") return barePost(tokens, c.next + 1);
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

/**
 * A signature line: a dash opening the line, then the run, then the line's end or a comma and a
 * few words of what the signer is or wrote ("—Ross Gay, Thank You" under a poem, "— Anna Tsing,
 * The Mushroom at the End of the World" under a quotation, "-Kalyn Keen" under a letter). Only
 * under prose or a quotation (the line above ends a sentence or a quote) and with no dash line
 * right above or below it: a run of dash lines is a list ("- Pie Junkie ⏎ - The Mule").
 */
export function signatureLine(text: string, c: Candidate): boolean {
  return signedLine(text, c.words[0]!.start, c.words[c.words.length - 1]!.end);
}

/** Whether the name from `start` to `end` signs its line (see signatureLine). */
export function signedLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!SIGNATURE_DASH.test(text.slice(lineStart, start))) return false;
  const nl = text.indexOf("\n", end);
  const lineEnd = nl < 0 ? text.length : nl;
  if (!SIGNATURE_TAIL.test(text.slice(end, lineEnd))) return false;
  const prev = lineStart > 1 ? text.slice(Math.max(0, lineStart - 400), lineStart - 1).trimEnd().split("\n").pop()! : "";
  if (!prev || !/[.!?…"”’)]$/.test(prev) || DASH_LINE.test(prev)) return false;
  const next = /^\s*([^\n]*)/.exec(text.slice(lineEnd, lineEnd + 400))![1]!;
  return !DASH_LINE.test(next);
}
const SIGNATURE_DASH = /^[ \t]*(?:[-–—―]|--)[ \t]*$/;
const SIGNATURE_TAIL = /^[ \t]*(?:,[^\n.!?;:]{1,80}\.?)?[ \t]*$/;
const DASH_LINE = /^[ \t]*(?:[-–—―•*]|--)/;
