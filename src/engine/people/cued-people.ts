/**
 * Tagger spans retyped as people where the text shows a person: a title or a person's noun before
 * the span, a name parted from its firm at "of", a lone word given an age, a family or a wife
 * elsewhere. The tagger knows surnames only from its training news; these cues are the text's own.
 */
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS } from "../lexicon/words";
import { APPOSITIVE_AFTER, afterPersonWord } from "./cues";
import { afterDepartment, holderWord } from "./departments";
import { writtenLower } from "./lower-case";
import { jobBeforeName } from "./name-edges";
import { GIVEN, NAMEISH, nameShaped, NON_NAME, ORG_WORD, PLACE, isDemonym, isInitial, lower } from "./name-words";
import type { TaggedSpan } from "./tagger";
import { isHonorific, isTitle } from "./titles";
import { type Token, isAllCaps, isCapitalised } from "./tokens";

/**
 * The tagger's spans, with the lone words the text shows to be a person's retyped or added as
 * people (a new array when any changes: the tagger's is shared with findEntities). The tagger
 * knows surnames only from its training news, so a name it never saw, used alone, often reads as
 * a firm or a place ("Lyovochkin" in every mention); a word the text gives an age, a family or a
 * wife is a person's wherever it stands alone.
 */
export function namedLikePeople(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let res: TaggedSpan[] | null = null;
  // (a split adds a span: res runs `off` ahead of spans from there on)
  let off = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type === "PER") continue;
    let generational: TaggedSpan | null = null;
    if (afterPersonWord(tokens, s) || courtesyName(tokens, s) || agedName(text, tokens, s) || initialledPerson(tokens, s) || pairedWithPerson(text, tokens, spans, i)) (res ??= spans.slice())[i + off] = { ...s, type: "PER" };
    else if ((generational = generationalName(text, tokens, spans, i))) (res ??= spans.slice())[i + off] = generational;
    else if (s.last - s.first >= 2 && postBeforeName(tokens, s) >= 0) {
      // "Lead Designer Cathleen Holloway" read as one organisation: the post ends before the
      // given name, and the name after it is a person's
      const k = postBeforeName(tokens, s);
      res ??= spans.slice();
      res[i + off] = { ...s, end: tokens[k]!.end, last: k };
      res.splice(i + off + 1, 0, { type: "PER", start: tokens[k + 1]!.start, end: s.end, first: k + 1, last: s.last });
      off++;
    } else if (postOfDepartment(tokens, s) >= 0) {
      // "Minister of Finance Mar'ie Muhammad", "Speaker of the House of Representatives Wahono"
      // read as one organisation: the department ends on its last common word, and the name
      // after it is the post holder's
      const k = postOfDepartment(tokens, s);
      res ??= spans.slice();
      const person: TaggedSpan = { type: "PER", start: tokens[k]!.start, end: s.end, first: k, last: s.last };
      if (k === s.first) res[i + off] = person;
      else {
        res[i + off] = { ...s, end: tokens[k - 1]!.end, last: k - 1 };
        res.splice(i + off + 1, 0, person);
        off++;
      }
    } else if (s.last - s.first >= 3) {
      // "economist Lynn Reaser of Barnett Banks Inc.": the tagger read the person and her firm
      // as one organisation; a given name after a person's noun, up to "of", is the person, and
      // so is a given name, an initial and a surname with no noun before them ("and Mark H.
      // Pollack of Rush University": no firm's name has that shape)
      let j = s.first + 2;
      while (j <= s.first + 3 && j < s.last && tokens[j]!.text !== "of") j++;
      const head = { type: "PER" as const, start: s.start, end: tokens[j - 1]!.end, first: s.first, last: j - 1 };
      if (tokens[j]!.text !== "of" || !GIVEN.has(lower(tokens[s.first]!.text)) || !(afterPersonWord(tokens, head) || initialledName(tokens, head))) continue;
      res ??= spans.slice();
      res[i + off] = head;
      res.splice(i + off + 1, 0, { ...s, start: tokens[j + 1]!.start, first: j + 1 });
      off++;
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

/** Courtesy titles that only ever stand before a person's name (not "Sir" or "Lord": "Sir Francis
 *  Drake Hotel", "Lord Howe Island"; "Dr." only with its period, below). Lowercased, without the period. In
 *  capitals they are other words ("MX Onda", a team; "MS" for a disease or a firm). */
const COURTESY = new Set(["mr", "mrs", "ms", "mx", "messrs", "mme", "mlle"]);
/** "Dr." with its period, not after an article, a possessive or a capitalised word: "Dr Pepper", "the
 *  Dr. Pepper", "Keurig Dr. Pepper" are a drink and its firm. */
const BEFORE_THING = /^(?:a|an|the|this|that|my|his|her|your|our|their|its|one)$/i;
const courtesyAt = (tokens: readonly Token[], k: number) => {
  const t = tokens[k];
  if (!t || t.kind !== "word" || isAllCaps(t.text)) return false;
  if (t.text === "Dr.") {
    const p = tokens[k - 1];
    return !p || !(BEFORE_THING.test(p.text) || (p.kind === "word" && isCapitalised(p.text) && p.end + 1 === t.start));
  }
  return COURTESY.has(lower(t.text).replace(/\.$/, ""));
};
/**
 * A span not typed a person's that is one or two name words after "Mr.", "Mrs." or "Ms.", the
 * title in the span or just before it: a surname that is also a head word or a firm's ("Mr.
 * Band", "Ms. Guard", "Mrs. Bank") made the tagger read a firm, but English puts those titles
 * before no firm's or place's name. Not a run that goes on in capitals ("Mr. Big Tall Wigs").
 */
function courtesyName(tokens: readonly Token[], s: TaggedSpan): boolean {
  let first = s.first;
  if (courtesyAt(tokens, first)) first++;
  else {
    const prev = tokens[first - 1];
    if (!courtesyAt(tokens, first - 1) || prev!.end + 1 !== tokens[first]!.start) return false;
  }
  if (first > s.last || s.last - first > 1) return false;
  for (let k = first; k <= s.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !(nameShaped(t.text) || isInitial(t.text))) return false;
    const l = lower(t.text);
    if (FUNCTION_WORDS.has(l) || MONTHS_DAYS.has(l) || isTitle(l) || isHonorific(t.text)) return false;
  }
  const next = tokens[s.last + 1];
  return !(next && next.kind === "word" && isCapitalised(next.text) && next.start === tokens[s.last]!.end + 1);
}
/** Generational suffixes: a family's, so a person's ("Jr.", "III"); not "I" or "V", which end
 *  products' names as often ("Mark V", "Part I"). */
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Could the word stand in a person's name: name-shaped, no firm's word of the gazetteer, no head
 *  noun, function word, month or title. */
function nameWord(t: Token | undefined): t is Token {
  if (!t || t.kind !== "word" || !nameShaped(t.text)) return false;
  const l = lower(t.text);
  return !(ORG_WORD.has(l) || NON_PERSON_HEADS.has(l) || FUNCTION_WORDS.has(l) || MONTHS_DAYS.has(l) || isTitle(l));
}
/**
 * A span not typed a person's that is one with a generational suffix, as a person's span, or null:
 * name words and "Jr."/"Sr." ("Thomas Ashby Jr."), or name words and a numeral after a given name
 * or after a name word no span holds ("Brent Bozell III", which the tagger read as a firm "Bozell
 * III" and the given-name list lacks "Brent", a crude oil's in the news). A numeral ends a
 * product's or a part's name as often ("Warrior III", "Type II", "Radeon Vega II", "Part III"):
 * there the word before is no name word, or another span's, or none; so it takes two name words
 * and a given name first or a person's appositive after ("Brent Bozell III, founder of").
 */
function generationalName(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[], i: number): TaggedSpan | null {
  const s = spans[i]!;
  const suffix = lower(tokens[s.last]!.text);
  if (s.last === s.first || s.last - s.first > 3 || !GENERATIONS.has(suffix)) return null;
  for (let k = s.first; k < s.last; k++) if (!nameWord(tokens[k])) return null;
  const k = s.first - 1;
  const g = tokens[k];
  if (nameWord(g) && g.end + 1 === s.start && !tokens[s.first]!.afterBreak && !(spans[i - 1] && spans[i - 1]!.last >= k)) return { ...s, type: "PER", start: g.start, first: k };
  const cued = text.charCodeAt(s.end) === 44 && APPOSITIVE_AFTER.test(text.slice(s.end, s.end + 90));
  return suffix === "jr" || suffix === "sr" || (s.last - s.first >= 2 && (GIVEN.has(lower(tokens[s.first]!.text)) || cued)) ? { ...s, type: "PER" } : null;
}

/** An age right after a name: ", 52,", ", a 52-year-old", ", 52 years old". */
const AGE_AFTER = /^, (?:an? )?\d{1,2}(?:,| ?-?years?[ -]old\b)/;
/**
 * A given name and one or two name-shaped words that the text gives an age ("Trevor Holland, a
 * 52 year-old"): the tagger read a surname that is also a place or a firm ("Holland") as the
 * whole span's type, but no firm or place takes an age. Not a run ending on a head word.
 */
function agedName(text: string, tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.last === s.first || s.last - s.first > 2 || !GIVEN.has(lower(tokens[s.first]!.text))) return false;
  if (!AGE_AFTER.test(text.slice(s.end, s.end + 24))) return false;
  for (let k = s.first; k <= s.last; k++) {
    const t = tokens[k]!;
    const l = lower(t.text);
    if (t.kind !== "word" || !nameShaped(t.text) || NON_PERSON_HEADS.has(l) || FUNCTION_WORDS.has(l) || MONTHS_DAYS.has(l)) return false;
  }
  return true;
}

/** A given name, one initial and a name-shaped word ("Mark H. Pollack"). */
function initialledName(tokens: readonly Token[], s: TaggedSpan): boolean {
  return s.last === s.first + 2 && isInitial(tokens[s.first + 1]!.text) && nameShaped(tokens[s.last]!.text);
}

/** A firm's legal form after its name and a comma ("Robert W. Baird, Inc."). */
const LEGAL_FORM = /^(?:Inc|Corp|Co|Ltd|LLC|LLP|PLC|Plc|LP)\.?$/;
/**
 * A span not typed a person's that is a given name, one initial and a name-shaped word, the whole
 * capitalised run ("Douglas J. Band", "Margaret K. Church"): a surname that is also a firm's or a
 * place's word made the tagger read the whole as one, but a given name and a middle initial are
 * how English writes a person. Not a run that goes on in capitals or into a firm's "&" or legal
 * form ("Robert W. Baird & Co."), nor after "the" ("the Robert W. Woodruff").
 */
function initialledPerson(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (!initialledName(tokens, s)) return false;
  const first = tokens[s.first]!.text;
  if (!nameShaped(first) || !GIVEN.has(lower(first))) return false;
  const l = lower(tokens[s.last]!.text);
  if (FUNCTION_WORDS.has(l) || MONTHS_DAYS.has(l) || isTitle(l)) return false;
  const prev = tokens[s.first - 1];
  if (prev && /^the$/i.test(prev.text)) return false;
  const next = tokens[s.last + 1];
  if (!next || next.afterBreak) return true;
  if (next.text === "&" || (next.kind === "word" && isCapitalised(next.text) && next.start === tokens[s.last]!.end + 1)) return false;
  const after = tokens[s.last + 2];
  return !(next.text === "," && after && LEGAL_FORM.test(after.text));
}

/**
 * Two name-shaped words joined by "and" to a person's full name the tagger found
 * ("two opposition leaders, Zenon Poznyak and Sergei Naumchik"): English coordinates things of
 * one kind, and words that are no place, firm, head or common word of the news are a name's.
 */
function pairedWithPerson(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[], i: number): boolean {
  const s = spans[i]!;
  if (s.last !== s.first + 1) return false;
  // (a plural in it is a group's or a thing's noun, "Senators Ted Cruz and …", "Floridians Jeb Bush and …";
  // a word the text writes in lower case is a thing's, "Tiny Bookshop", "Alila Brands")
  for (let k = s.first; k <= s.last; k++) {
    const l = lower(tokens[k]!.text);
    if (l.endsWith("s") && !GIVEN.has(l) && !NAMEISH.has(l)) return false;
  }
  for (let k = s.first; k <= s.last; k++) if (!holderWord(tokens[k]!) || ORG_WORD.has(lower(tokens[k]!.text)) || writtenLower(text, lower(tokens[k]!.text))) return false;
  // (after "of" it is a firm's or a place's: "Wilson Tang of Nom Wah and Sal Lamboglia")
  if (tokens[s.first - 1]?.text === "of") return false;
  // (the person beside it opens on a given name: "The Old Country and Tiny Bookshop" is none)
  const full = (p: TaggedSpan | undefined) => !!p && p.type === "PER" && p.last > p.first && GIVEN.has(lower(tokens[p.first]!.text));
  const next = spans[i + 1];
  const prev = spans[i - 1];
  const after = tokens[s.last + 1];
  const before = tokens[s.first - 1];
  if (after?.text === "and" && full(next) && next!.first === s.last + 2 && !tokens[next!.last + 1]?.text.match(/^\p{Lu}/u)) return true;
  return before?.text === "and" && full(prev) && prev!.last === s.first - 2 && !(after?.kind === "word" && isCapitalised(after.text));
}

/** The token index of the last post word in the span before a given name and a surname, or -1. */
function postBeforeName(tokens: readonly Token[], s: TaggedSpan): number {
  const ws = tokens.slice(s.first, s.last + 1);
  if (ws.some((t) => t.kind !== "word")) return -1;
  for (let k = ws.length - 3; k >= 0; k--) if (jobBeforeName(ws, k)) return s.first + k;
  return -1;
}

/**
 * The token index where a post holder's name starts in a span the tagger read as an organisation
 * because a post "of" a department runs into it ("Minister of Trade and Industry Tungky
 * Ariwibowo", "Chief of Judicial Police Manuel Alvarado", "Speaker of parliament Habib
 * Boulares"), or -1. The department is read back from the name to "of" and a capitalised title
 * before it, over department words only; the name is the one to three words after the last of
 * them, all shaped like a name's.
 */
function postOfDepartment(tokens: readonly Token[], s: TaggedSpan): number {
  let k = s.last + 1;
  while (k > s.first && holderWord(tokens[k - 1]!)) k--;
  if (k > s.last || s.last - k > 2) return -1;
  // (the department's words may stand inside the span and before it: "Finance Mar'ie Muhammad")
  return afterDepartment(tokens, k, s.first) ? k : -1;
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
    else if (a?.text === ",") cue = (!!b && /^\d{1,2}$/.test(b.text) && c?.text === "," && !b.afterBreak && !/^\d/.test(tokens[k + 4]?.text ?? "")) || (!!b && !b.afterBreak && (relativeWho(tokens, k) || APPOSITIVE_AFTER.test(text.slice(t.end, t.end + 90))));
    if (!cue) {
      const p = tokens[k - 1];
      const pp = tokens[k - 2];
      cue = !!p && !!pp && !t.afterBreak && KIN_BEFORE.test(p.text) && /^(?:his|her)$/i.test(pp.text);
    }
    if (!cue || isAllCaps(t.text) || !loneWordAt(tokens, k) || !nameShaped(t.text)) continue;
    const l = lower(t.text);
    if (FUNCTION_WORDS.has(l) || NON_NAME.has(l) || isTitle(l) || isHonorific(t.text) || MONTHS_DAYS.has(l) || isDemonym(t.text) || PLACE.has(l) || NON_PERSON_HEADS.has(l)) continue;
    out.add(t.text);
  }
  return out;
}

/**
 * ", who" after the word at k: English takes "who" after a person, "which" after a thing ("Banharn,
 * who leads a six-party coalition"). Not after an article, "of" or "at", where "who" goes back to
 * a noun before ("lost parents to the Holocaust, who were", "a senior analyst at Jefferies, who
 * notes", "in the age of Millennials, who").
 */
function relativeWho(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  return tokens[k + 2]!.text === "who" && !(p && NOT_BEFORE_WHO.has(lower(p.text)));
}
const NOT_BEFORE_WHO = new Set(["the", "a", "an", "of", "at"]);

/** Does the word at k stand alone: no capitalised word joined to it by one space either side? */
function loneWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const p = tokens[k - 1];
  const n = tokens[k + 1];
  if (p && p.kind === "word" && isCapitalised(p.text) && p.end + 1 === t.start) return false;
  if (n && n.kind === "word" && isCapitalised(n.text) && t.end + 1 === n.start) return false;
  return true;
}
