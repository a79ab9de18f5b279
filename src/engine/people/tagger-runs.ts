/**
 * The tagger's person spans made into runs of name words: peeled at their edges, vetted by their
 * own words and the words after them, compounds of two names split. Apart from the rule-based
 * recogniser (rule-mentions.ts): this step trusts the tagger's span and only trims or drops it.
 */
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { FUNCTION_WORDS, NON_PERSON_HEADS, ROLE_NOUNS } from "../lexicon/words";
import { capsPossessive } from "./headlines";
import { IMPERATIVES, OPENING_PREPOSITIONS, dropTrailingDemonym, dropTrailingFunctionWords, dropTrailingPost, hyphenAdjective, isBusinessNoun, jobBeforeName, neverSurname, onlyAJob, sentenceAdverb, wordBeforeFullName } from "./name-edges";
import { CONTRACTION, GIVEN, NAMEISH, NON_NAME, isDemonym, isInitial, lower } from "./name-words";
import { rowColumnAfterPerson } from "./person-lists";
import type { TaggedSpan } from "./tagger";
import { REGNAL, ROYAL, boundTitleAlone, isHonorific, isTitleWord, leadingTitle } from "./titles";
import { type Token, indexIn, isCapitalised } from "./tokens";
import { wordGivenName } from "./word-given";

/** Quantifiers and indefinite pronouns ("any" is left out: the given-name list holds it). */
const QUANTIFIERS = new Set(`all every everyone everybody everything someone somebody something anyone
  anybody anything nobody nothing each both either neither none several many most few some such`.split(/\s+/));
/** US state and territory codes: "Clifton, NJ" in a list of towns is a place. */
// (MD, MS, MA and PA are left out: after a name they are degrees, "Maha Farhat, MD")
const US_STATES = new Set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MI MN MO MT NE NV NH NJ NM
  NY NC ND OH OK OR RI SC SD TN TX UT VT VA WA WV WI WY DC PR`.split(/\s+/));
/**
 * A tagger "person" that the words themselves show to be something else: a run ending on an
 * organisation's or a place's head ("Jack Shainman Gallery", "Brooklyn Bridge Park", "Zander
 * Insurance"; a given name and a head that is also a surname stay: "Shirley Temple", "Margaret Court"), a
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
  if (!(NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || isBusinessNoun(l)) || NAMEISH.has(l) || GIVEN.has(l)) return false;
  // (a given name and a middle initial are how English writes a person: "Douglas J. Band")
  if (to - from === 3 && isInitial(ws[from + 1]!.text) && GIVEN.has(lower(ws[from]!.text))) return false;
  if (to - from !== 2 || !GIVEN.has(lower(ws[from]!.text))) return true;
  if (SURNAME_HEADS.has(l)) return false;
  // a trade's noun after a given name closes a firm's name ("Mason Studio", "Lee Architects",
  // "Tobin Associates"), unless a courtesy title makes it someone's ("Dr. Brand Studio"); "Photo"
  // is a picture of them in a headline ("Bombshell Hillary Photo From Debate")
  if (!isBusinessNoun(l) || neverSurname(l)) return true;
  if (l === "photo") return false;
  const k = indexIn(tokens, ws[from]!);
  const before = k > 0 ? (tokens[k - 1]!.text === "." ? tokens[k - 2] : tokens[k - 1]) : undefined;
  return !before || !isHonorific(before.text);
}
/**
 * The head words of organisations and places that are also English surnames ("Margaret Court",
 * "Kristen Day", "Dave Camp", "Barbara Castle", "Frank Church", "Ricki Lake", "Emily Post",
 * "Picabo Street", "John Tower", "Charlie Hills"): after a given name the two words stay a
 * person's. Any other head after a given name closes a firm's, a place's or a group's name
 * ("Kaiser Foundation", "Joseph Studios", "Marco Island", "Reagan Democrats", "Colonial Van
 * Lines"). Hand-written: the heads of ORG_HEADS, PLACE_HEADS and NON_PERSON_HEADS that are
 * neither a given name nor a CoNLL name word, read one by one for a common surname.
 */
/** Is token k an organisation's or a place's head (no given name, name word or surname) joined to a
 *  capitalised word before it? Not after a courtesy title: "Mr. Band", "Ms. Guard" are someone's surname. */
function headAfterCapital(tokens: readonly Token[], k: number): boolean {
  const l = lower(tokens[k]!.text);
  if (!(NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l)) || GIVEN.has(l) || NAMEISH.has(l) || SURNAME_HEADS.has(l)) return false;
  const p = tokens[k - 1];
  return !!p && p.kind === "word" && isCapitalised(p.text) && p.end + 1 === tokens[k]!.start && !tokens[k]!.afterBreak && !isHonorific(p.text);
}
const SURNAME_HEADS = new Set(["bridge", "camp", "castle", "church", "court", "day", "house", "lake", "post", "street", "tower", "hills"]);

const ARTICLE = new Set(["a", "an"]);
/** Does an indefinite article stand before token k, with one capitalised word between? */
function afterArticle(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k - 1];
  if (!p || tokens[k]!.afterBreak) return false;
  const pp = tokens[k - 2];
  return p.kind === "word" && isCapitalised(p.text) && !p.afterBreak && !!pp && ARTICLE.has(pp.text);
}
/** Does the token after a run end its phrase: nothing, a new line, or a stop? */
const endsPhrase = (t: Token | undefined) => !t || t.afterBreak || /^[.!?:;]$/.test(t.text);

/** Does a post and a name follow token k, one space after it ("… Founder Cameron Forbes")? */
function postAfter(text: string, tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  return !!after && text.charCodeAt(after.start - 1) === 32 && tokens[k]!.end + 1 === after.start && oneLineRun(text, tokens, k + 1, 3) && jobBeforeName(tokens.slice(k + 1, k + 4), 0);
}
const spanKey = (tokens: readonly Token[], s: TaggedSpan) => tokens.slice(s.first, s.last + 1).map((t) => t.text).join(" ");

/** Are the n tokens from k words joined by single spaces on one line? */
function oneLineRun(text: string, tokens: readonly Token[], k: number, n: number): boolean {
  for (let i = k; i < k + n; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || (i > k && (t.afterBreak || tokens[i - 1]!.end + 1 !== t.start || text.charCodeAt(t.start - 1) !== 32))) return false;
  }
  return true;
}

/** The capitalised words used on their own somewhere (no hyphen in them): for splitting
 *  "Biden-Kamala Harris" at the hyphen, in the tagger's runs and the rules' candidates. */
export function standaloneWords(tokens: readonly Token[]): Set<string> {
  const standalone = new Set<string>();
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.kind === "word" && isCapitalised(t.text) && !t.text.includes("-")) standalone.add(t.text);
  }
  return standalone;
}

/**
 * Is the first word of a run no part of the name after it? "While Putin", "Mr. Putin": function
 * words and titles are not part of the name (but "A. Dale", "Dean Jones", "Will Carling", "Per
 * Zetterquist" are names: initials and given names stay).
 */
function peelsOff(t: Token, next: Token, rest: readonly Token[], from: number): boolean {
  const l = lower(t.text);
  if (isInitial(t.text)) return false;
  if (isHonorific(t.text)) return true;
  if (leadingTitle(t.text, rest, from)) return true;
  // "I’m Ashley Biancuzzo": a contraction opens the sentence, not the name
  if (CONTRACTION.test(t.text)) return true;
  if (isTitleWord(t.text)) return !GIVEN.has(l) || t.text.endsWith(".");
  if (FUNCTION_WORDS.has(l)) return t.sentenceStart;
  // "Regrettably Jimmy has…": an adverb opening the sentence
  if (t.sentenceStart && (sentenceAdverb(l) || IMPERATIVES.has(l) || OPENING_PREPOSITIONS.has(l))) return true;
  // "Brazilian-born Luis Oliveira": a hyphenated adjective is no part of a name
  if (hyphenAdjective(t.text)) return true;
  // "Broker Khurshid Alam said": a role noun capitalised only because it starts the sentence
  if (t.sentenceStart && ROLE_NOUNS.has(l) && !GIVEN.has(l)) return true;
  if (wordBeforeFullName(t, next, rest, from)) return true;
  return t.sentenceStart && !GIVEN.has(l) && !NAMEISH.has(l) && isTitleWord(next.text);
}

/**
 * The tagger's person spans as runs of name words: each span with what is no part of a name
 * peeled off its edges (titles, function words, a call to action, a post, a nationality), and
 * dropped when its words or the words after it show an organisation, a place, a job or a
 * results row's column; compounds of a name used alone and a given name ("Biden-Kamala
 * Harris") are added and split.
 */
export function taggerRuns(text: string, tokens: Token[], spans: readonly TaggedSpan[], standalone: ReadonlySet<string>): Token[][] {
  const runs: Token[][] = [];
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
  const firms = new Set<string>();
  for (const s of spans) if (s.type === "PER" && postAfter(text, tokens, s.last)) firms.add(spanKey(tokens, s));
  for (const s of [...spans, ...compound]) {
    if (s.type !== "PER") continue;
    if (s.first === s.last && entityHead.has(lower(tokens[s.first]!.text)) && !personWord.has(lower(tokens[s.first]!.text))) continue;
    // "Prime Video", "Vice Media": the tagger read the bound title before the span as a title
    const lead = tokens[s.first - 1];
    // (but "First Dana Baker spoke": an adverb opening the sentence)
    const leadJoined = !!lead && lead.kind === "word" && lead.end + 1 === tokens[s.first]!.start && !tokens[s.first]!.afterBreak;
    // (a full name after one is a person's still: "on Amazon Prime Vera Holt said")
    if (leadJoined && !(lead.sentenceStart && lower(lead.text) === "first") && boundTitleAlone(lead.text, tokens[s.first]) && (s.first === s.last || !GIVEN.has(lower(tokens[s.first]!.text)))) continue;
    // ("Fitness Buddy", an app: a lone word after a trade's noun is the rest of the firm's name;
    // "Photo Ricardo L" is a credit)
    if (leadJoined && s.first === s.last && isCapitalised(lead.text) && isBusinessNoun(lower(lead.text)) && !lower(lead.text).startsWith("photo")) continue;
    let ws = tokens.slice(s.first, s.last + 1).filter((t) => t.kind === "word");
    ws = capsPossessive(ws);
    if (!ws.length) continue;
    // ("Read More Blogs" -> "More Blogs": what follows a call to action opens its sentence too)
    const opener = ws[0]!.sentenceStart;
    // ("Will Baker, a teacher, said": a modal or a month opening the sentence, with a person's
    // cue after the name, is the given name)
    if (!wordGivenName(text, tokens, s.first, s.last)) while (ws.length > 1 && peelsOff(ws[0]!, ws[1]!, ws, 1)) ws = ws.slice(1);
    // "Events Founder Cameron Forbes", "Lead Designer Cathleen Holloway": a job word before a given
    // name and a surname ends the post (and the firm) before the name
    for (let k = ws.length - 3; k >= 0; k--) if (jobBeforeName(ws, k)) {
      ws = ws.slice(k + 1);
      break;
    }
    if (ws.length === 1 && opener && IMPERATIVES.has(lower(ws[0]!.text))) continue;
    // "an historic first All Black series", "Everyone Buckled": a quantifier or an indefinite
    // pronoun is no given name, so a capitalised run it opens mid-sentence names a team, a
    // slogan or a title (at a sentence's start, where its capital says nothing, it is peeled)
    if (ws.length >= 2 && QUANTIFIERS.has(lower(ws[0]!.text))) continue;
    if (onlyAJob(ws)) continue;
    ws = dropTrailingPost(ws);
    ws = dropTrailingDemonym(ws, tokens, text);
    ws = dropTrailingFunctionWords(ws);
    // a nationality alone names no one ("named Russian intelligence officers"); a surname that is
    // one ("Dawn French" … "French said") comes back as the full name's short form. Nor does a
    // trade's noun alone ("Studio", left of "Visual Studio")
    if (ws.length === 1 && (isDemonym(ws[0]!.text) || isBusinessNoun(lower(ws[0]!.text)))) continue;
    // ("the Serpentine Gallery", where the tagger read "Serpentine" apart: a head word alone, right
    // after a capitalised word, ends that body's or place's name, unless it is also a surname)
    if (ws.length === 1 && headAfterCapital(tokens, s.first)) continue;
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
    // "Solved a Major Math Mystery": a run after an indefinite article and a capitalised word
    // left out of it (a Title Case adjective) that ends its line or sentence is a thing's name
    // ("a Major Tom Hanks fan" goes on to its noun; "done that to a Mitt Romney." has no word
    // between)
    if (afterArticle(tokens, s.first) && endsPhrase(tokens[s.last + 1])) continue;
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
    // (and "Holloway Events", a firm of a trade named after its owner)
    if (after && after.kind === "word" && isCapitalised(after.text) && (NON_PERSON_HEADS.has(lower(after.text)) || ORG_HEADS.has(lower(after.text)) || isBusinessNoun(lower(after.text))) && text.slice(tokens[s.last]!.end, after.start) === " ") continue;
    // "Forbes Functions Founder Cameron Forbes": a name run on into a post and the name after it
    // is the firm or the body the post is of ("Microsoft CEO Satya Nadella"), not a person, and so
    // is the same name elsewhere (a photo credit "Forbes Functions" on its own line)
    if (firms.size && firms.has(spanKey(tokens, s))) continue;
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
  return runs;
}
