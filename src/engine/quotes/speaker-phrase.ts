/**
 * The noun phrase that names a speaker around a reporting verb: a name, a pronoun, "the
 * former", a description ("a White House spokesman"), a share of a group. Apart because each cue
 * rule finds where the phrase is, and this one reading says what it is.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { isPersonNoun } from "./describe";
import { IRREGULAR_PAST, isOwnWords, isPeoplePlural, isPersonOrBody, isPossessive, ownedHead } from "./owned";
import { ADVERB, AUXILIARY, CLAUSE_BREAK, DETERMINER, NOT_A_SPEAKER, PAST, PREPOSITION, PRONOUN, SENTENCE_OPENER, SUBORDINATOR, TITLE_ABBREV } from "./word-classes";
import type { Word } from "./words";

export interface Cue extends Span {
  kind: "name" | "pronoun" | "former" | "latter" | "description";
  /** Only the first person-like words of the sentence, with no reporting verb behind them. */
  weak?: boolean;
  /** A thing that shows the words ("a sign saying"): no one speaks them (see thing-cue.ts). */
  thing?: boolean;
  /** The name a described speaker belongs to ("Obama" in "Obama's former campaign strategist"). */
  owner?: Span;
}

/**
 * "a spokesman for Ana Ruiz", "an aide to Ruiz", "the wife of Tom Berg": when the name at word
 * `j` is the object of a preposition after a word for a person, the phrase names that person's
 * spokesman, aide or wife, not them; the index of that person word, else -1.
 */
function proxyOf(ws: Word[], j: number, from: number): number {
  const p = j - 1;
  if (p - 1 < from || !/^(?:for|to|of|with)$/.test(ws[p]!.w)) return -1;
  const noun = ws[p - 1]!.w;
  return /^\p{Ll}/u.test(noun) && isPersonNoun(noun.toLowerCase()) ? p - 1 : -1;
}

/**
 * Whether a finite reporting verb ("said", "says", "noted") follows word `k` after one space:
 * then word `k` ends that verb's subject, a noun even when it is a reporting word ("One tweet
 * said", "The agency report said").
 */
export function finiteVerbAfter(ws: Word[], k: number): boolean {
  const next = ws[k + 1];
  if (!next || next.start - ws[k]!.end !== 1 || !/^\p{Ll}/u.test(next.w) || !SPEECH_VERBS.has(next.w)) return false;
  return PAST.test(next.w) || /(?:ed|s)$/.test(next.w);
}

/** The noun phrase naming a speaker that ends at word index `i` (inclusive), scanning left. */
export function subjectEndingAt(ws: Word[], i: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const w = ws[i];
  if (!w) return null;
  const lw = w.w.toLowerCase();
  // "Beck, who called Trump "a narcissistic psychopath"": the relative pronoun is the cue, and
  // it stands for the person named right before it
  if (PRONOUN.test(lw) || lw === "who") return { start: w.start, end: w.end, kind: "pronoun" };
  const mention = mentionAt(w.start, w.end);
  if (mention) {
    // ("A spokesman for Ana Ruiz said": the spokesman, described, speaks)
    let j = i;
    while (j > 0 && ws[j - 1]!.end > mention.start) j--;
    while (j > 0 && TITLE_ABBREV.test(ws[j - 1]!.w)) j--;
    const noun = proxyOf(ws, j, 0);
    if (noun >= 0) {
      let d = noun;
      while (d > 0 && noun - d < 4 && !DETERMINER.test(ws[d]!.w) && (DETERMINER.test(ws[d - 1]!.w) || (/^\p{Ll}/u.test(ws[d - 1]!.w) && !PREPOSITION.test(ws[d - 1]!.w) && !CLAUSE_BREAK.test(ws[d - 1]!.w) && !SPEECH_VERBS.has(ws[d - 1]!.w)))) d--;
      return { start: ws[d]!.start, end: mention.end, kind: "description" };
    }
    return { start: mention.start, end: mention.end, kind: "name" };
  }
  if ((lw === "former" || lw === "latter") && ws[i - 1]?.w.toLowerCase() === "the") return { start: ws[i - 1]!.start, end: w.end, kind: lw };
  // a share of a group: "52 percent of registered voters agreed", "63 percent said", "most of
  // the delegates said" (the group after "of" is no subject on its own, and no one named
  // further back is)
  const share = shareStart(ws, i);
  if (share >= 0) return { start: ws[share]!.start, end: w.end, kind: "description" };
  // a description: "the influential US daily", "a White House spokesman", "the president"
  for (let k = i; k >= Math.max(0, i - 10); k--) {
    const d = ws[k]!.w.toLowerCase();
    // "Scott's family has called": a name's possession, not the name, speaks
    if (k < i && isPossessive(ws[k]!) && ownedHead(ws, k, i + 1) === i) {
      const m = mentionAt(ws[k]!.start, ws[k]!.end);
      if (m) return { start: m.start, end: w.end, kind: "description", owner: { start: m.start, end: m.end } };
    }
    if (d === "the" || d === "a" || d === "an" || (k < i && DETERMINER.test(d))) {
      if (k === i) return null;
      // "at a lunch", "after the debate": a phrase after a preposition is no subject
      // (but "George Zornick of The Nation wrote": the person before "of" and their
      // organisation is)
      if (PREPOSITION.test(ws[k - 1]?.w ?? "")) {
        const of = ws[k - 1]!.w === "of" && k > 1 ? mentionAt(ws[k - 2]!.start, ws[k - 2]!.end) : null;
        return of ? { start: of.start, end: of.end, kind: "name" } : null;
      }
      return { start: ws[k]!.start, end: w.end, kind: "description" };
    }
    // "the former secretary of state and current Democratic presidential nominee said": a long
    // description may hold "of" and "and" when a lower-case head noun ends it
    // ("the former secretary of state and current … nominee": a verb form after "of" is a noun)
    // (the phrase's own last word may be one: "One tweet said", "The agency report said")
    if ((SPEECH_VERBS.has(d) && !/^\p{Lu}/u.test(ws[k]!.w) && ws[k - 1]?.w.toLowerCase() !== "of" && !(k === i && finiteVerbAfter(ws, i))) || /^(?:or|but|that|to|in|on|for|with)$/.test(d)) break;
    if ((d === "and" || d === "of") && (k === i || i - k > 9 || !/^\p{Ll}/u.test(w.w))) break;
    if (k === i - 5 && !/^\p{Ll}/u.test(w.w)) break;
    if (k > 0 && i - k >= 9) break;
  }
  // a plural with no article: "Law enforcement sources have said", "White House officials said",
  // "Democrats on the committee said"; it runs back to the sentence's start or a comma
  if (/^\p{Ll}[\p{Ll}-]*[^s]s$|^(?:police|people|staff|crowd)$/u.test(w.w) && !SPEECH_VERBS.has(lw) && !ADVERB.test(w.w)) {
    let k = i;
    while (k > 0 && i - k < 6 && ws[k - 1]!.end + 1 >= ws[k]!.start && !PREPOSITION.test(ws[k - 1]!.w) && !CLAUSE_BREAK.test(ws[k - 1]!.w) && !SPEECH_VERBS.has(ws[k - 1]!.w.toLowerCase()) && !AUXILIARY.test(ws[k - 1]!.w) && !PRONOUN.test(ws[k - 1]!.w)) k--;
    if (k === 0 || ws[k - 1]!.end + 1 < ws[k]!.start) return { start: ws[k]!.start, end: w.end, kind: "description" };
  }
  // a capitalised name the people finder did not take (an organisation speaking: "the Kremlin said")
  if (/^\p{Lu}/u.test(w.w) && !NOT_A_SPEAKER.test(w.w)) {
    let k = i;
    while (k > 0 && /^\p{Lu}/u.test(ws[k - 1]!.w) && ws[k - 1]!.end + 2 >= ws[k]!.start) k--;
    // ("Alongside BLM calls for action, …": a preposition opening the sentence is no part of a name)
    if (k < i && SENTENCE_OPENER.test(ws[k]!.w)) k++;
    // "House Speaker Paul D. Ryan of Wisconsin lamented", "Serena Kelleher-Vergantini of
    // Washington's Institute for Science and International Security wrote": the person before
    // "of" and a place or an organisation (whose name may hold "for", "and", "the")
    // (and past an organisation's own "of": "Archbishop Aris Shirvanian of the Armenian
    // Patriarchate of Jerusalem told")
    let o = k;
    for (let hops = 0; hops < 2; hops++) {
      while (o > 1 && k - o < 12 && ws[o - 1]!.w !== "of" && (/^\p{Lu}/u.test(ws[o - 1]!.w) || /^(?:for|and|the|on)$/.test(ws[o - 1]!.w))) o--;
      const of = o > 1 && ws[o - 1]!.w === "of" ? mentionAt(ws[o - 2]!.start, ws[o - 2]!.end) : null;
      if (of) return { start: of.start, end: of.end, kind: "name" };
      if (!(o > 2 && ws[o - 1]!.w === "of" && /^\p{Lu}/u.test(ws[o - 2]!.w))) break;
      o -= 2;
    }
    return { start: ws[k]!.start, end: w.end, kind: "name" };
  }
  return null;
}

const QUANTITY = /^(?:percent|majority|minority|plurality|most|many|some|half|third|thirds|quarter|all|none|few|several|dozens|hundreds|thousands|millions|number|share|one|two|three|each|both)$/i;
/** Where a share of a group ("52 percent of …", "most of …", "63 percent") ending at word `i`
 *  starts, or -1. */
function shareStart(ws: Word[], i: number): number {
  const num = (k: number) => k >= 0 && /^\d/.test(ws[k]!.w);
  if (/^(?:percent|%)$/i.test(ws[i]!.w)) return num(i - 1) ? i - 1 : -1;
  // (the group's head: a plural or a collective noun, "One of his recent reads" is no group)
  const head = ws[i]!.w;
  // (people: "of registered voters", "of our testers"; not "one of the problems")
  if (!/^(?:people|staff|public|electorate|police|crowd|audience|population|men|women|children)$/.test(head) && !(/^\p{Ll}+[^s]s$/u.test(head) && isPersonNoun(head.slice(0, -1)))) return -1;
  for (let k = i - 1; k >= 1 && k >= i - 5; k--) {
    const d = ws[k]!.w.toLowerCase();
    if (d === "of") {
      // (one group: "one of the most common questions people ask" holds two nouns)
      if (!QUANTITY.test(ws[k - 1]!.w) || ws.slice(k + 1, i).some((x) => /^\p{Ll}+[^s]s$/u.test(x.w))) return -1;
      return num(k - 2) ? k - 2 : k - 1;
    }
    if (SPEECH_VERBS.has(d) || CLAUSE_BREAK.test(d) || PRONOUN.test(d) || (PREPOSITION.test(d) && d !== "of")) return -1;
  }
  return -1;
}

// nouns in -ly for a publication, which may head the phrase naming who wrote
const PERIODICAL = /^(?:daily|weekly|biweekly|monthly|bimonthly|quarterly|yearly)$/;

// a word in -ing or -ed (not a noun of that shape: "the king", "officials"), or a past, opening a phrase
const VERB_FORM = /^(?:(?!(?:th|k|r|spr|str|w|morn|even|build|meet|hear|brief|rul|wedd|ceil|box|cloth)ing$)\p{Ll}{2,}ing|\p{Ll}+[^e]ed|said|told|wrote|made|took|gave|went|came|got|put|sent|left|held|kept|brought|began|spent|won|lost|met)$/u;

/** The noun phrase that opens `ws` at index `i` (the subject of ", X said" after a quote). */
export function phraseAt(text: string, ws: Word[], i: number, verb: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  // ", but he said" / "and she added": the conjunction is no part of the speaker
  if (/^(?:and|but|so|then|as|while|yet)$/i.test(ws[i]?.w ?? "") && i + 1 < verb) i++;
  const w = ws[i];
  if (!w) return null;
  const mention = mentionAt(w.start, w.end);
  if (mention) {
    // "Sanders campaign manager Jeff Weaver said": the name the phrase ends on is its head
    let e = i;
    while (e + 1 < verb && e - i < 7 && !/[,;:()—–]/.test(text.slice(ws[e]!.end, ws[e + 1]!.start)) && !CLAUSE_BREAK.test(ws[e + 1]!.w) && !PREPOSITION.test(ws[e + 1]!.w)) e++;
    const last = e > i && ws[e]!.start >= mention.end ? mentionAt(ws[e]!.start, ws[e]!.end) : null;
    if (last && last.end >= ws[e]!.end) return { start: Math.min(mention.start, w.start), end: last.end, kind: "name" };
    let j = i;
    while (j + 1 < verb && ws[j + 1]!.start < mention.end) j++;
    const owned = ownedHead(ws, j, verb);
    if (owned > 0) return { start: Math.min(mention.start, w.start), end: ws[owned]!.end, kind: "description", owner: { start: mention.start, end: mention.end } };
    return { start: Math.min(mention.start, w.start), end: mention.end, kind: "name" };
  }
  const lw = w.w.toLowerCase();
  if (PRONOUN.test(lw)) return { start: w.start, end: w.end, kind: "pronoun" };
  if (lw === "the" && /^(?:former|latter)$/i.test(ws[i + 1]?.w ?? "")) {
    const k = ws[i + 1]!.w.toLowerCase() as "former" | "latter";
    // "the former vice president said" is a description, "the former said" the pair
    if (i + 2 === verb || ADVERB.test(ws[i + 2]?.w ?? "")) return { start: w.start, end: ws[i + 1]!.end, kind: k };
  }
  // up to the first comma or the verb: "the influential US daily", "a White House spokesman"
  let k = i;
  // (nor past a name and a preposition of time or place: "said former tech executive Carly Fiorina
  // during the second GOP debate" ends on the name)
  while (k + 1 < verb && k - i < 7 && !/[,;:()—–]/.test(text.slice(ws[k]!.end, ws[k + 1]!.start)) && !CLAUSE_BREAK.test(ws[k + 1]!.w) && !(PREPOSITION.test(ws[k + 1]!.w) && !/^(?:of|for|to|with)$/.test(ws[k + 1]!.w) && /^\s+$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start)) && !!mentionAt(ws[k]!.start, ws[k]!.end))) k++;
  // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.": two
  // titles joined by "and" before one name are that person's (the phrase so far names nobody, and
  // the name closes it)
  if (ws[k + 1]?.w === "and" && /^\.?\s+$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start)) && !ws.slice(i, k + 1).some((x) => mentionAt(x.start, x.end))) {
    // (past `verb`, which after a quote only bounds the phrase's length; the words between are
    // the second title's, capitalised or words for a job)
    const to = Math.min(ws.length, k + 10);
    for (let j = k + 2; j < to && !/[,;:()—–]/.test(text.slice(ws[j - 1]!.end, ws[j]!.start)); j++) {
      const m = mentionAt(ws[j]!.start, ws[j]!.end);
      if (!m) {
        if (/^\p{Lu}/u.test(ws[j]!.w) || JOB_WORD.test(ws[j]!.w)) continue;
        break;
      }
      let e = j;
      while (e + 1 < ws.length && ws[e + 1]!.start < m.end) e++;
      if (e + 1 >= ws.length || /[,;:()—–.]/.test(text.slice(ws[e]!.end, ws[e + 1]!.start)) || SPEECH_VERBS.has(ws[e + 1]!.w)) return { start: w.start, end: m.end, kind: "name" };
      break;
    }
  }
  // "former Gov. Bill Richardson of New Mexico said": a name followed by "of" heads the phrase
  // (the place or the body after "of" is his, not a second speaker)
  for (let j = i + 1; j < k; j++) {
    if (ws[j + 1]!.w !== "of") continue;
    const m = mentionAt(ws[j]!.start, ws[j]!.end);
    if (m && m.end >= ws[j]!.end) return { start: w.start, end: m.end, kind: "name" };
  }
  // "Democratic presidential candidate Bernie Sanders said": a name at the end is the head
  const head = mentionAt(ws[k]!.start, ws[k]!.end);
  // ("the Rev. Peter Wherry", "his lawyer Ana Ruiz": after an article too, the name closing the phrase is its head)
  if (head && head.end >= ws[k]!.end && (!DETERMINER.test(lw) || k > i)) {
    // ("a spokeswoman for Ruiz said": a name after "for"/"to"/"of" and a word for a person is
    // whom that person works for; the description speaks)
    let j = k;
    while (j > i && ws[j - 1]!.end > head.start) j--;
    while (j > i && TITLE_ABBREV.test(ws[j - 1]!.w)) j--;
    if (proxyOf(ws, j, i) >= 0) return { start: w.start, end: ws[k]!.end, kind: "description" };
    return { start: w.start, end: head.end, kind: "name" };
  }
  // "the lawyer, Ana Ruiz, said": the name in the appositive closing the phrase is its head
  if (DETERMINER.test(lw) && k + 1 < verb && /^\s*,\s*$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) {
    const name = mentionAt(ws[k + 1]!.start, ws[k + 1]!.end);
    let n = k + 1;
    while (n + 1 < verb && ws[n + 1]!.start < (name?.end ?? 0)) n++;
    if (name && n + 1 === verb && ws[verb] && /,\s*$/.test(text.slice(ws[n]!.end, ws[verb]!.start))) return { start: name.start, end: name.end, kind: "name" };
  }
  // ("“…,” the editorial board recently wrote", "my father often said", "the two-term president
  // will say": an adverb or an auxiliary before the verb is no part of who spoke, and a card
  // showing "Said by the editorial board recently" reads as junk)
  // (not a noun in -ly heading the phrase: "the influential US daily wrote")
  while (k > i && /^\p{Ll}/u.test(ws[k]!.w) && ((ADVERB.test(ws[k]!.w) && !PERIODICAL.test(ws[k]!.w)) || AUXILIARY.test(ws[k]!.w)) && !/[,;:()—–]/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) k--;
  if (DETERMINER.test(lw)) return { start: w.start, end: ws[k]!.end, kind: "description" };
  // bare plurals speak too ("officials said", "protesters chanted"); "when Clinton…" does not
  // ("including provisions he said …", "not for her policy": a preposition or a negation opens
  // no subject)
  // (nor a verb form: ", giving states more power", ", racking up a bill", "used part of his
  // address": a participle or a past opens a predicate, whose subject is elsewhere)
  if (/^\p{Ll}/u.test(w.w)) return !CLAUSE_BREAK.test(lw) && !PREPOSITION.test(lw) && !VERB_FORM.test(lw) && !AUXILIARY.test(lw) && !/^(?:if|when|meaning|though|although|since|until|unless|whether|where|how|what|why|including|excluding|regarding|concerning|following|like|unlike|not|than|per)$/.test(lw) ? { start: w.start, end: ws[k]!.end, kind: "description" } : null;
  if (/^\p{Lu}/u.test(w.w)) return { start: w.start, end: ws[k]!.end, kind: "name" };
  return null;
}

// words of a job and its modifiers, between a name opening a sentence and the name that heads it
// ("Democratic presidential candidate Bernie Sanders", "Obama spokesman Robert Gibbs")
const JOB_WORD = /^(?:presidential|vice|former|state|house|senate|campaign|party|press|chief|deputy|senior|top|general|national|county|city|federal|executive|assistant|communications|policy|foreign|defense|finance|economic|security|political|spokesman|spokeswoman|spokesperson|secretary|candidate|nominee|leader|chairman|chairwoman|director|manager|adviser|advisor|governor|senator|president|minister|ambassador|attorney|mayor|member|front-runner|hopeful|rival|constituent|strategist|pollster|analyst|official|aide|lawyer|judge|congressman|congresswoman|representative|delegate|voter|supporter|activist|founder|ceo|host|anchor|reporter|editor|writer|columnist|author|professor|expert)$/i;

/**
 * "Former Obama spokesman Robert Gibbs derided …", "Clinton aide Huma Abedin wrote": a name
 * followed by words for a job (the last a word for a person) and another name is whose job it
 * is; the later name heads the phrase. That later mention, or null.
 */
function nameAfterJob(ws: Word[], j: number, upTo: number, m: Span, mentionAt: (s: number, e: number) => Span | null): Span | null {
  let k = j;
  while (k + 1 < upTo && ws[k + 1]!.start < m.end) k++;
  const first = k + 1;
  while (k + 1 < upTo && k + 1 - first < 3 && ws[k + 1]!.start - ws[k]!.end <= 1 && /^\p{Ll}/u.test(ws[k + 1]!.w) && JOB_WORD.test(ws[k + 1]!.w)) k++;
  if (k < first || !isPersonNoun(ws[k]!.w) || k + 1 >= upTo || ws[k + 1]!.start - ws[k]!.end > 1) return null;
  const later = mentionAt(ws[k + 1]!.start, ws[k + 1]!.end);
  return later && later.start === ws[k + 1]!.start ? later : null;
}

/**
 * "The spokesman refused to answer questions on who Cameron would like …, adding:": a sentence
 * opening on an article and a word for a person, before anyone is named, has that person as its
 * subject; a name further on is an object. Not when a name follows the word ("The spokesman,
 * Jo Ruiz," / "The spokesman Jo Ruiz"): the name is the head then.
 */
export function describedOpening(text: string, ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null, afterScene = false): Cue | null {
  const w0 = ws[0];
  if (!w0 || !/^(?:the|a|an|another)$/i.test(w0.w)) return null;
  // (after a scene set before it, a short description only, its verb right after it: "In three
  // interviews, the justice sounded off on Trump", not the appositive of a name the scene ends
  // on, "Preceded by Joe Arpaio, the Arizona sheriff and hard-liner, Trump launched", nor "In
  // fact, a study showed LinkedIn users are")
  for (let k = 1; k < Math.min(upTo, afterScene ? 4 : 5); k++) {
    const w = ws[k]!;
    if (mentionAt(w.start, w.end) || SPEECH_VERBS.has(w.w.toLowerCase()) || PREPOSITION.test(w.w) || CLAUSE_BREAK.test(w.w) || AUXILIARY.test(w.w)) return null;
    const lw = w.w;
    if (!/^\p{Ll}+$/u.test(lw) || !(isPersonNoun(lw) || (lw.endsWith("s") && isPersonNoun(lw.slice(0, -1))))) continue;
    // (the phrase's last word: a verb, a preposition or a clause follows it, not another noun,
    // "The first step", "The learned assistant", nor a possessive's "'s")
    const next = ws[k + 1];
    if (!next || w.end - w.start !== lw.length || mentionAt(next.start, next.end)) return null;
    const nw = next.w;
    // (more than a space between them is punctuation: ", who", " (R-Fla.)")
    // (or a past with no -ed: "The president left no doubt …, saying")
    const endsPhrase = next.start - w.end > 1 || AUXILIARY.test(nw) || ADVERB.test(nw) || PREPOSITION.test(nw) || CLAUSE_BREAK.test(nw) || SPEECH_VERBS.has(nw) || /^\p{Ll}+(?:ed|s)$/u.test(nw) || IRREGULAR_PAST.test(nw);
    if (!endsPhrase) return null;
    if (afterScene && !(next.start - w.end === 1 && (AUXILIARY.test(nw) || ADVERB.test(nw) || SPEECH_VERBS.has(nw) || /^\p{Ll}+(?:ed|s)$/u.test(nw) || IRREGULAR_PAST.test(nw)))) return null;
    // (a name set off after it is its appositive, "The French minister of environment, Ségolène
    // Royal, alluded"; a name a relative clause follows may own the participle, "a man named Eric
    // Kingson, who … worked the crowd, praising")
    for (let j = k + 1; j < upTo; j++) {
      const m = mentionAt(ws[j]!.start, ws[j]!.end);
      if (!m) continue;
      let e = j;
      while (e + 1 < upTo && ws[e + 1]!.start < m.end) e++;
      if ((text.slice(ws[k]!.end, ws[j]!.start).includes(",") && /^\s*[,(]/.test(text.slice(m.end, m.end + 3))) || /^who/i.test(ws[e + 1]?.w ?? "")) return null;
      j = e;
    }
    return { start: w0.start, end: w.end, kind: "description" };
  }
  return null;
}

// what follows a verb that opens a sentence with no subject: its object or its complement
const OBJECT_START = /^(?:the|a|an|your|yours|yourself|yourselves|my|our|their|his|its|this|these|those|it|them|me|us|you|him|sure|up|out|some|any|every|each|no|more|less)$/u;

/**
 * "Keep your …", "Make sure you have …", "Don't rely on a "…"", "Is a "…" model …", "Whereas a
 * system …": a sentence opening on a command or a question's verb has no subject, and its
 * capitalised first word is nobody (shop terms, guides and docs open sentences so). A name that
 * opens a sentence is followed by its verb or a comma, not by an article or an owner.
 */
function opensOnCommand(ws: Word[]): boolean {
  const w0 = ws[0]!.w;
  // ("They're less hostile": a pronoun's contraction is the subject, not a command)
  if (/^(?:he|she|they|we|i|you|it)['’]/i.test(w0)) return false;
  if (/n['’]t$/i.test(w0) || AUXILIARY.test(w0) || /^(?:Whereas|Whether|Please|Let)$/.test(w0)) return true;
  const w1 = ws[1]?.w ?? "";
  return OBJECT_START.test(w1) && /^\p{Ll}/u.test(w1);
}

// words opening a phrase that sets the scene before a sentence's subject ("In an interview with
// X, …", "Like Corker, …", "Speaking to Fox News, …", "Preceded by X, …")
const SCENE_OPENER = /^(?:In|On|At|Like|Unlike|With|Without|During|From|Following|Despite|Under|Among|Amid|Alongside|Along|Through|Throughout|Speaking|Talking|Writing|Preceded|Followed|Joined|Flanked|Introduced|Surrounded)$/;

/**
 * The subject of a sentence's main clause: after a scene-setting phrase that opens it and ends
 * on a comma ("Preceded at the lectern by Joe Arpaio, the Arizona sheriff, Trump launched into
 * …", "Like Corker, Menendez also rejected …, arguing", "In an interview with Matei Rosca, Lazar
 * said … and added,"), whoever that phrase names is not the one speaking; else the first
 * person-like phrase, as firstSubject.
 */
export function mainSubject(text: string, ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const w0 = ws[0];
  // ("In Trump's mind, …", "In her words, …": a phrase naming whose view it is attributes the
  // sentence to them, and stays)
  const whose = w0?.w === "In" && ws.slice(1, 3).some((w, i) => /['’]s?$/.test(text.slice(w.start, w.end)) || (i === 0 && /^(?:his|her|their)$/i.test(w.w)));
  if (w0 && upTo > 3 && SCENE_OPENER.test(w0.w) && !mentionAt(w0.start, w0.end) && !whose) {
    // (the phrase ends at a comma before a name, a pronoun or an article, within a dozen words
    // and more: "In a wide-ranging, in-prison interview with X last year, Lazar said" goes on
    // past its first comma; the one it names is someone named or "he"/"she")
    for (let k = 2; k < Math.min(upTo, 30); k++) {
      if (!text.slice(ws[k - 1]!.end, ws[k]!.start).includes(",") || /^\p{Ll}/u.test(ws[k]!.w) && !PRONOUN.test(ws[k]!.w) && !DETERMINER.test(ws[k]!.w)) continue;
      // ("In three interviews, the justice sounded off on Trump, saying": a described subject
      // after the scene is the one speaking, not the name in its predicate)
      const described = describedOpening(text, ws.slice(k), upTo - k, mentionAt, true);
      if (described) return described;
      const cue = firstSubject(ws.slice(k), upTo - k, mentionAt, text);
      // (not a place the phrase ends on, run into the name after it: "in Salem, New Hampshire,
      // Trump went after Bush" is Trump's, asked from the next comma)
      if (cue && (cue.kind === "pronoun" || mentionAt(cue.start, cue.end)) && !text.slice(cue.start, cue.end).includes(",")) return cue;
    }
  }
  return firstSubject(ws, upTo, mentionAt, text);
}

/**
 * "Trump's Virginia state director, Mike Rubino, reached out …, writing": a possessive name
 * whose phrase ends on a word for a person and is set off before another name is that name's
 * description; the later name, closed by its own comma, heads the subject. That mention, or null.
 */
function appositiveOfOwned(text: string, ws: Word[], j: number, upTo: number, m: Span, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  let e = j;
  while (e + 1 < upTo && ws[e + 1]!.start < m.end) e++;
  if (!isPossessive(ws[e]!)) return null;
  for (let k = e + 1; k < Math.min(upTo - 1, e + 6); k++) {
    if (ws[k]!.start - ws[k - 1]!.end !== 1) return null;
    if (!/^\s*,\s*$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) continue;
    if (!isPersonNoun(ws[k]!.w.toLowerCase())) return null;
    const name = mentionAt(ws[k + 1]!.start, ws[k + 1]!.end);
    if (!name || name.start !== ws[k + 1]!.start || !/^\s*,/.test(text.slice(name.end, name.end + 2))) return null;
    return { start: name.start, end: name.end, kind: "name" };
  }
  return null;
}

/** The description a mention `m` opening at word `j` owns ("Obama's former campaign strategist"), from `start`. */
function ownedBy(ws: Word[], j: number, upTo: number, m: Span, start: number): Cue | null {
  // (after a preposition the phrase is no subject: "in Cairo's words" is Cairo's)
  if (j > 0 && PREPOSITION.test(ws[j - 1]!.w)) return null;
  let e = j;
  while (e + 1 < upTo && ws[e + 1]!.start < m.end) e++;
  // "The Sanders campaign projects", "The Rove ad hits Clinton": after an article, a name
  // modifies the words that follow it
  const article = j > 0 && /^(?:the|a|an)$/i.test(ws[j - 1]!.w) && !isPossessive(ws[e]!) && !(j > 1 && PREPOSITION.test(ws[j - 2]!.w));
  const owned = ownedHead(ws, e, upTo, article);
  return owned > 0 ? { start: article ? ws[j - 1]!.start : start, end: ws[owned]!.end, kind: "description", owner: { start: m.start, end: m.end } } : null;
}

/**
 * "An early tweet quoted", "The agency report said", "A statement was": a reporting word
 * (not a past or a participle) with a verb right after it is the noun heading the subject.
 */
function nounBeforeVerb(ws: Word[], k: number, upTo: number): boolean {
  const w = ws[k]!.w;
  const next = ws[k + 1];
  if (/(?:ed|ing)$/.test(w) || k + 1 >= upTo || !next || next.start - ws[k]!.end !== 1 || !/^\p{Ll}/u.test(next.w)) return false;
  return /^\p{Ll}+ed$/u.test(next.w) || PAST.test(next.w) || (SPEECH_VERBS.has(next.w) && next.w.endsWith("s")) || /^(?:was|is|has|had|will|would|did|does)$/.test(next.w);
}

// things that head a sentence's subject and act ("The email appears", "The ad targets")
const SUBJECT_THING = /^(?:ad|article|photo|video|survey|poll|study|report|network|movement|campaign|party|group|company|paper|post|term|mechanism|document|film|show|site|book)$/;

/**
 * "Eight years ago, he supported", "Somewhere in there, he tossed in", "Cost estimates, he
 * added, were": a few words set off by a comma before a pronoun or a name, who is the subject;
 * the capitalised word opening them is no one.
 */
function leadIn(text: string, ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null): boolean {
  for (let j = 0; j < Math.min(upTo - 1, 5); j++) {
    if (mentionAt(ws[j]!.start, ws[j]!.end)) return false;
    const gap = text.slice(ws[j]!.end, ws[j + 1]!.start);
    if (/[;:()"“”—–]/.test(gap)) return false;
    if (gap.includes(",")) return /^(?:he|she|they)$/i.test(ws[j + 1]!.w) || !!mentionAt(ws[j + 1]!.start, ws[j + 1]!.end);
  }
  return false;
}

/** The first person-like phrase of a stretch: a name mention or a pronoun ("Trump … , saying"). */
export function firstSubject(ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null, text?: string): Cue | null {
  // a capitalised word opening the sentence is its subject even when the finder did not take it
  // as a name ("Viguerie is upbeat about Cruz's chances")
  const w0 = ws[0];
  if (w0 && upTo > 1 && ws[1]!.start - w0.end <= 1 && /^\p{Lu}\p{Ll}/u.test(w0.w) && !/(?:ing|ed|ly)$/.test(w0.w) && !mentionAt(w0.start, w0.end) && !NOT_A_SPEAKER.test(w0.w) && !SENTENCE_OPENER.test(w0.w) && !DETERMINER.test(w0.w) && !PRONOUN.test(w0.w) && !opensOnCommand(ws) && !(text !== undefined && leadIn(text, ws, upTo, mentionAt))) {
    // "Democratic presidential candidate Bernie Sanders is …": the name a few words on is the head
    for (let j = 1; j < Math.min(upTo, 6) && ws[j]!.start - ws[j - 1]!.end <= 2; j++) {
      const m = mentionAt(ws[j]!.start, ws[j]!.end);
      if (m) return ownedBy(ws, j, upTo, m, w0.start) ?? { start: w0.start, end: (nameAfterJob(ws, j, upTo, m, mentionAt) ?? m).end, kind: "name" };
      // (any word for a person: "Campaign chair Paul Manafort", "Soviet dissident Milovan Djilas")
      if (/^\p{Ll}/u.test(ws[j]!.w) && !JOB_WORD.test(ws[j]!.w) && !isPersonNoun(ws[j]!.w)) break;
    }
    let k = 0;
    // "Sens. Jeff Merkley": a title's period joins it to the name
    while (k + 1 < upTo && /^\p{Lu}/u.test(ws[k + 1]!.w) && ws[k + 1]!.start - ws[k]!.end <= (TITLE_ABBREV.test(ws[k]!.w) ? 2 : 1)) k++;
    // "Democratic leaders are worried", "Nuclear proliferation experts have discounted": a
    // capitalised word before a plural for people modifies it; the plural heads a description
    // (one modifier between at most, no verb: "Google Sans Flex lets designers", "Automakers and
    // regulators" are no such phrase)
    for (let h = k + 1; h < Math.min(upTo, k + 3) && ws[h]!.start - ws[h - 1]!.end === 1 && /^\p{Ll}/u.test(ws[h]!.w); h++) {
      if (isPeoplePlural(ws[h]!.w)) return { start: w0.start, end: ws[h]!.end, kind: "description" };
      if (/s$/.test(ws[h]!.w) || CLAUSE_BREAK.test(ws[h]!.w) || PREPOSITION.test(ws[h]!.w) || AUXILIARY.test(ws[h]!.w) || SPEECH_VERBS.has(ws[h]!.w)) break;
    }
    if (!SPEECH_VERBS.has(ws[k]!.w.toLowerCase())) return { start: w0.start, end: ws[k]!.end, kind: "name" };
  }
  for (let k = 0; k < upTo; k++) {
    const w = ws[k]!;
    const m = mentionAt(w.start, w.end);
    if (m) return ownedBy(ws, k, upTo, m, m.start) ?? (text === undefined ? null : appositiveOfOwned(text, ws, k, upTo, m, mentionAt)) ?? { start: m.start, end: (nameAfterJob(ws, k, upTo, m, mentionAt) ?? m).end, kind: "name" };
    if (/^(?:he|she|they)$/i.test(w.w)) return { start: w.start, end: w.end, kind: "pronoun" };
    // "His office put out a statement saying", "It has not helped that her campaign has cycled":
    // someone's people, described, opening a clause are its subject (not an object: "sought to
    // calm his supporters"; nor after a preposition: "After his aide left, Trump")
    if (/^(?:his|her|their)$/i.test(w.w) && (k === 0 || (/^(?:that|but|while|because|so)$/i.test(ws[k - 1]!.w) && !SUBORDINATOR.test(ws[0]!.w)) || (k > 1 && ws[k - 1]!.end + 1 < w.start && !PREPOSITION.test(ws[k - 1]!.w)))) {
      let h = k;
      while (h + 1 < upTo && h - k < 3 && ws[h + 1]!.start - ws[h]!.end === 1 && isPersonOrBody(ws[h + 1]!.w)) h++;
      if (h > k) return { start: w.start, end: ws[h]!.end, kind: "description" };
    }
  }
  // "The piece used one of her quotes as its headline: "…"": a described subject, when the
  // sentence opens with one and names nobody
  if (w0 && /^(?:the|a|an)$/i.test(w0.w) && upTo > 2) {
    let k = 1;
    // (not into the verb or an adverb after the head: "The music seemed", "The company now"; nor a
    // past with no -ed, a reflexive or a present after a singular noun: "The party stuck", "The
    // candidate herself took", "The Florida senator likes", "The email appears")
    // (a present only after a head that is a person or a writing: "The referendum results", "A
    // few years", "The offbeat dish names" are nouns)
    const verbAfter = (x: string, prev: string) => IRREGULAR_PAST.test(x) || /^(?:himself|herself|itself|themselves)$/.test(x) || (/^\p{Ll}+[^s']s$/u.test(x) && (isPersonNoun(prev) || isOwnWords(prev) || SUBJECT_THING.test(prev)) && !isPeoplePlural(x));
    while (k + 1 < Math.min(upTo, 5) && /^[\p{Lu}\p{Ll}]/u.test(ws[k + 1]!.w) && (!SPEECH_VERBS.has(ws[k + 1]!.w.toLowerCase()) || nounBeforeVerb(ws, k + 1, upTo)) && !PREPOSITION.test(ws[k + 1]!.w) && !CLAUSE_BREAK.test(ws[k + 1]!.w) && !AUXILIARY.test(ws[k + 1]!.w) && !/(?:ed|s)$/.test(ws[k]!.w) && !(/^\p{Ll}+ed$/u.test(ws[k + 1]!.w) || /^(?:now|so|still|even|only|just|too|also|then|often|never|later|once)$/.test(ws[k + 1]!.w)) && !(verbAfter(ws[k + 1]!.w, ws[k]!.w) && !isPossessive(ws[k]!))) k++;
    return { start: w0.start, end: ws[k]!.end, kind: "description" };
  }
  return null;
}
