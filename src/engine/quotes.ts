/**
 * Direct quotations and who said them.
 *
 * Marks: curly and straight double quotes (and '' as one mark, as archives write it), and single
 * quotes (headlines, British style, nested) when they pair up inside one paragraph and are not
 * apostrophes (letter'letter, '90s, rock 'n' roll). A paragraph whose quotation is still open at
 * its end continues into the next paragraph when that one opens with a mark (the convention for
 * multi-paragraph quotes); each paragraph's part is one Quote. An unclosed mark otherwise yields
 * nothing: never a runaway quote. Titles of shows and works named as such and embed ids are not
 * quotations.
 *
 * Speakers, in order of trust: a reporting verb right before the quote (", Trump boasted, "…"");
 * the cue right after a quote that opens its sentence (", Putin said" / "said Putin" / ", Mr.
 * King, 82, said" / "― Name" / "was quoted as saying" / "as X put it"); "according to X"; "X:
 * "…""; the subject of the first reporting verb of the sentence before the quote (main clause
 * over reported ones and over a subordinate clause opening the sentence; ", saying" goes to the
 * sentence's subject; "what he called" to the sentence's subject); the cue closing the sentence
 * of a partial quote (", said Brad Bannon."); the owner of a speech noun ("Trump's claim that
 * …"); the sentence's earlier quote for a later one with no verb of its own; the sentence's
 * subject for a partial quote with no reporting verb; the sentence before, or the paragraph
 * before, for a quote standing alone; then the previous quote's speaker when the quote
 * continues a turn. Described speakers ("a senior official", "Law enforcement sources", "Two
 * officials, speaking on condition of anonymity,") are cues with a speaker only when someone's
 * role matches. Measured on PolNeAR (scripts/eval/parts/quotes.mjs); every rule was kept only
 * if it helped dev and train alike, and none follows PolNeAR where it departs from who spoke
 * (its Source for "X said, according to Y" is Y; ours stays X).
 */
import { isAsciiUpper as asciiUpper } from "./ascii";
import { SPEECH_VERBS } from "./lexicon/speech";
import { lastStartingAtOrBefore } from "./people/tokens";
import { describedAs, isPartyNoun, isPersonNoun } from "./quotes/describe";
import { type Gender, personGender } from "./quotes/gender";
import { type RawQuote, findRawQuotes, paragraphs } from "./quotes/marks";
import { dropNonQuotations, isCaption } from "./quotes/not-speech";
import { sentenceEnd, sentenceStart } from "./quotes/sentences";
import { ADVERB, AGENT_END, AUXILIARY, CLAUSE_BREAK, DETERMINER, NOT_A_SPEAKER, PAST, PREPOSITION, PRONOUN, SENTENCE_OPENER, SUBORDINATOR, TITLE_ABBREV } from "./quotes/word-classes";
import { type Word, words } from "./quotes/words";
import type { Person, Quote, Span } from "./types";

/** One of the marks /["“”‘’'„«»]/ strips, by char code (a Set lookup per character was the
 *  hottest line of findQuotes on a long page). */
function isQuoteMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x201e || c === 0xab || c === 0xbb;
}
/** JavaScript's \s as a char-code test: ASCII spaces, the Unicode space separators and breaks. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /\p{L},\s*$/u.test(s) without scanning `s` from its start: a letter, a comma, then only spaces
 *  (\s is what trimEnd removes). */
function letterCommaEnd(s: string): boolean {
  const t = s.trimEnd();
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 44) return false;
  const c = t.charCodeAt(n - 2);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /\p{L},$/u.test(t.slice(-3));
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
/** UTF-16 length of the code point at i if `ascii(c)` (ASCII) or `re` (other) holds for it, else 0. */
function codePointIf(s: string, i: number, ascii: (c: number) => boolean, re: RegExp): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return ascii(c) ? 1 : 0;
  const n = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
  return re.test(s.slice(i, i + n)) ? n : 0;
}
const asciiLetterOrHyphen = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;

/** The matches of /\p{Lu}[\p{L}-]+/gu in `s`, scanned by char code (ASCII) and code point. */
function capitalisedWords(s: string): { index: number; w: string }[] {
  const out: { index: number; w: string }[] = [];
  for (let i = 0; i < s.length; ) {
    const u = codePointIf(s, i, asciiUpper, UPPER);
    if (!u) {
      // (the regex steps a code point at a time)
      const c = s.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    let j = i + u;
    for (let k = codePointIf(s, j, asciiLetterOrHyphen, LETTER); k; k = codePointIf(s, j, asciiLetterOrHyphen, LETTER)) j += k;
    // a capital alone (no letter or hyphen after it) is no match there
    if (j === i + u) {
      i += u;
      continue;
    }
    out.push({ index: i, w: s.slice(i, j) });
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Attribution

interface Cue extends Span {
  kind: "name" | "pronoun" | "former" | "latter" | "description";
  /** Only the first person-like words of the sentence, with no reporting verb behind them. */
  weak?: boolean;
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

/** The noun phrase naming a speaker that ends at word index `i` (inclusive), scanning left. */
function subjectEndingAt(ws: Word[], i: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
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
    if ((SPEECH_VERBS.has(d) && ws[k - 1]?.w.toLowerCase() !== "of") || /^(?:or|but|that|to|in|on|for|with)$/.test(d)) break;
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
    // "House Speaker Paul D. Ryan of Wisconsin lamented", "Serena Kelleher-Vergantini of
    // Washington's Institute for Science and International Security wrote": the person before
    // "of" and a place or an organisation (whose name may hold "for", "and", "the")
    let o = k;
    while (o > 1 && k - o < 8 && ws[o - 1]!.w !== "of" && (/^\p{Lu}/u.test(ws[o - 1]!.w) || /^(?:for|and|the|on)$/.test(ws[o - 1]!.w))) o--;
    const of = o > 1 && ws[o - 1]!.w === "of" ? mentionAt(ws[o - 2]!.start, ws[o - 2]!.end) : null;
    if (of) return { start: of.start, end: of.end, kind: "name" };
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

// the head of a time phrase ("in 2010", "on Monday", "last week")
const TIME_WORD = /^(?:\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|night|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter)$/;

/** The noun phrase that opens `ws` at index `i` (the subject of ", X said" after a quote). */
function phraseAt(text: string, ws: Word[], i: number, verb: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
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
  if (DETERMINER.test(lw)) return { start: w.start, end: ws[k]!.end, kind: "description" };
  // bare plurals speak too ("officials said", "protesters chanted"); "when Clinton…" does not
  // ("including provisions he said …", "not for her policy": a preposition or a negation opens
  // no subject)
  if (/^\p{Ll}/u.test(w.w)) return !CLAUSE_BREAK.test(lw) && !PREPOSITION.test(lw) && !/^(?:if|when|meaning|though|although|since|until|unless|whether|where|how|what|why|including|excluding|regarding|concerning|following|like|unlike|not|than|per)$/.test(lw) ? { start: w.start, end: ws[k]!.end, kind: "description" } : null;
  if (/^\p{Lu}/u.test(w.w)) return { start: w.start, end: ws[k]!.end, kind: "name" };
  return null;
}

/**
 * The cue after a quote: ", Putin said" / ", said Putin" / ", Mr. King, 82, said" / ", the
 * former vice president added" / ", according to X". Only when the sentence goes on after the
 * quote: a quote that ends in a full stop closed its sentence, and a mid-sentence scare quote
 * ("called it "fake news" and …") takes its speaker from before.
 */
function cueAfter(text: string, q: RawQuote, paraEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const from = q.close + 1;
  // "…, it was the fault of those 5,000 people,’”": a nested quote's closing mark is no word
  const inner = text.slice(Math.max(q.start, q.end - 4), q.end).replace(/['’‘]+$/, "");
  const after = text.slice(from, from + 3);
  const openEnded = /[,?!—–\-…:]\s*$/.test(inner) || /^\s*[,—–]/.test(after);
  const to = sentenceEnd(text, from, paraEnd);
  const ws = words(text, from, Math.min(to, from + 240));
  if (!ws.length || ws[0]!.start - from > 4) return null;
  const first = ws[0]!.w.toLowerCase();
  // "“That makes me smart,” when Clinton blasted him": a clause of time or cause after the
  // quote is no cue
  if (/^(?:when|whenever|while|because|if|after|before|since|although|though|unless|until|where)$/.test(first)) return null;
  // ", according to X"
  if (openEnded && first === "according" && ws[1]?.w.toLowerCase() === "to") return phraseAt(text, ws, 2, Math.min(ws.length, 10), mentionAt);
  // ", as a Homeland Security memo put it": "as X put it" cites X
  if (first === "as") {
    const put = asPutIt(ws, 0, true);
    if (put > 0) return phraseAt(text, ws, 1, put, mentionAt);
  }
  // "said Putin" / "said the former vice president"
  // (not "“…,” Read said." / "“…,” Brand says.": a capitalised word before a reporting verb in
  // lower case is the speaker's name, though it spells a verb)
  const nameLikeVerb = /^\p{Lu}/u.test(ws[0]!.w) && !!ws[1] && /^\p{Ll}/u.test(ws[1].w) && SPEECH_VERBS.has(ws[1].w) && !ws[1].w.endsWith("ing") && /^\s+$/.test(text.slice(ws[0]!.end, ws[1].start));
  if (SPEECH_VERBS.has(first) && !nameLikeVerb) {
    // "“…,” adding that Trump …": a participle goes on the sentence before the quote
    if (first.endsWith("ing")) return null;
    let j = 1;
    while (ws[j] && ADVERB.test(ws[j]!.w) && !mentionAt(ws[j]!.start, ws[j]!.end)) j++;
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
    return cue;
  }
  // "“…” ― Adriana Rodarte": a dash and a name after the quote sign it (reader comments, epigraphs)
  if (/^\s*(?:[―—–]|--?)\s*\p{Lu}/u.test(text.slice(from, ws[0]!.start + 1))) {
    const cue = phraseAt(text, ws, 0, Math.min(ws.length, 8), mentionAt);
    if (cue) return { ...cue, kind: cue.kind === "description" ? "description" : "name" };
  }
  // (a quote closed without its comma, ""The Iowa caucus is a battle of niches" Grubbs said.",
  // still takes a name or pronoun right before a reporting verb)
  const nameThenVerb = (k: number) => !/[.!?]['’]?$/.test(inner) && SPEECH_VERBS.has(ws[k]?.w.toLowerCase() ?? "") && !ws[k]!.w.endsWith("ing") && /^\s+$/.test(text.slice(from, ws[0]!.start)) && ws.slice(0, k).every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w));
  // (two names joined by "and": ""…" Edward-Isaac Dovere and Gabriel Debenedetti wrote.")
  const and = ws.findIndex((w, k) => k > 0 && k < 4 && w.w === "and");
  const pairThenVerb = (): boolean => and > 0 && ws.slice(0, and).every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w)) && namesJoined(text, ws, and, mentionAt) > 0 && !/[.!?]['’]?$/.test(inner) && /^\s+$/.test(text.slice(from, ws[0]!.start));
  // (and so does a described name: ""I cannot imagine how exhausted you must be" former State
  // policy planning director Anne-Marie Slaughter wrote": words with no punctuation among them,
  // a name closing them, then the verb)
  const describedNameThenVerb = (): boolean => {
    if (/[.!?]['’]?$/.test(inner) || !/^\s+$/.test(text.slice(from, ws[0]!.start))) return false;
    for (let k = 2; k < Math.min(ws.length, 9); k++) {
      const w = ws[k]!;
      if (/[,.;:()—–"“”]/.test(text.slice(ws[k - 1]!.end, w.start))) return false;
      if (SPEECH_VERBS.has(w.w) && !w.w.endsWith("ing")) return !!mentionAt(ws[k - 1]!.start, ws[k - 1]!.end);
      if (CLAUSE_BREAK.test(w.w) || PREPOSITION.test(w.w) && w.w !== "of") return false;
    }
    return false;
  };
  // ("“… the emails that are missing.” Trump said.": a full stop inside the marks, then a sentence
  // that is only a name and its reporting verb, a word or two after it at most)
  const nameSaidOnly = (k: number): boolean => ws.length <= k + 3 && SPEECH_VERBS.has(ws[k]?.w ?? "") && !ws[k]!.w.endsWith("ing") && /^\s+$/.test(text.slice(from, ws[0]!.start)) && ws.slice(0, k).every((w) => !!mentionAt(w.start, w.end) || TITLE_ABBREV.test(w.w)) && (ws[ws.length - 1]!.end >= paraEnd || /^\s*[.!?]/.test(text.slice(ws[ws.length - 1]!.end, ws[ws.length - 1]!.end + 3)));
  if (!openEnded && !(SPEECH_VERBS.has(first) || (PRONOUN.test(first) && SPEECH_VERBS.has(ws[1]?.w.toLowerCase() ?? "")) || nameThenVerb(1) || nameThenVerb(2) || nameThenVerb(3) || describedNameThenVerb() || pairThenVerb() || nameSaidOnly(1) || nameSaidOnly(2) || nameSaidOnly(3))) return null;
  // "Leonard E. Burman, director of the centre and a professor at …, said": a long appositive
  // (the head may be a few words, "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said")
  let c0 = 0;
  while (c0 < 3 && ws[c0 + 1] && /^\p{Lu}/u.test(ws[c0 + 1]!.w) && !/,/.test(text.slice(ws[c0]!.end, ws[c0 + 1]!.start))) c0++;
  const head = phraseAt(text, ws, 0, c0 + 1, mentionAt);
  if (head && head.kind !== "description" && head.end >= ws[c0]!.end && /^,/.test(text.slice(ws[c0]!.end, ws[c0]!.end + 1))) {
    for (let v = 2; v < Math.min(ws.length, 45); v++) {
      if (SPEECH_VERBS.has(ws[v]!.w.toLowerCase()) && /,\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) return head;
      if (SPEECH_VERBS.has(ws[v]!.w.toLowerCase()) && ADVERB.test(ws[v - 1]!.w) && /,\s*$/.test(text.slice(ws[v - 2]!.end, ws[v - 1]!.start))) return head;
    }
  }
  // "Putin said" / "Mr. King, 82, said" / "the former vice president added": the subject opens
  // the clause, the verb follows within a few words (an appositive between commas allowed)
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
    const noun = (/^(?:the|a|an|his|her|their|its|our|this|that)$/i.test(ws[v - 1]!.w) && !/,/.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) || /^\p{Lu}/u.test(ws[v]!.w);
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

/** Whether most words of the stretch are capitalised (a headline). */
function isTitleCased(text: string, ws: Word[]): boolean {
  if (ws.length < 3) return false;
  // (a reporting verb in lower case is prose, however many names it holds: "Iowa State
  // University's Dianne Bystrom agreed", "Washington Post columnist Michael Gerson … calls")
  return ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w.w)).length * 3 >= ws.length * 2 && !ws.some((w) => /^\p{Ll}/u.test(w.w) && SPEECH_VERBS.has(w.w));
}

/** The first person-like phrase of a stretch: a name mention or a pronoun ("Trump … , saying"). */
function firstSubject(ws: Word[], upTo: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  // a capitalised word opening the sentence is its subject even when the finder did not take it
  // as a name ("Viguerie is upbeat about Cruz's chances")
  const w0 = ws[0];
  if (w0 && upTo > 1 && ws[1]!.start - w0.end <= 1 && /^\p{Lu}\p{Ll}/u.test(w0.w) && !/(?:ing|ed|ly)$/.test(w0.w) && !mentionAt(w0.start, w0.end) && !NOT_A_SPEAKER.test(w0.w) && !SENTENCE_OPENER.test(w0.w) && !DETERMINER.test(w0.w) && !PRONOUN.test(w0.w)) {
    // "Democratic presidential candidate Bernie Sanders is …": the name a few words on is the head
    for (let j = 1; j < Math.min(upTo, 6) && ws[j]!.start - ws[j - 1]!.end <= 2; j++) {
      const m = mentionAt(ws[j]!.start, ws[j]!.end);
      if (m) return { start: w0.start, end: m.end, kind: "name" };
      if (/^\p{Ll}/u.test(ws[j]!.w) && !/^(?:presidential|vice|former|state|house|senate|campaign|party|press|chief|deputy|senior|top|general|national|county|city|federal|executive|assistant|communications|policy|foreign|defense|finance|economic|security|political|spokesman|spokeswoman|spokesperson|secretary|candidate|nominee|leader|chairman|chairwoman|director|manager|adviser|advisor|governor|senator|president|minister|ambassador|attorney|mayor|member|front-runner|hopeful|rival|constituent|strategist|pollster|analyst|official|aide|lawyer|judge|congressman|congresswoman|representative|delegate|voter|supporter|activist|founder|ceo|host|anchor|reporter|editor|writer|columnist|author|professor|expert)$/i.test(ws[j]!.w)) break;
    }
    let k = 0;
    // "Sens. Jeff Merkley": a title's period joins it to the name
    while (k + 1 < upTo && /^\p{Lu}/u.test(ws[k + 1]!.w) && ws[k + 1]!.start - ws[k]!.end <= (TITLE_ABBREV.test(ws[k]!.w) ? 2 : 1)) k++;
    if (!SPEECH_VERBS.has(ws[k]!.w.toLowerCase())) return { start: w0.start, end: ws[k]!.end, kind: "name" };
  }
  for (let k = 0; k < upTo; k++) {
    const w = ws[k]!;
    const m = mentionAt(w.start, w.end);
    if (m) return { start: m.start, end: m.end, kind: "name" };
    if (/^(?:he|she|they)$/i.test(w.w)) return { start: w.start, end: w.end, kind: "pronoun" };
  }
  // "The piece used one of her quotes as its headline: "…"": a described subject, when the
  // sentence opens with one and names nobody
  if (w0 && /^(?:the|a|an)$/i.test(w0.w) && upTo > 2) {
    let k = 1;
    // (not into the verb or an adverb after the head: "The music seemed", "The company now")
    while (k + 1 < Math.min(upTo, 5) && /^[\p{Lu}\p{Ll}]/u.test(ws[k + 1]!.w) && !SPEECH_VERBS.has(ws[k + 1]!.w.toLowerCase()) && !PREPOSITION.test(ws[k + 1]!.w) && !CLAUSE_BREAK.test(ws[k + 1]!.w) && !AUXILIARY.test(ws[k + 1]!.w) && !/(?:ed|s)$/.test(ws[k]!.w) && !(/^\p{Ll}+ed$/u.test(ws[k + 1]!.w) || /^(?:now|so|still|even|only|just|too|also|then|often|never|later|once)$/.test(ws[k + 1]!.w))) k++;
    return { start: w0.start, end: ws[k]!.end, kind: "description" };
  }
  return null;
}

/**
 * The subject of the first reporting verb in `ws` ("Putin said that", "Mr. King, 82, said,",
 * "Trump attacked Clinton, saying,"). A verb form used as a noun ("Obama's remarks", "the
 * claims") is no verb.
 */
// ", as Cruz said on …" / ", as he noted": a citation after a partial quote
const AS_SAID_VERBS = "said|says|noted|notes|wrote|writes|argued|argues|observed|remarked|warned|explained|told|tells|claimed|claims";
const AS_SAID_VERB = new RegExp(`^(?:${AS_SAID_VERBS})$`);
const AS_SAID = new RegExp(String.raw`^\s*,?\s*as\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:${AS_SAID_VERBS})\b`, "u");

// a reporting verb in lower case right after a quote's closing mark ("“…?” asked Dunn")
const INVERTED_AFTER = /^\s*(?:said|asked|added|wrote|replied|responded|countered|shouted|yelled|cried|demanded|wondered|exclaimed)\s+\S/;

function speechSubject(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null, fromVerb = 1): Cue | null {
  const headline = isTitleCased(text, ws);
  // the first reporting verb: "Clinton says she hopes …, but she knows that "…"" is Clinton's
  // turn; a report inside a report ("X said Y told him "…"") is annotated for both
  for (let v = Math.max(1, fromVerb); v < ws.length; v++) {
    const lv = ws[v]!.w.toLowerCase();
    if (!SPEECH_VERBS.has(lv)) continue;
    // "the United States" holds no verb; a capitalised verb only in a title-cased headline
    if (/^\p{Lu}/u.test(ws[v]!.w) && !headline) continue;
    const before = text.slice(ws[v - 1]!.end, ws[v]!.start);
    const pw = ws[v - 1]!.w.toLowerCase();
    // "Clinton's attacks were echoed by her campaign", "Trump was asked": a reporting verb in the
    // passive has the words said, or the one spoken to, as its subject, never the speaker
    // (its speaker, when named, follows "by": "Rubio was asked by moderator Gerard Baker whether")
    if (/^(?:is|was|were|are|be|been|being)$/.test(pw) && (lv.endsWith("ed") || PAST.test(lv))) {
      let e = v + 3;
      while (e < Math.min(ws.length, v + 10) && !AGENT_END.test(ws[e]!.w) && !/[,;:.]/.test(text.slice(ws[e - 1]!.end, ws[e]!.start))) e++;
      const agent = ws[v + 1]?.w === "by" && ws[v + 2] && /^\s+$/.test(text.slice(ws[v]!.end, ws[v + 1]!.start)) ? phraseAt(text, ws, v + 2, e, mentionAt) : null;
      if (agent && agent.kind !== "description") return agent;
      continue;
    }
    if (/['’]s?$/.test(text.slice(ws[v - 1]!.start, ws[v - 1]!.end)) || /^(?:the|a|an|his|her|their|its|our|my|your|these|those|this|that|of|in|to)$/.test(pw)) continue;
    // "to make a controversial comment", "for the long term": a bare verb form after an article
    // and one word is a noun (a singular subject would take "comments"; a plural one ends in -s)
    const p2 = ws[v - 2]?.w.toLowerCase() ?? "";
    if (/^(?:a|an|the|his|her|its|their|this)$/.test(p2) && !/,/.test(before) && !/(?:s|ed|ing)$/.test(lv) && !PAST.test(lv) && !/s$/.test(pw) && !/^(?:people|police|media|public|staff|men|women|children|crowd)$/.test(pw) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end)) continue;
    // ("an overall cost estimate": the same after an article and two lower-case modifiers, none
    // a plural, an adverb or a pronoun, with no comma between)
    const p3 = ws[v - 3]?.w.toLowerCase() ?? "";
    if (/^(?:a|an|the|his|her|its|their|this)$/.test(p3) && !/[,;:()—–]/.test(text.slice(ws[v - 3]!.end, ws[v]!.start)) && !/(?:s|ed|ing)$/.test(lv) && !PAST.test(lv) && [ws[v - 2]!, ws[v - 1]!].every((w) => /^\p{Ll}+$/u.test(w.w) && !/s$/.test(w.w) && !ADVERB.test(w.w) && !AUXILIARY.test(w.w) && !PRONOUN.test(w.w) && !CLAUSE_BREAK.test(w.w) && !SPEECH_VERBS.has(w.w)) && !/^(?:people|police|media|public|staff|men|women|children|crowd)$/.test(pw)) continue;
    // "32% of Republican claims": a noun after "of" and one modifier ("many of them said" speaks)
    // (after a comma the verb is the sentence's: "officials, speaking on condition of anonymity, said")
    if (ws[v - 2]?.w.toLowerCase() === "of" && !/^(?:them|us|those|whom)$/.test(pw) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) && !/,/.test(before) && !(/ed$/.test(lv) || PAST.test(lv))) continue;
    // ", saying" / ", adding" / ", Claims" (headline) / "and said": the sentence's subject speaks
    // "Trump returned the compliment to Adelson, telling Reuters": after a comma, a participle's
    // subject is the sentence's, not the name before the comma
    const subjectRightBefore = (!!mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) || PRONOUN.test(pw) || pw === "former" || pw === "latter") && !/,\s*$/.test(before);
    if ((lv.endsWith("ing") && !subjectRightBefore) || (/,\s*$/.test(before) && /^\p{Lu}/u.test(ws[v]!.w)) || pw === "and") {
      // ("When asked whom she supported, Ms. Sherry smiled and said": the subject is the main
      // clause's, after the subordinate clause opening the sentence)
      // (the last comma before the verb: the clause may hold an appositive, "When Robby Mook,
      // Clinton's campaign manager, was asked …, he laughed and said")
      let sub = -1;
      if (SUBORDINATOR.test(ws[0]!.w)) for (let k = v - 1; k > 1 && sub < 0; k--) if (/,/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) sub = k;
      const cue = sub > 0 ? (firstSubject(ws.slice(sub), v - sub, mentionAt) ?? firstSubject(ws, v, mentionAt)) : firstSubject(ws, v, mentionAt);
      if (cue) return cue;
      // "when questioned after the debate, asserting": the word before a participle is no subject
      if (lv.endsWith("ing")) continue;
    }
    let s = v - 1;
    while (s >= 0 && (ADVERB.test(ws[s]!.w) || AUXILIARY.test(ws[s]!.w)) && !mentionAt(ws[s]!.start, ws[s]!.end)) s--;
    // "McConnell, who in 2010 said", "Trump on Monday said", "she last week told": a time phrase
    // between the subject and its verb
    if (s > 1 && TIME_WORD.test(ws[s]!.w) && /^(?:in|on|at|during|since|last|this|earlier|late|early)$/i.test(ws[s - 1]!.w) && !/,/.test(text.slice(ws[s - 1]!.end, ws[v]!.start))) {
      s -= 2;
      while (s >= 0 && (ADVERB.test(ws[s]!.w) || AUXILIARY.test(ws[s]!.w)) && !mentionAt(ws[s]!.start, ws[s]!.end)) s--;
      if (s < 0) continue;
    }
    if (s < 0) continue;
    // "Leonard E. Burman, director of the centre, said": the name before the appositive
    if (/,\s*$/.test(text.slice(ws[s]!.end, ws[s + 1]!.start))) {
      for (let k = s - 1; k >= Math.max(0, s - 30); k--) {
        const sep = text.slice(ws[k]!.end, ws[k + 1]!.start);
        if (!/,\s*$/.test(sep)) continue;
        // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a bracket closing
        // before the comma holds the party and state; the name is before it
        // (not a name after a preposition: "Marty West, who worked for Sen. Lamar Alexander
        // (R-Tenn.), …, called it" is West's)
        if (/\)/.test(sep)) {
          let j = k;
          while (j > 0 && k - j < 6 && !/\(/.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) j--;
          const inner = j > 0 && k - j < 6 ? mentionAt(ws[j - 1]!.start, ws[j - 1]!.end) : null;
          let b = j - 2;
          while (inner && b >= 0 && ws[b]!.end > inner.start) b--;
          while (b >= 0 && (TITLE_ABBREV.test(ws[b]!.w) || /^(?:Senator|Representative|Governor|President)$/.test(ws[b]!.w))) b--;
          if (inner && !(b >= 0 && PREPOSITION.test(ws[b]!.w))) k = j - 1;
        }
        const m = mentionAt(ws[k]!.start, ws[k]!.end);
        if (m) return { start: m.start, end: m.end, kind: "name" };
        if (PRONOUN.test(ws[k]!.w)) return { start: ws[k]!.start, end: ws[k]!.end, kind: "pronoun" };
        // "Two senior officials, speaking on condition of anonymity, said": a described subject
        // opening the sentence before its appositive
        const d = subjectEndingAt(ws, k, mentionAt);
        // (not "Her partner, Lars Cummings, called": a name closing the appositive is the head)
        if (d?.kind === "description" && d.start === ws[0]!.start && !mentionAt(ws[s]!.start, ws[s]!.end)) return d;
        // "Even China, Pyongyang's only ally …, said": a name opening the sentence (after at most
        // one sentence adverb) and set off by the appositive is the subject, a person or not
        if (d?.kind === "name" && k <= 1 && (k === 0 || SENTENCE_OPENER.test(ws[0]!.w)) && !mentionAt(ws[s]!.start, ws[s]!.end)) return { start: ws[k]!.start, end: ws[k]!.end, kind: "name" };
      }
    }
    const cue = subjectEndingAt(ws, s, mentionAt);
    // "Ban Ki-moon condemned what he called a "brazen breach"": the pronoun of "what he called"
    // stands for the sentence's subject, who is the one cited
    if (cue?.kind === "pronoun" && /^(?:he|she)$/i.test(ws[s]!.w) && s > 1 && ws[s - 1]!.w.toLowerCase() === "what") {
      const outer = firstSubject(ws, s - 1, mentionAt);
      if (outer) return outer;
    }
    if (cue) return cue;
  }
  return null;
}

// nouns for something said, whose owner said the quote that follows them
const SPEECH_NOUN = /^(?:claims?|remarks?|comments?|statements?|words|assertions?|promises?|pledges?|vows?|warnings?|suggestions?|arguments?|insistence|contention|boasts?|accusations?|admission|descriptions?|characterization|predictions?|declaration|tweets?|slogan|catchphrase|refrain|mantra)$/i;

/**
 * "Politifact checked Donald Trump's claim that there have been "thousands of shootings"" /
 * "Contrary to his claim that people would "learn nothing"": the owner of the last speech noun
 * before the quote, when no reporting verb comes after it.
 */
function possessorOfWords(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null): Cue | null {
  for (let k = ws.length - 1; k >= 1 && k >= ws.length - 12; k--) {
    const lw = ws[k]!.w.toLowerCase();
    if (SPEECH_VERBS.has(lw) && !SPEECH_NOUN.test(lw)) return null;
    if (!SPEECH_NOUN.test(lw)) continue;
    // only a noun whose content follows ("claim that …", "remark: …"); "denounced Trump's remarks
    // as "hurtful"" is the judge's word about them
    if (!(ws[k + 1]?.w.toLowerCase() === "that" || /^\s*:?\s*$/.test(text.slice(ws[k]!.end, ws[k + 1]?.start ?? ws[k]!.end + 1)) && k === ws.length - 1)) return null;
    // the owner is right before the noun, or one modifier before it ("her recent remarks")
    for (let o = k - 1; o >= Math.max(0, k - 2); o--) {
      const ow = ws[o]!;
      const raw = text.slice(ow.start, ow.end);
      if (/^(?:his|her|their)$/i.test(raw)) return { start: ow.start, end: ow.end, kind: "pronoun" };
      if (/['’]s?$/.test(raw)) {
        const m = mentionAt(ow.start, ow.end);
        if (m) return { start: m.start, end: m.end, kind: "name" };
        if (/^\p{Lu}/u.test(raw) && !SENTENCE_OPENER.test(ow.w)) return { start: ow.start, end: ow.start + ow.w.length, kind: "name" };
      }
      if (DETERMINER.test(ow.w)) break;
    }
    return null;
  }
  return null;
}

/** Index of "put" in "as X put(s) it" opening at word `as`, or -1. */
function asPutIt(ws: Word[], as: number, said = false): number {
  for (let k = as + 2; k < Math.min(ws.length - 1, as + 10); k++) {
    if (/^puts?$/i.test(ws[k]!.w) && /^it$/i.test(ws[k + 1]!.w)) return k;
    // "as Cruz said on Glenn Beck's program", "as he noted": a name or a pronoun, then the verb
    // (after the quote only: before it, "Zimmerman, who identifies as Hispanic, told" is no citation)
    if (SPEECH_VERBS.has(ws[k]!.w)) return said && k <= as + 4 && AS_SAID_VERB.test(ws[k]!.w) && ws.slice(as + 1, k).every((w) => /^\p{Lu}/u.test(w.w) || /^(?:he|she|they)$/.test(w.w)) ? k : -1;
  }
  return -1;
}

/** The speaker named before the quote in its sentence. */
// verbs that give a thing a name in marks ("what critics call a "witch hunt"")
const NAMING = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|term|terms|termed|terming|brand|brands|branded|branding|describe|describes|described|describing|refer|refers|referred|referring)$/;

/**
 * The one who names a thing in marks, when the sentence says so around a naming verb right
 * before the mark: "under what Mr. Hedge called "the prior economy model,"", "with Sen. John
 * McCain calling it a "Chinese menu."", "often labeled a "witch hunt" by Democrats". The
 * sentence's subject is not who spoke there, and a cue after the quote's comma belongs to the
 * sentence going on ("…," the club charged).
 */
const NAMING_TAIL = /\b(?:call|dub|label|term|brand|describ|referr?)\p{Ll}*(?:\s+\p{L}+){0,2}\s*$/u;

function namingCue(text: string, q: RawQuote, from: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  // (the last dozen words are all it reads: the verb is one of the last three, who named it at
  // most nine before; started at a space so no word is cut)
  const space = q.open - from > 120 ? text.indexOf(" ", q.open - 120) : -1;
  const ws = words(text, space > 0 && space < q.open ? space : from, q.open);
  const n = ws.length;
  if (n < 2 || !/^\s*$/.test(text.slice(ws[n - 1]!.end, q.open))) return null;
  // the naming verb: the last word, or before "as", "a/an/the", "it/him/her/them" (two at most)
  let v = n - 1;
  while (v > n - 3 && v > 0 && /^(?:as|a|an|the|it|him|her|them|this|that)$/i.test(ws[v]!.w)) v--;
  if (!NAMING.test(ws[v]!.w) || /,/.test(text.slice(ws[v]!.end, q.open))) return null;
  const refers = /^refer/i.test(ws[v]!.w);
  if (refers && !/^to$/i.test(ws[v + 1]?.w ?? "")) return null;
  // the passive, its agent after the quote: "has been called "…" by Joshua Hendrick", "labeled as a
  // "witch hunt" by Democrats" (also the bare participle: "often labeled as a "…" by Democrats")
  const agent = /^[,]?\s+by\s/.exec(text.slice(q.close + 1, q.close + 6));
  // (not "a book called "The Girl's Own Book" by Lydia Child": after a noun, "called … by" is a
  // work's title and its author; the passive is set off by 'be', an adverb or a comma)
  const passive = v > 0 && (/^(?:is|was|were|are|be|been|being)$/i.test(ws[v - 1]!.w) || ADVERB.test(ws[v - 1]!.w) || /,\s*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start)));
  if (agent && passive && /ed$/i.test(ws[v]!.w)) {
    const after = words(text, q.close + 1, Math.min(text.length, q.close + 160));
    let e = 2;
    while (e < Math.min(after.length, 10) && !AGENT_END.test(after[e]!.w) && !/[,;:.()—–]/.test(text.slice(after[e - 1]!.end, after[e]!.start))) e++;
    const cue = after[0]?.w === "by" ? phraseAt(text, after, 1, e, mentionAt) : null;
    if (cue) return cue;
  }
  // "what X called", "whom X dubbed": X names it (a pronoun is left to the sentence's subject,
  // which the general rule gives: "Ban condemned what he called a "breach"")
  let s = v - 1;
  while (s > 0 && (AUXILIARY.test(ws[s]!.w) || ADVERB.test(ws[s]!.w)) && !mentionAt(ws[s]!.start, ws[s]!.end)) s--;
  for (let k = s - 1; k >= Math.max(0, s - 9); k--) {
    const lk = ws[k]!.w.toLowerCase();
    if (/[,;:()—–]/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) break;
    if (lk === "what" || lk === "whom") {
      // (nor "what some call": an indefinite crowd names no one)
      if (k + 1 > s || PRONOUN.test(ws[k + 1]!.w.replace(/['’]\p{L}+$/u, "")) || /^(?:is|was|are|were|been|be)$/i.test(ws[s]!.w) || (k + 1 === s && /^(?:some|many|others|most|few|several|all|both|one|you|people)$/i.test(ws[s]!.w))) return null;
      return phraseAt(text, ws, k + 1, s + 1, mentionAt);
    }
  }
  // "with Sen. John McCain calling it a "…"": the subject of the -ing form after "with"
  if (/ing$/i.test(ws[v]!.w)) {
    for (let k = v - 1; k >= Math.max(0, v - 9); k--) {
      if (/[,;:()—–]/.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) break;
      if (ws[k]!.w.toLowerCase() === "with" && k < v - 1) return phraseAt(text, ws, k + 1, v, mentionAt);
    }
  }
  return null;
}

function cueBefore(text: string, q: RawQuote, paraStart: number, paraEnd: number, prevQuoteEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const from = Math.max(sentenceStart(text, q.open, paraStart), prevQuoteEnd);
  const ws = words(text, from, q.open);
  // ""I have admiration for the mechanics" of the plans, Mr. Holtz-Eakin said.": a quote
  // opening its sentence may still be a partial one, closed by its cue
  if (!ws.length) return closingCue(text, q, paraEnd, mentionAt);
  const tail = text.slice(ws[ws.length - 1]!.end, q.open);
  // "X: "…"" / "the former candidate Mitt Romney -- "…"": a name right before the mark
  if (/^\s*(?::|--|—|–)\s*$/.test(tail)) {
    const last = ws[ws.length - 1]!;
    const m = mentionAt(last.start, last.end);
    // (not the object of a preposition: "…, said of Mr. Rubio:", "told Ana Ruiz:" is the one
    // spoken of or to)
    let b = ws.length - 2;
    while (b >= 0 && ws[b]!.start >= (m?.start ?? 0)) b--;
    if (b >= 0 && TITLE_ABBREV.test(ws[b]!.w)) b--;
    const object = b >= 0 && (PREPOSITION.test(ws[b]!.w) || /^(?:tell|tells|told|telling|ask|asks|asked|asking)$/i.test(ws[b]!.w));
    if (m && !object) return { start: m.start, end: m.end, kind: "name" };
  }
  // "according to X, "…""
  const acc = ws.findIndex((w, k) => w.w.toLowerCase() === "according" && ws[k + 1]?.w.toLowerCase() === "to");
  if (acc >= 0 && ws[acc + 2]) {
    // the phrase after "to", up to its comma: "according to Yahoo News, Clinton spokesman …",
    // "according to their attorneys, and said …"
    const cue = phraseAt(text, ws, acc + 2, Math.min(ws.length, acc + 10), mentionAt);
    if (cue) return cue;
  }
  // "as The New Yorker put it in a lengthy expose, "…""
  for (let k = ws.length - 3; k >= 0; k--) {
    if (ws[k]!.w.toLowerCase() !== "as") continue;
    const put = asPutIt(ws, k);
    const cue = put > 0 ? phraseAt(text, ws, k + 1, put, mentionAt) : null;
    if (cue) return cue;
    break;
  }
  // "When Trump suggested …, Rubio fired back: "…"": the clause the colon closes speaks
  if (/:\s*$/.test(tail)) {
    const comma = text.lastIndexOf(",", q.open);
    // (not after an appositive: "Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio:" —
    // a clause opening on its verb has its subject before the comma)
    // ("Mitch McConnell, R-Ky., delivered a blunt message to Trump:" — nor on any verb in lower
    // case: a clause with a subject opens on it, a name, a pronoun or an article)
    const clauseWord = comma > ws[0]!.start ? (words(text, comma + 1, Math.min(q.open, comma + 40))[0]?.w ?? "") : "";
    const opensOnVerb = (SPEECH_VERBS.has(clauseWord) && !clauseWord.endsWith("ing")) || (/^\p{Ll}+(?:ed|ered)$/u.test(clauseWord) && !AUXILIARY.test(clauseWord)) || PAST.test(clauseWord);
    if (comma > ws[0]!.start && !opensOnVerb) {
      const clause = words(text, comma + 1, q.open);
      const cue = speechSubject(text, clause, mentionAt) ?? firstSubject(clause, clause.length, mentionAt);
      if (cue) return cue;
    }
  }
  // "When Clinton noted that Trump paid nothing, Trump boasted, "…"": a reporting verb right
  // before the quote introduces it, whatever verbs came earlier in the sentence
  const last = ws[ws.length - 1]!;
  if (/^\s*[,:]\s*$/.test(tail) && SPEECH_VERBS.has(last.w.toLowerCase()) && !last.w.endsWith("ing")) {
    const cue = speechSubject(text, ws, mentionAt, ws.length - 1);
    if (cue) return cue;
  }
  // "Because of how Democrats crafted the schedule, explained Rosenberg, "…"": a verb and then
  // the speaker's name, right before the quote (the inverted "said X" set before the words)
  if (/^\s*[,:]\s*$/.test(tail) && ws.length > 2) {
    const m = mentionAt(last.start, last.end);
    let v = ws.length - 2;
    while (v > 0 && v > ws.length - 5 && m && ws[v]!.start >= m.start) v--;
    const verb = ws[v]!.w;
    if (m && m.end >= last.end && SPEECH_VERBS.has(verb) && !verb.endsWith("ing") && /^[\s,]*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start)) && /,\s*$/.test(text.slice(ws[v - 1]!.end, ws[v]!.start))) return { start: m.start, end: m.end, kind: "name" };
  }
  // "While he acknowledged funding was a reason, Ham also noted several "intangibles"": a clause
  // opening the sentence is subordinate; the main clause after its comma reports the quote
  if (SUBORDINATOR.test(ws[0]!.w)) {
    const comma = ws.findIndex((w, k) => k > 1 && /,/.test(text.slice(ws[k - 1]!.end, w.start)));
    const main = comma > 0 ? speechSubject(text, ws.slice(comma), mentionAt) : null;
    if (main) return main;
  }
  const cue = speechSubject(text, ws, mentionAt);
  if (cue) return cue;
  // "Obama is rolling out a new message: "…"", "Trump took to Twitter to accuse Clinton's campaign
  // of being "duped"": a quote inside a sentence with no reporting verb belongs to its subject
  const closing = closingCue(text, q, paraEnd, mentionAt);
  if (closing) return closing;
  const owner = possessorOfWords(text, ws, mentionAt);
  if (owner) return owner;
  const weak = firstSubject(ws, ws.length, mentionAt);
  return weak && { ...weak, weak: true };
}

/**
 * The cue closing the sentence of a partial quote: "So are a "small handful" of companies …,
 * Gilbert said." / "That would create a "summer of agony" for Clinton, said Brad Bannon."
 */
function closingCue(text: string, q: RawQuote, paraEnd: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const end = sentenceEnd(text, q.close + 1, paraEnd);
  for (let comma = text.indexOf(",", q.close + 1), n = 0; comma > 0 && comma < end && n < 4; comma = text.indexOf(",", comma + 1), n++) {
    const tailWs = words(text, comma + 1, end);
    // (a long sentence after the comma only when it opens on the reporting verb: ", said Michael
    // Kofman, an expert on Russia at …, would read this as …")
    if (tailWs.length < 2 || (tailWs.length > 30 && !(SPEECH_VERBS.has(tailWs[0]!.w) && !tailWs[0]!.w.endsWith("ing")))) continue;
    const cue = cueAfter(text, { start: q.start, end: q.end, open: q.open, close: comma - 1, para: q.para }, paraEnd, mentionAt);
    if (cue) return cue;
  }
  return null;
}

/** The speaker of the sentence before `pos` in its paragraph, when it has a reporting verb. */
function previousSentenceCue(text: string, pos: number, paraStart: number, mentionAt: (s: number, e: number) => Span | null, quoteWithin: (start: number, end: number) => boolean, wholeSentence = false): Cue | null {
  const end = sentenceStart(text, pos, paraStart);
  if (end <= paraStart) return null;
  const start = sentenceStart(text, end - 1, paraStart);
  // a sentence holding a quote of its own has had its speaker given already (in single marks
  // too: "'…,' said Keir Starmer, the Labour leader. '…'" — the later quote continues his turn)
  if (/["“”]/.test(text.slice(start, end)) || quoteWithin(start, end)) return null;
  const ws = words(text, start, end);
  const cue = speechSubject(text, ws, mentionAt);
  if (cue || !wholeSentence) return cue;
  // a quotation that is a whole sentence after a sentence about someone, with no reporting verb
  // anywhere ("She had arrived in the city with no contacts. “I was incredibly intimidated.”"):
  // the person that sentence opens on, a name or "he"/"she", is the one talking (profiles and
  // interviews run so); not a name further in ("The FBI cleared Clinton.")
  const w0 = ws[0];
  if (!w0) return null;
  if (/^(?:he|she)$/i.test(w0.w)) return { start: w0.start, end: w0.end, kind: "pronoun" };
  const m = mentionAt(w0.start, w0.end);
  return m && m.start === w0.start ? { start: m.start, end: m.end, kind: "name" } : null;
}

/** How many people back (nearest first) "he"/"she" may reach for one of its gender. */
const PRONOUN_REACH = 4;

/** How many paragraphs back a cue-less quote paragraph may take its speaker from. */
const TURN_PARAS = 2;

/** The longest speaker's label ("Name, role at organisation:") a roundup puts on a line of its own. */
const MAX_LABEL = 160;
// A transcript's speaker label: one to three words in capitals or Title Case, then a colon
// ("PENCE:", "JAKE TAPPER:", "Said Ellis:"); inside the marks it opens the quoted words
// ("“SANDERS: Look, …”"), before them it is all the sentence holds ("PENCE: “We will…”").
// (inside the marks in capitals only: a Title Case name and a colon opening quoted words is as
// often a title, a slogan or a tweet's subject: "“Austin Powers: The Spy Who Shagged Me”",
// protesters chanting "“Chris Christie: Bad for New Jersey”")
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’.-]+`;
const TITLE_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’-]*`;
const LABEL = String.raw`((?:${CAPS_WORD}|${TITLE_WORD})(?: (?:${CAPS_WORD}|${TITLE_WORD})){0,2})`;
const LABEL_INSIDE = new RegExp(String.raw`^\s*(${CAPS_WORD}(?: ${CAPS_WORD}){0,2}):\s+\S`, "u");
const LABEL_BEFORE = new RegExp(String.raw`^\s*` + LABEL + String.raw`\s*:\s*$`, "u");
/** How many photo captions may stand between a speaker's label and the words. */
const MAX_CAPTIONS = 2;
export function findQuotes(source: string, people: readonly Person[]): Quote[] {
  // Two apostrophes stand for a double mark in some archives and wire feeds (''Yes,'' he said).
  // Rewriting them as space + straight mark keeps every offset and lets one scanner serve both.
  const text = source.includes("''") ? source.replace(/''/g, ' "') : source;
  let raw = findRawQuotes(text);
  if (!raw.length) return [];
  const paras = paragraphs(text);
  // raw is sorted by start; quotes do not nest, so the last one starting at or before pos decides
  // whether a quote overlaps [start, end): the last one starting before `end` decides
  const quoteWithin = (start: number, end: number) => {
    const k = lastStartingAtOrBefore(raw, end - 1);
    return k >= 0 && raw[k]!.end > start;
  };
  const inQuote = (pos: number) => quoteWithin(pos, pos + 1);

  // every person mention, in order, with its person
  const mentions: { start: number; end: number; id: string }[] = [];
  for (const p of people) for (const m of p.mentions) mentions.push({ start: m.start, end: m.end, id: p.id });
  mentions.sort((a, b) => a.start - b.start);
  const mentionOver = (s: number, e: number) => {
    const k = lastStartingAtOrBefore(mentions, e - 1);
    for (let j = k; j >= 0 && j > k - 3; j--) if (mentions[j]!.end > s) return mentions[j]!;
    return null;
  };
  // The finder may miss one occurrence of a name it knows elsewhere ("Trump and Putin …" at a
  // sentence start): a capitalised word equal to a known person's surname still names them.
  const surname = new Map<string, string>();
  for (const p of people) {
    const last = p.name.split(/\s+/).pop()!;
    if (/^\p{Lu}\p{Ll}/u.test(last) && !surname.has(last)) surname.set(last, p.id);
  }
  const mentionAt = (s: number, e: number): Span | null => {
    const m = mentionOver(s, e);
    if (m) return { start: m.start, end: m.end };
    const w = text.slice(s, e).replace(/['’]s$/, "");
    return surname.has(w) ? { start: s, end: s + w.length } : null;
  };
  const personAt = (s: Span): string | null => {
    const m = mentionOver(s.start, s.end);
    if (m) return m.id;
    const ws = text.slice(s.start, s.end).replace(/['’]s$/, "").split(/\s+/);
    return surname.get(ws[ws.length - 1]!) ?? null;
  };
  const byId = new Map(people.map((p) => [p.id, p]));
  // a label in capitals ("PENCE", "JAKE TAPPER") is a person's name or surname in any case
  // (built on the first label only: most pages have none); a surname two people share names neither
  let byLowerName: Map<string, string | null> | null = null;
  const labelPerson = (start: number, end: number): string | null => {
    const m = mentionOver(start, end);
    if (m && m.start <= start && m.end >= end) return m.id;
    if (!byLowerName) {
      byLowerName = new Map();
      for (const p of people) {
        for (const n of [p.name, ...p.aliases]) byLowerName.set(n.toLowerCase(), byLowerName.has(n.toLowerCase()) && byLowerName.get(n.toLowerCase()) !== p.id ? null : p.id);
        const last = "~" + p.name.split(/\s+/).pop()!.toLowerCase();
        byLowerName.set(last, byLowerName.has(last) && byLowerName.get(last) !== p.id ? null : p.id);
      }
    }
    const label = text.slice(start, end).toLowerCase();
    return byLowerName.get(label) ?? byLowerName.get("~" + label.split(" ").pop()!) ?? null;
  };
  const genders = new Map<string, Gender | null>();
  const genderOf = (id: string): Gender | null => {
    let g = genders.get(id);
    if (g === undefined) genders.set(id, (g = personGender(byId.get(id)!, text)));
    return g;
  };
  /** People named before `pos`, nearest first, outside quotes (up to `max`, distinct). */
  const namedBefore = (pos: number, max: number, from = 0): string[] => {
    const out: string[] = [];
    // mentions the finder made, plus known surnames it missed, within the stretch [from, pos)
    const found: { at: number; id: string }[] = [];
    for (let k = lastStartingAtOrBefore(mentions, pos - 1); k >= 0 && found.length < 40; k--) {
      const m = mentions[k]!;
      if (m.end > pos || m.start < from) {
        if (m.start < from) break;
        continue;
      }
      if (!inQuote(m.start)) found.push({ at: m.start, id: m.id });
    }
    if (surname.size) {
      const seg = text.slice(Math.max(from, pos - 400), pos);
      for (const m of capitalisedWords(seg)) {
        const at = pos - seg.length + m.index;
        const id = surname.get(m.w);
        if (id && !inQuote(at) && !found.some((f) => f.at <= at && at < f.at + 40 && f.id === id)) found.push({ at, id });
      }
    }
    found.sort((a, b) => b.at - a.at);
    for (const f of found) if (!out.includes(f.id) && out.push(f.id) >= max) break;
    return out;
  };

  const descriptions = new Map<string, Set<string>>();
  const descriptionOf = (id: string): Set<string> => {
    let d = descriptions.get(id);
    if (!d) descriptions.set(id, (d = describedAs(byId.get(id)!, text, inQuote, (s, e) => {
      const m = mentionOver(s, e);
      return !!m && m.id !== id;
    })));
    return d;
  };
  /** People named in [from, to), outside quotes, in order of first mention there. */
  const namedAfter = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let k = Math.max(0, lastStartingAtOrBefore(mentions, from - 1) + 1); k < mentions.length && mentions[k]!.start < to; k++) {
      const m = mentions[k]!;
      if (m.start >= from && !inQuote(m.start) && !out.includes(m.id)) out.push(m.id);
    }
    return out;
  };
  /** The end of the paragraph after the one holding `pos`. */
  const paraEndAfter = (pos: number): number => {
    const k = lastStartingAtOrBefore(paras, pos);
    return paras[k + 1]?.end ?? paras[k]?.end ?? text.length;
  };

  /** Where the last mention of `id` in [from, pos) outside quotes starts (-1: none). */
  const lastMentionBefore = (id: string, pos: number, from = 0): number => {
    for (let k = lastStartingAtOrBefore(mentions, pos - 1); k >= 0 && mentions[k]!.start >= from; k--) {
      const m = mentions[k]!;
      if (m.id === id && m.end <= pos && !inQuote(m.start)) return m.start;
    }
    return -1;
  };

  const resolve = (cue: Cue): string | null => {
    if (cue.kind === "name") return personAt(cue);
    if (cue.kind === "pronoun") {
      const pronoun = text.slice(cue.start, cue.end).toLowerCase();
      if (/^(?:i|we|they|it)$/.test(pronoun)) return null;
      // "he"/"she": the nearest person named before it whose gender does not contradict it
      // ("Clinton … Trump's remarks … she said" is Clinton); none fits: nobody, not a guess
      const want: Gender | null = pronoun === "he" ? "m" : pronoun === "she" ? "f" : null;
      const fits = namedBefore(cue.start, want ? PRONOUN_REACH : 1).filter((id) => {
        const g = want ? genderOf(id) : null;
        return !g || g === want;
      });
      const nearest = fits[0];
      if (!nearest || fits.length < 2) return nearest ?? null;
      // "Obama met Putin on Monday. “…,” he said": of two who fit, named in the same sentence,
      // the one that sentence opens on (its subject) is the "he", not the one named last
      // (not a name modifying the next one: "Clinton spokeswoman Jennifer Palmieri said", "Trump's
      // lawyer …")
      const at = lastMentionBefore(nearest, cue.start, cue.start - 2000);
      const para = at >= 0 ? paras[lastStartingAtOrBefore(paras, at)] : undefined;
      if (!para) return nearest;
      const from = sentenceStart(text, at, para.start);
      for (const id of fits.slice(1)) {
        const m = lastMentionBefore(id, at, from);
        if (m < from || m >= at || /[\p{L}\p{N}]/u.test(text.slice(from, m))) continue;
        const mi = lastStartingAtOrBefore(mentions, m);
        // "Trump, Sexton said, has created …": the reporting clause set off by commas names the
        // sentence's speaker, and the name before it is what they talked about
        const aside = /^,\s*(?:\S+\s+){0,3}?(\p{L}+)\s*,/u.exec(text.slice(mentions[mi]!.end, mentions[mi]!.end + 60));
        if (aside && SPEECH_VERBS.has(aside[1]!.toLowerCase())) {
          const speakerMention = mentions[mi + 1];
          if (speakerMention && speakerMention.start < mentions[mi]!.end + aside[0].length && fits.includes(speakerMention.id)) return speakerMention.id;
          continue;
        }
        const between = text.slice(mentions[mi]!.end, Math.min(at, mentions[mi + 1]?.start ?? at));
        const bw = between.match(/\p{L}[\p{L}-]*/gu) ?? [];
        if (/^['’]/.test(between) || (bw.length <= 4 && !/[,;:()]/.test(between) && bw.some((w) => isPersonNoun(w.toLowerCase()) || /^(?:campaign|administration|team|camp|staff)$/i.test(w)))) {
          // ("Hale aide Tom Reyes later called Brody": the name the phrase ends on is its subject)
          const head = mentions[mi + 1];
          if (head && head.start < at + 1 && fits.includes(head.id)) return head.id;
          continue;
        }
        return id;
      }
      return nearest;
    }
    if (cue.kind === "former" || cue.kind === "latter") {
      const two = namedBefore(cue.start, 2);
      if (two.length < 2) return null;
      return cue.kind === "former" ? two[1]! : two[0]!;
    }
    // a description: the person whose role holds its head noun, most recently mentioned
    const headWord = text.slice(cue.start, cue.end).split(/\s+/).pop() ?? "";
    const head = headWord.toLowerCase();
    // (a cue cut short to its article, "the", has no head: every role holds "the")
    if (head.length < 3 || DETERMINER.test(head)) return null;
    // "a spokeswoman said", "one official said", "two aides": an indefinite description brings in
    // someone new, who is not the named person holding that role ("the spokeswoman" may be)
    // (but "Jason Sims — a teacher from Mount Pleasant — says": an appositive is the name before it)
    if (/^(?:a|an|one|another|two|three|several|some|many|other)$/i.test(text.slice(cue.start, cue.end).split(/\s+/)[0] ?? "")) {
      const apposed = /[,—–]\s*$/.test(text.slice(cue.start - 3, cue.start)) ? mentionOver(cue.start - 4, cue.start - 1) : null;
      const role = apposed ? (byId.get(apposed.id)?.role?.toLowerCase() ?? "") : "";
      return apposed && role.split(/\s+/).includes(head) ? apposed.id : null;
    }
    // "the agency said", "the report said": only a word for a person describes someone
    // ("The New Yorker" is a name, not a description: a capitalised head only for a party)
    if (!isPersonNoun(head) || (/^\p{Lu}/u.test(headWord) && !isPartyNoun(head))) return null;
    // the person the text described with the head noun (their role, a title or words before
    // their name, an appositive after it), most recently named; a modifier the description
    // repeats ("the Indiana governor", "the New York Democrat") picks among several
    const cueWords = (text.slice(cue.start, cue.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(0, -1).filter((w) => !DETERMINER.test(w));
    const mods = cueWords.map((w) => w.toLowerCase()).filter((w) => !/^(?:former|then|current|new|longtime|veteran)$/.test(w));
    // a capitalised modifier ("the Florida senator", "the Democratic candidate", "the New York
    // Democrat") says which one: a person the text never tied to it is not them
    const proper = cueWords.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (w === "Democratic" ? "democrat" : w.toLowerCase()));
    const pick = (ids: readonly string[]): string | null => {
      let best: string | null = null;
      let bestScore = 0;
      for (const id of ids) {
        const words = descriptionOf(id);
        if (!words.has(head)) continue;
        if (proper.length && !proper.some((w) => words.has(w))) continue;
        const score = 1 + mods.filter((w) => words.has(w)).length;
        if (score > bestScore) [best, bestScore] = [id, score];
      }
      return best;
    };
    // "“…,” the spokeswoman said. Jane Doe, a spokeswoman for Acme, added …": nobody before fits,
    // so the person described so in the rest of the paragraph or the next one
    return pick(namedBefore(cue.start, 8)) ?? pick(namedAfter(cue.end, paraEndAfter(cue.end)));
  };

  /**
   * The person a speaker's label opens on: a short paragraph of its own ending on a colon, no
   * quotation in it, its first word a person's mention ("Jane Roe, chief gardener at X:", "Jane
   * Roe (X):", "Jane Roe — X:", "Jane Roe says:"). "Here is what they said:" opens on nobody.
   */
  const introLine = (j: number): Cue | null => {
    const p = paras[j];
    if (!p || p.end - p.start > MAX_LABEL) return null;
    const line = text.slice(p.start, p.end);
    if (!/:\s*$/.test(line) || /["“”«»„]/.test(line)) return null;
    const lead = p.start + line.search(/\S/);
    const m = mentionOver(lead, lead + 1);
    return m && m.start === lead ? { start: m.start, end: m.end, kind: "name" } : null;
  };
  raw = dropNonQuotations(text, raw, paras);
  const onlyQuoteOf = new Map<number, boolean>();
  // characters quoted per paragraph, summed once for all (filtering every quote per paragraph
  // was quadratic on a long page)
  let quotedIn: Map<number, number> | null = null;
  const out: Quote[] = [];
  let prev: { quote: Quote; para: number } | null = null;
  raw.forEach((q, qi) => {
    const para = paras[q.para]!;
    const prevEnd = qi > 0 && raw[qi - 1]!.para === q.para ? raw[qi - 1]!.close + 1 : para.start;
    // a cue after the quote only for a quote that opens its sentence (or follows a comma or
    // colon there): after a partial quote the sentence just goes on ("… “true,” but they …")
    // where the quote's sentence starts: asked three times below, scanned back once
    const sentenceAt = sentenceStart(text, q.open, para.start);
    const lead = text.slice(Math.max(sentenceAt, prevEnd), q.open);
    // (does the lead end on a comma or a colon? /[,:]\s*$/ without a scan of the whole lead: \s
    // is what trimEnd removes)
    const leadLast = lead.trimEnd().slice(-1);
    const leadClause = leadLast === "," || leadLast === ":";
    const opensSentence = !/[\p{L}\p{N}]/u.test(lead) || leadClause;
    const afterText = text.slice(q.close + 1, q.close + 24);
    // "“SANDERS: Look, …”" / "PENCE: “We will…”": a transcript's label names who speaks, before
    // any verb around the quote (a label that is nobody the page names, "MODERATOR:", says nothing)
    const inside = LABEL_INSIDE.exec(text.slice(q.start, Math.min(q.end, q.start + 60)));
    const before = inside || leadLast !== ":" ? null : LABEL_BEFORE.exec(text.slice(sentenceAt, q.open));
    const labelAt = inside ? q.start + inside[0].indexOf(inside[1]!) : before ? sentenceAt + before[0].indexOf(before[1]!) : -1;
    const labelled = labelAt >= 0 ? labelPerson(labelAt, labelAt + (inside ?? before)![1]!.length) : null;
    if (labelled) {
      const quote: Quote = { start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker: labelled, cue: { start: labelAt, end: labelAt + (inside ?? before)![1]!.length } };
      out.push(quote);
      prev = { quote, para: q.para };
      return;
    }
    // ("WALLACE: …" between two of Pence's answers: a label in capitals for someone the page does
    // not name is still another speaker, so no turn runs through it, nor on from it)
    if (labelAt >= 0 && !/\p{Ll}/u.test((inside ?? before)![1]!)) {
      out.push({ start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker: null, cue: null });
      prev = null;
      return;
    }
    const after80 = text.slice(q.close + 1, q.close + 80);
    const according = /^\s*,?\s*(?:according to|as\s[^.;:"“”]{1,60}?\sputs? it)\b/i.test(after80) || (after80.includes("as ") && AS_SAID.test(after80));
    // a partial quote closed by a comma and then "Mr. Kamin said": the cue follows after all
    const commaCue = /,\s*['’]?$/.test(text.slice(q.start, q.end)) && !/^\s*(?:but|and|or|so|yet|while|as|compared|in|on|at|for|which|who|that|to|with|after|before|when|if|because)\b/i.test(afterText);
    // "After Clinton accused him, he warned, "…," Trump told NBC": a quote introduced by a
    // reporting verb belongs to that verb's subject before any cue after it
    const introduced = leadClause ? /\b(\p{L}+(?: back)?)\s*[,:]\s*$/u.exec(lead) : null;
    const byVerb = !!introduced && SPEECH_VERBS.has(introduced[1]!.toLowerCase()) && !introduced[1]!.endsWith("ing");
    let cue = byVerb ? cueBefore(text, q, para.start, para.end, prevEnd, mentionAt) : null;
    // (the naming verb is one of the last three words: asked of the lead's tail first, so most
    // quotes skip reading the lead's words again)
    cue ??= leadLast && !leadClause && NAMING_TAIL.test(lead.slice(-40)) ? namingCue(text, q, Math.max(sentenceAt, prevEnd), mentionAt) : null;
    if (cue?.weak) cue = null;
    // ("— as many believe, but Moscow denies — “why wouldn't you …?” asked Dunn": a quote closed on
    // its own question or exclamation mark, then a reporting verb, is the inverted "asked X")
    const askedAfter = !opensSentence && /[?!]['’]?$/.test(text.slice(q.start, q.end)) && INVERTED_AFTER.test(afterText);
    cue ??= opensSentence || according || commaCue || askedAfter ? cueAfter(text, q, para.end, mentionAt) : null;
    cue ??= cueBefore(text, q, para.start, para.end, prevEnd, mentionAt);
    // "Trump said he won "every single debate" in which he took part … because there is "a lot
    // going on."": a later quote of the same sentence with no reporting verb of its own goes on
    // with the sentence's earlier quote
    // (a quote ending on its own full stop closed the sentence: "… tomorrow.” He's predicting")
    const sameSentence = prev && qi > 0 && raw[qi - 1]!.para === q.para && raw[qi - 1]!.close >= sentenceAt && !/[.!?]['’]?$/.test(text.slice(raw[qi - 1]!.start, raw[qi - 1]!.end)) && out[out.length - 1] === prev.quote;
    if ((!cue || cue.weak) && sameSentence && prev) {
      out.push({ start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker: prev.quote.speaker, cue: prev.quote.cue && { ...prev.quote.cue } });
      return;
    }
    // a quote that is a sentence of its own after a sentence naming its speaker
    // (a quote that is its sentence whole, words neither before nor after it there, may also take
    // the subject the sentence before opens on)
    const nextChar = /^[ \t\u00a0]*(\S?)/.exec(text.slice(q.close + 1, q.close + 8))![1]!;
    // (not after a quote earlier in the paragraph: that turn goes on, "“…,” Obama said after
    // meeting Putin. He didn't suggest retaliation. “…”")
    const whole = prevEnd === para.start && !/[\p{L}\p{N}]/u.test(text.slice(Math.max(sentenceAt, prevEnd), q.open)) && /[.!?…]['’]?$/.test(text.slice(q.start, q.end)) && (nextChar === "" || /[\p{Lu}"“‘]/u.test(nextChar));
    if (!cue && (qi === 0 || raw[qi - 1]!.para !== q.para || raw[qi - 1]!.close < sentenceAt)) cue = previousSentenceCue(text, q.open, para.start, mentionAt, quoteWithin, whole);
    // "'Enough is enough': Mayor Ann Wells vows action" (a headline's way, and a subhead's): a quote
    // opening its paragraph, then a colon and a clause opening on a name, is that person's
    if (!cue && !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.open)) && /^\s*:\s+\S/.test(text.slice(q.close + 1, q.close + 4))) {
      const from = text.indexOf(":", q.close + 1) + 1;
      const ws = words(text, from, sentenceEnd(text, from, para.end));
      const subject = ws.length > 1 ? firstSubject(ws, Math.min(ws.length, 5), mentionAt) : null;
      // (the clause must open on the person, a title before the name allowed: not "…: a look at Ann Wells")
      if (subject?.kind === "name" && subject.start === ws[0]!.start && mentionOver(subject.start, subject.end)) cue = subject;
    }
    // a pull quote or testimonial signed on the next line: "“…”⏎Carey Cranston⏎American Writers
    // Museum President" — a paragraph that is the quotation alone, then one that is only a name
    if (!cue && !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.open) + text.slice(q.close + 1, para.end)) && paras[q.para + 1]) {
      const sig = paras[q.para + 1]!;
      const line = text.slice(sig.start, sig.end);
      const name = /^[\s―—–-]*(.*?)[\s.,]*$/su.exec(line)![1]!;
      const at = sig.start + line.indexOf(name);
      const mention = name && name.length <= 60 ? mentionOver(at, at + name.length) : null;
      if (mention && mention.start <= at && mention.end >= at + name.length) cue = { start: mention.start, end: mention.end, kind: "name" };
      // "Doug Rivera, CEO of Acme (during the earnings call)": a signature line opening on the
      // name, the role or the occasion after a comma, a dash or a bracket, and no sentence of its own
      // (a line ending on a colon introduces the next quote: "Uli Lorimer, Director of X:")
      else if (name.length <= 160 && !/[.!?:]\s*$/.test(line) && !/["“”]/.test(line)) {
        const lead = sig.start + line.search(/[^\s―—–-]/);
        const m = mentionOver(lead, lead + 1);
        if (m && m.start === lead && /^\s*(?:[,(|]|[—–-]\s)/.test(text.slice(m.end, m.end + 3))) cue = { start: m.start, end: m.end, kind: "name" };
      }
    }
    // a roundup's speaker label with a photo between it and the words: "Uli Lorimer, Director of
    // Horticulture at X:⏎Above: a moth on bergamot. Photograph by Uli Lorimer.⏎“December is …"
    // (the caption is the layout's, not a sentence leading into the quote: its credit is no speaker)
    // (asked by the label rules and the paragraph-before rule alike, all of them only for a quote
    // with no cue yet: tested once, and not at all for a quote that has one, nearly every quote)
    const opensOwnPara = !cue && q.para > 0 && !/\S/.test(text.slice(para.start, q.open));
    if (!cue && opensOwnPara && isCaption(text, paras[q.para - 1]!)) {
      let j = q.para - 1;
      while (j > 0 && j > q.para - 1 - MAX_CAPTIONS && isCaption(text, paras[j]!)) j--;
      cue = introLine(j);
    }
    // "Caddell continued:" closing the paragraph before a paragraph that opens with the quote
    // (not a photo caption: its credit, "Photo by …", introduces nobody's words)
    if (!cue && opensOwnPara && !isCaption(text, paras[q.para - 1]!)) {
      const last = paras[q.para - 1]!;
      // (a colon or a comma closing it introduces the quote: "Caddell continued:", "Nagel remarks
      // in this connection,"; so does an expert's label "From Ana Ruiz, chief officer of Acme")
      const lastText = text.slice(last.start, last.end);
      // (the comma only after prose with a reporting verb: a line of code or data ends on one too)
      const comma = letterCommaEnd(lastText) && !/["“”{}]/.test(lastText);
      const colon = /:\s*$/.test(lastText) || /^From\s/.test(lastText);
      const ws = words(text, sentenceStart(text, last.end - 1, last.start), last.end);
      // without a colon only a paragraph with no quote of its own hands on its subject
      // ("Viguerie is upbeat about Cruz's chances.⏎“Not only can Ted Cruz win…”"), and only a
      // sentence: a heading ("Key quote", the title line) is no one speaking
      const sentence = q.para - 1 > 0 && /[.!?…]["”'’)]*$/.test(text.slice(last.start, last.end));
      if (comma && !colon) cue = speechSubject(text, ws, mentionAt);
      else if (colon || (sentence && !raw.some((r) => r.para === q.para - 1))) {
        // ("When Wallace died in 1998, President Clinton released the following statement:": the
        // main clause after a subordinate one opening the sentence names who speaks)
        const sub = SUBORDINATOR.test(ws[0]?.w ?? "") ? ws.findIndex((w, k) => k > 1 && /,/.test(text.slice(ws[k - 1]!.end, w.start))) : -1;
        const main = sub > 0 ? ws.slice(sub) : ws;
        cue = colon ? (speechSubject(text, ws, mentionAt) ?? firstSubject(main, main.length, mentionAt)) : firstSubject(main, main.length, mentionAt);
      }
    }
    // "Richard Hayden (Senior Director of X):" alone on the line before: whatever the label's words,
    // it opens on the person who speaks next
    if (!cue && opensOwnPara) cue = introLine(q.para - 1);
    let speaker = cue ? resolve(cue) : null;
    if (!cue && prev) {
      // continuing a turn: the same paragraph, or a paragraph that is only quotation
      // the paragraph's characters that are neither quotation marks nor spaces, counted in place
      // (once per paragraph: every quote of a long page counted its paragraph again, and summed
      // the quotes of every paragraph to find its own)
      let only = onlyQuoteOf.get(q.para);
      if (only === undefined) {
        if (!quotedIn) {
          quotedIn = new Map();
          for (const r of raw) quotedIn.set(r.para, (quotedIn.get(r.para) ?? 0) + (r.end - r.start));
        }
        const quoted = quotedIn.get(q.para) ?? 0;
        // counted only as far as the answer needs: past quoted + 3 it is no
        let outsideChars = 0;
        for (let i = para.start; i < para.end && outsideChars - quoted <= 3; i++) {
          const c = text.charCodeAt(i);
          // (ASCII letters and digits first: nearly every character)
          if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (!isQuoteMarkCode(c) && !isSpaceCode(c))) outsideChars++;
        }
        onlyQuoteOf.set(q.para, (only = outsideChars - quoted <= 3));
      }
      const onlyQuote = only;
      // a paragraph opening on a quote nobody is named for goes on with the last speaker
      const opensPara = !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.open));
      if (prev.para === q.para || ((onlyQuote || opensPara) && prev.para >= q.para - TURN_PARAS)) {
        cue = prev.quote.cue ? { ...prev.quote.cue, kind: "name" } : null;
        speaker = prev.quote.speaker;
      }
    }
    const quote: Quote = { start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker, cue: cue ? { start: cue.start, end: cue.end } : null };
    out.push(quote);
    // later quotes in the same turn continue this one's speaker
    if (quote.speaker || quote.cue) prev = { quote, para: q.para };
  });
  // A quote whose cue comes only after a following quote in the same paragraph ("…" X said,
  // with the first part earlier): give earlier cue-less quotes of the paragraph the first cue.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!a.cue && b.cue && raw[i]!.para === raw[i + 1]!.para && !/[\p{L}\p{N}]/u.test(text.slice(raw[i]!.close + 1, raw[i + 1]!.open))) {
      a.cue = b.cue;
      a.speaker = b.speaker;
    }
  }
  return out;
}
