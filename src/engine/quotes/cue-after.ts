/**
 * The cue after a quote: ", Putin said", "said the senator", "― Name", "as X put it",
 * "according to X". Apart because the inverted and appositive readings after the closing mark are
 * a grammar of their own.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { isPersonNoun } from "./describe";
import type { RawQuote } from "./marks";
import { sentenceEnd } from "./sentences";
import { type Cue, phraseAt } from "./speaker-phrase";
import { ADVERB, CLAUSE_BREAK, DETERMINER, PAST, PREPOSITION, PRONOUN, TITLE_ABBREV } from "./word-classes";
import { type Word, words } from "./words";

// ", as Cruz said on …" / ", as he noted": a citation after a partial quote
const AS_SAID_VERBS = "said|says|noted|notes|wrote|writes|argued|argues|observed|remarked|warned|explained|told|tells|claimed|claims";
const AS_SAID_VERB = new RegExp(`^(?:${AS_SAID_VERBS})$`);
export const AS_SAID = new RegExp(String.raw`^\s*,?\s*as\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:${AS_SAID_VERBS})\b`, "u");

// verbs that take what they describe and then "as": "described the plan as", "branded him as"
const AS_OBJECT_VERB = /^(?:described|describes|characterized|characterizes|characterised|portrayed|portrays|labeled|labelled|labels|branded|brands|dismissed|dismisses|denounced|denounces|hailed|hails|praised|praises|cast|casts|painted|paints|framed|frames)$/;

/** The words after a quote's closing mark, as each reading of the cue sees them. */
interface After {
  text: string;
  /** Just after the closing mark. */
  from: number;
  paraEnd: number;
  /** The quote's last few characters, a nested quote's closing mark dropped. */
  inner: string;
  /** The quote ends in a comma, dash or the like, or punctuation follows it: its sentence goes on. */
  openEnded: boolean;
  /** The words of the rest of the sentence (240 characters at most). */
  ws: Word[];
  /** The first of them, lower-cased. */
  first: string;
  mentionAt: (s: number, e: number) => Span | null;
}

/**
 * One reading of the words after a quote: a cue, null when the reading says there is none, or
 * undefined when it does not apply and the next one is tried.
 */
type Reading = (a: After) => Cue | null | undefined;

/** The readings of the words after a quote, tried in this order: the first that applies answers. */
const READINGS: readonly Reading[] = [
  clauseOfTime, //         "“…,” when Clinton blasted him": no cue
  accordingTo, //          ", according to X"
  asXPutIt, //             ", as a Homeland Security memo put it"
  verbThenSpeaker, //      ", said Putin" / ", said the former vice president"
  dashSignature, //        "” ― Adriana Rodarte"
  wentOn, //               "“…,” Trump went on," / "“…” she went on."
  sentenceClosed, //       a quote that closed its sentence, and no name and verb after it: no cue
  appositiveHead, //       ", Leonard E. Burman, director of the centre and …, said"
  speakerThenVerb, //      ", Putin said" / ", Mr. King, 82, said" / ", the former vice president added"
];

/**
 * The cue after a quote: ", Putin said" / ", said Putin" / ", Mr. King, 82, said" / ", the
 * former vice president added" / ", according to X". Only when the sentence goes on after the
 * quote: a quote that ends in a full stop closed its sentence, and a mid-sentence scare quote
 * ("called it "fake news" and …") takes its speaker from before.
 */
export function cueAfter(text: string, q: RawQuote, paraEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const from = q.close + 1;
  // "…, it was the fault of those 5,000 people,’”": a nested quote's closing mark is no word
  const inner = text.slice(Math.max(q.start, q.end - 4), q.end).replace(/['’‘]+$/, "");
  const after = text.slice(from, from + 3);
  const openEnded = /[,?!—–\-…:]\s*$/.test(inner) || /^\s*[,—–]/.test(after);
  const to = sentenceEnd(text, from, paraEnd);
  const ws = words(text, from, Math.min(to, from + 240));
  if (!ws.length || ws[0]!.start - from > 4) return null;
  const a: After = { text, from, paraEnd, inner, openEnded, ws, first: ws[0]!.w.toLowerCase(), mentionAt };
  for (const read of READINGS) {
    const cue = read(a);
    if (cue !== undefined) return cue;
  }
  return null;
}

/**
 * "“That makes me smart,” when Clinton blasted him": a clause of time or cause after the
 * quote is no cue
 */
function clauseOfTime({ first }: After): null | undefined {
  if (/^(?:when|whenever|while|because|if|after|before|since|although|though|unless|until|where)$/.test(first)) return null;
  return undefined;
}

/** ", according to X" / ", per X" (the same citation, shorter: ", per the party's bylaws") */
function accordingTo({ text, ws, first, openEnded, mentionAt }: After): Cue | null | undefined {
  if (openEnded && first === "according" && ws[1]?.w.toLowerCase() === "to") return phraseAt(text, ws, 2, Math.min(ws.length, 10), mentionAt);
  if (openEnded && first === "per" && ws.length > 1) return phraseAt(text, ws, 1, Math.min(ws.length, 9), mentionAt);
  return undefined;
}

/** ", as a Homeland Security memo put it": "as X put it" cites X */
function asXPutIt({ text, ws, first, mentionAt }: After): Cue | null | undefined {
  if (first === "as") {
    const put = asPutIt(ws, 0, true);
    if (put > 0) return phraseAt(text, ws, 1, put, mentionAt);
  }
  return undefined;
}

/**
 * "said Putin" / "said the former vice president"
 * (not "“…,” Read said." / "“…,” Brand says.": a capitalised word before a reporting verb in
 * lower case is the speaker's name, though it spells a verb)
 */
function verbThenSpeaker({ text, ws, first, mentionAt }: After): Cue | null | undefined {
  const nameLikeVerb = /^\p{Lu}/u.test(ws[0]!.w) && !!ws[1] && /^\p{Ll}/u.test(ws[1].w) && SPEECH_VERBS.has(ws[1].w) && !ws[1].w.endsWith("ing") && /^\s+$/.test(text.slice(ws[0]!.end, ws[1].start));
  if (!SPEECH_VERBS.has(first) || nameLikeVerb) return undefined;
  // "“…,” adding that Trump …": a participle goes on the sentence before the quote
  if (first.endsWith("ing")) return null;
  let j = 1;
  while (ws[j] && ADVERB.test(ws[j]!.w) && !mentionAt(ws[j]!.start, ws[j]!.end)) j++;
  if (/^\p{Ll}/u.test(ws[0]!.w) && subjectOfClause(text, ws, j)) return null;
  const cue = phraseAt(text, ws, j, Math.min(ws.length, j + 8), mentionAt);
  // "says Co-Founder, Stephanie Ozcan." / "said the club's treasurer, Tom Baker,": a title before
  // the name, set off by a comma, names no one itself; the name after it is the speaker
  if (cue && (cue.kind === "description" || !mentionAt(cue.start, cue.end))) {
    const k = ws.findIndex((w) => w.start >= cue.end);
    const name = k > 0 && /^\s*,\s*$/.test(text.slice(cue.end, ws[k]!.start)) ? mentionAt(ws[k]!.start, ws[k]!.end) : null;
    if (name && name.start === ws[k]!.start && /^\s*(?:[,.;!?)—–]|$)/.test(text.slice(name.end, name.end + 2))) return { start: name.start, end: name.end, kind: "name" };
  }
  // ("Trump summed up Clinton as “terrible,” denounced her record as secretary of state": a
  // thing owned by someone, "her record", after the verb is its object, not who spoke; "said her
  // lawyer" names a person)
  if (cue?.kind === "description" && /^(?:his|her|their|its|my|our|your)$/i.test(ws[j]?.w ?? "") && !isPersonNoun(text.slice(cue.start, cue.end).split(/\s+/).pop()!.toLowerCase())) return null;
  // ("Roffman, who estimates his costs were “…,” described the emotional impact as “…”": after a
  // verb of describing, a phrase "as" follows is its object, and the speaker came before; "said
  // the base chief known as Bob" is the chief's)
  const next = cue ? ws.find((w) => w.start >= cue.end) : undefined;
  if (cue?.kind === "description" && AS_OBJECT_VERB.test(first) && next?.w === "as" && /^\s+$/.test(text.slice(cue.end, next.start))) return null;
  return cue;
}

// finite verbs that open a clause's predicate: "be", "have", "do" and the modals
const FINITE = /^(?:is|are|was|were|has|have|had|does|did|will|would|could|should|can|may|might|must|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|weren['’]t)$/;

/**
 * ("Manafort, citing “the magic of Trump,” said the candidate could win", "“…,” said Smith told
 * reporters": the words after "said" that run on, with no comma, into a finite verb are the
 * subject of the clause it reports, not an inverted speaker; the speaker is the sentence's
 * subject, before the quote. A reporting verb in the past or -s form counts as finite unless a
 * preposition follows it: "said the woman accused of fraud" is a participle's.)
 */
function subjectOfClause(text: string, ws: Word[], j: number): boolean {
  for (let k = j + 1; k < Math.min(ws.length, j + 8); k++) {
    const w = ws[k]!.w;
    if (!/^\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start)) || CLAUSE_BREAK.test(w) || PREPOSITION.test(w)) return false;
    if (!/^\p{Ll}/u.test(w)) continue;
    if (FINITE.test(w)) return true;
    if (SPEECH_VERBS.has(w) && (PAST.test(w) || /(?:ed|s)$/.test(w)) && !PREPOSITION.test(ws[k + 1]?.w ?? "") && ws[k + 1]?.w !== "as") return true;
  }
  return false;
}

/** "“…” ― Adriana Rodarte": a dash and a name after the quote sign it (reader comments, epigraphs) */
function dashSignature({ text, from, paraEnd, ws, mentionAt }: After): Cue | null | undefined {
  if (/^\s*(?:[―—–]|--?)\s*\p{Lu}/u.test(text.slice(from, ws[0]!.start + 1))) {
    // ("– Source: Gitnux", "— Via: …": a label, then where the words were found; the cue is that
    // source, and it still ends the turn of whoever spoke before)
    if (/^\s*:/.test(text.slice(ws[0]!.end, ws[0]!.end + 2)) && ws[1]) {
      const source = phraseAt(text, ws, 1, Math.min(ws.length, 9), mentionAt);
      if (source) return { ...source, kind: source.kind === "description" ? "description" : "name" };
    }
    const cue = phraseAt(text, ws, 0, Math.min(ws.length, 8), mentionAt);
    if (cue) return signatureWhole(text, { ...cue, kind: cue.kind === "description" ? "description" : "name" }, paraEnd, mentionAt);
  }
  return undefined;
}

/**
 * "— Founder and CEO of a company creating developer tools", "— Safety systems engineer working
 * on functional safety for Linux": a signature that describes its writer is its whole line, up to
 * a comma or a bracket, where a subject's phrase stops at "and" or after eight words ("Founder",
 * "… functional safety for"): on the WCXB dev articles 19 of 54 such signatures were cut short.
 * Ten words at most, and none a reporting verb or a clause's: a longer run is a sentence.
 * (A person's name is whole as found: "— Jane Doe and John Roe" signs for two.)
 */
function signatureWhole(text: string, cue: Cue, paraEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue {
  if (mentionAt(cue.start, cue.end)) return cue;
  const line = /^[^\n,;([|]*/.exec(text.slice(cue.start, paraEnd))![0]!.replace(/[\s.:]+$/, "");
  if (line.length <= cue.end - cue.start) return cue;
  const ws = line.split(/\s+/);
  if (ws.length > 10 || ws.some((w) => SPEECH_VERBS.has(w.toLowerCase()) || SIGNATURE_BREAK.test(w))) return cue;
  return { ...cue, end: cue.start + line.length };
}
const SIGNATURE_BREAK = /^(?:that|which|who|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|do|does|did)$/i;

/**
 * "“You know, it happens, right?” Trump went on, as if …" / "“…” she went on.": "went on" (or
 * "goes on") closing its clause is a reporting verb, its speaker the name or the pronoun before it;
 * "went on to say", "went on television" and the like carry on a sentence of their own (as
 * "continued" is listed, "went on" is not in SPEECH_VERBS: one word is no "go on")
 */
function wentOn({ text, ws, paraEnd, mentionAt }: After): Cue | undefined {
  const k = ws.findIndex((w, i) => i < 4 && /^(?:went|goes)$/.test(w.w) && ws[i + 1]?.w === "on");
  if (k < 1 || !/^\s+$/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) return undefined;
  const end = ws[k + 1]!.end;
  if (!/^\s*(?:[,.;:!?]|$)/.test(text.slice(end, Math.min(paraEnd, end + 2)))) return undefined;
  const speaker = ws.slice(0, k);
  const pronoun = k === 1 && PRONOUN.test(ws[0]!.w);
  if (!pronoun && !speaker.every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w))) return undefined;
  return phraseAt(text, ws, 0, k, mentionAt) ?? undefined;
}

/**
 * A quote whose sentence does not go on after it has no cue after it, unless a reporting verb
 * opens the words after it (alone or after a pronoun) or one of the name-and-verb sentences
 * below follows it.
 */
function sentenceClosed(a: After): null | undefined {
  const { first, openEnded } = a;
  if (!openEnded && !(SPEECH_VERBS.has(first) || pronounSaidOnly(a) || nameThenVerb(a, 1) || nameThenVerb(a, 2) || nameThenVerb(a, 3) || describedNameThenVerb(a) || pairThenVerb(a) || nameSaidOnly(a, 1) || nameSaidOnly(a, 2) || nameSaidOnly(a, 3))) return null;
  return undefined;
}

// the words a pronoun's "said" may have after it in the sentence after a quote: "He said on
// Tuesday." ends within four; past a few the sentence goes on and reports words of its own ("He
// said, twice, that he …", "She said the party would …"). On PolNeAR any limit from 0 to 8 words
// moves the same 4 quotes in each train half (all to the cue before them) and none in dev.
const SAID_ONLY_TAIL = 4;

/**
 * (""…." He said." / ""…." She added on Tuesday.": a pronoun and its reporting verb after a quote
 * that closed its sentence; not when the verb opens a new report, ""…." He added, "…"", "She
 * replied that …" — that reports more words, and the quote before it goes with the speaker
 * before it)
 */
function pronounSaidOnly({ text, ws }: After): boolean {
  if (!PRONOUN.test(ws[0]!.w.toLowerCase()) || !SPEECH_VERBS.has(ws[1]?.w.toLowerCase() ?? "")) return false;
  const next = text.slice(ws[1]!.end, ws[1]!.end + 8);
  return !/^\s*[,:]?\s*["“]/.test(next) && ws[2]?.w !== "that" && ws.length <= 2 + SAID_ONLY_TAIL;
}

/**
 * (a quote closed without its comma, ""The Iowa caucus is a battle of niches" Grubbs said.",
 * still takes a name or pronoun right before a reporting verb)
 */
function nameThenVerb({ text, from, inner, ws, mentionAt }: After, k: number): boolean {
  return !/[.!?]['’]?$/.test(inner) && SPEECH_VERBS.has(ws[k]?.w.toLowerCase() ?? "") && !ws[k]!.w.endsWith("ing") && /^\s+$/.test(text.slice(from, ws[0]!.start)) && ws.slice(0, k).every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w));
}

/** (two names joined by "and": ""…" Edward-Isaac Dovere and Gabriel Debenedetti wrote.") */
function pairThenVerb({ text, from, inner, ws, mentionAt }: After): boolean {
  const and = ws.findIndex((w, k) => k > 0 && k < 4 && w.w === "and");
  return and > 0 && ws.slice(0, and).every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w)) && namesJoined(text, ws, and, mentionAt) > 0 && !/[.!?]['’]?$/.test(inner) && /^\s+$/.test(text.slice(from, ws[0]!.start));
}

/**
 * (and so does a described name: ""I cannot imagine how exhausted you must be" former State
 * policy planning director Anne-Marie Slaughter wrote": words with no punctuation among them,
 * a name closing them, then the verb)
 */
function describedNameThenVerb({ text, from, inner, ws, mentionAt }: After): boolean {
  if (/[.!?]['’]?$/.test(inner) || !/^\s+$/.test(text.slice(from, ws[0]!.start))) return false;
  for (let k = 2; k < Math.min(ws.length, 9); k++) {
    const w = ws[k]!;
    if (/[,.;:()—–"“”]/.test(text.slice(ws[k - 1]!.end, w.start))) return false;
    if (SPEECH_VERBS.has(w.w) && !w.w.endsWith("ing")) return !!mentionAt(ws[k - 1]!.start, ws[k - 1]!.end);
    if (CLAUSE_BREAK.test(w.w) || PREPOSITION.test(w.w) && w.w !== "of") return false;
  }
  return false;
}

/**
 * ("“… the emails that are missing.” Trump said.": a full stop inside the marks, then a sentence
 * that is only a name and its reporting verb, a word or two after it at most)
 */
function nameSaidOnly({ text, from, paraEnd, ws, mentionAt }: After, k: number): boolean {
  return ws.length <= k + 3 && SPEECH_VERBS.has(ws[k]?.w ?? "") && !ws[k]!.w.endsWith("ing") && /^\s+$/.test(text.slice(from, ws[0]!.start)) && ws.slice(0, k).every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w)) && (ws[ws.length - 1]!.end >= paraEnd || /^\s*[.!?]/.test(text.slice(ws[ws.length - 1]!.end, ws[ws.length - 1]!.end + 3)));
}

/**
 * "Leonard E. Burman, director of the centre and a professor at …, said": a long appositive
 * (the head may be a few words, "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said")
 */
function appositiveHead({ text, ws, mentionAt }: After): Cue | undefined {
  let c0 = 0;
  while (c0 < 3 && ws[c0 + 1] && /^\p{Lu}/u.test(ws[c0 + 1]!.w) && !/,/.test(text.slice(ws[c0]!.end, ws[c0 + 1]!.start))) c0++;
  const head = phraseAt(text, ws, 0, c0 + 1, mentionAt);
  if (head && head.kind !== "description" && head.end >= ws[c0]!.end && /^,/.test(text.slice(ws[c0]!.end, ws[c0]!.end + 1))) {
    for (let v = 2; v < Math.min(ws.length, 45); v++) {
      if (SPEECH_VERBS.has(ws[v]!.w.toLowerCase()) && /,\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) return head;
      if (SPEECH_VERBS.has(ws[v]!.w.toLowerCase()) && ADVERB.test(ws[v - 1]!.w) && /,\s*$/.test(text.slice(ws[v - 2]!.end, ws[v - 1]!.start))) return head;
    }
  }
  return undefined;
}

/**
 * "Putin said" / "Mr. King, 82, said" / "the former vice president added": the subject opens
 * the clause, the verb follows within a few words (an appositive between commas allowed)
 */
function speakerThenVerb({ text, ws, mentionAt }: After): Cue | null {
  for (let v = 1; v < Math.min(ws.length, 24); v++) {
    const lv = ws[v]!.w.toLowerCase();
    // "“…,” the former mayor was quoted as saying": the passive names its speaker before "was"
    if (lv === "quoted" && ws[v + 1]?.w.toLowerCase() === "as" && /^(?:is|was|were|are|been)$/i.test(ws[v - 1]!.w) && v > 1) {
      const cue = phraseAt(text, ws, 0, v - 1, mentionAt);
      if (cue) return cue;
    }
    // ("donations began to pick up": a verb taking "to" and another verb reports no speech)
    // ("“…,” the report said": a reporting word right after an article is a noun, the subject's head)
    // ("Trump campaign spokeswoman Hope Hicks said": a capitalised verb form after the quote's
    // first word is a name's)
    // ("“…,” the congressional report said", "the GAO report said": a bare verb form after an
    // article and one modifier is a noun too; a singular subject would take "reports", and "the
    // two write" is a number's verb)
    const bareAfterModifier = v > 1 && /^(?:the|a|an|his|her|their|its|our|this)$/i.test(ws[v - 2]!.w) && !/(?:s|ed|ing)$/.test(lv) && !PAST.test(lv) && !/s$/.test(ws[v - 1]!.w) && !DETERMINER.test(ws[v - 1]!.w) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) && !/[,;:]/.test(text.slice(ws[v - 2]!.end, ws[v]!.start));
    const noun = (/^(?:the|a|an|his|her|their|its|our|this|that)$/i.test(ws[v - 1]!.w) && !/,/.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) || /^\p{Lu}/u.test(ws[v]!.w) || bareAfterModifier;
    if (!SPEECH_VERBS.has(lv) || noun || (/^(?:begin|begins|began|begun|continue|continues|continued)$/.test(lv) && ws[v + 1]?.w.toLowerCase() === "to")) {
      // ("“…,” Ana Ruiz and Tom Berg said": "and" between two names, the verb a few words on,
      // joins two speakers; the first is the cue)
      if (CLAUSE_BREAK.test(lv) && !/,\s*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start)) && !(lv === "and" && !!mentionAt(ws[0]!.start, ws[0]!.end) && !!mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) && namesJoined(text, ws, v, mentionAt) > 0)) return null;
      continue;
    }
    const cue = phraseAt(text, ws, 0, v, mentionAt);
    if (cue && cue.kind !== "description") return cue;
    // "“…,” like the recent volatility of markets, said Richard Curtin" / "“…,” and donations
    // began to pick up, Gilbert said": when the words opening the stretch name nobody, the
    // clause right before the verb (after its comma) holds the speaker
    let c = v;
    while (c > 1 && !/,/.test(text.slice(ws[c - 1]!.end, ws[c]!.start))) c--;
    // (not past a described subject and its appositive: "the Vatican spokesman, Federico
    // Lombardi, told Vatican Radio" names its speaker first, and "told" takes an object)
    if (c > 1 && !DETERMINER.test(ws[0]!.w) && !(c === v && /^(?:tell|tells|told|telling)$/.test(lv))) {
      const near = c === v ? (ws[v + 1] ? phraseAt(text, ws, v + 1, Math.min(ws.length, v + 9), mentionAt) : null) : phraseAt(text, ws, c, v, mentionAt);
      if (near && near.kind !== "description") return near;
    }
    return cue;
  }
  return null;
}

/**
 * After the "and" at `v`: the index of a reporting verb that follows a name (title abbreviations
 * allowed) with nothing but spaces between, within six words; -1 when the words are anything else.
 */
function namesJoined(text: string, ws: Word[], v: number, mentionAt: (s: number, e: number) => Span | null): number {
  for (let k = v + 1; k < Math.min(ws.length, v + 7); k++) {
    if (!/^\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) return -1;
    const w = ws[k]!.w;
    if (SPEECH_VERBS.has(w) && !w.endsWith("ing")) return k > v + 1 && !!mentionAt(ws[k - 1]!.start, ws[k - 1]!.end) ? k : -1;
    if (!mentionAt(ws[k]!.start, ws[k]!.end) && !TITLE_ABBREV.test(w)) return -1;
  }
  return -1;
}

/** Index of "put" in "as X put(s) it" opening at word `as`, or -1. */
export function asPutIt(ws: Word[], as: number, said = false): number {
  for (let k = as + 2; k < Math.min(ws.length - 1, as + 10); k++) {
    if (/^puts?$/i.test(ws[k]!.w) && /^it$/i.test(ws[k + 1]!.w)) return k;
    // "as Cruz said on Glenn Beck's program", "as he noted": a name or a pronoun, then the verb
    // (after the quote only: before it, "Zimmerman, who identifies as Hispanic, told" is no citation)
    if (SPEECH_VERBS.has(ws[k]!.w)) return said && k <= as + 4 && AS_SAID_VERB.test(ws[k]!.w) && ws.slice(as + 1, k).every((w) => /^\p{Lu}/u.test(w.w) || /^(?:he|she|they)$/.test(w.w)) ? k : -1;
  }
  return -1;
}
