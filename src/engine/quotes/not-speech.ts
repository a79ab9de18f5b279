/**
 * Marks around something that is not speech (titles of works, embed ids, nicknames, subheads)
 * and picture captions beside quotations. Apart because these are dropped before attribution, and
 * the scanner and the label rules ask the caption test too.
 */
import { isAsciiLetter } from "../ascii";
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import type { RawQuote } from "./marks";
import { DETERMINER, NOT_A_SPEAKER, PREPOSITION, SENTENCE_OPENER, TITLE_ABBREV } from "./word-classes";
import { alnumAt } from "./words";

/** /^\p{L}[\p{L}'’-]*[.,!?]?$/u.test(s), by char code when `s` is ASCII but for ’. */
function oneWord(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) return /^\p{L}[\p{L}'’-]*[.,!?]?$/u.test(s);
  }
  if (!n || !isAsciiLetter(s.charCodeAt(0))) return false;
  let end = n;
  const z = s.charCodeAt(n - 1);
  if (n > 1 && (z === 46 || z === 44 || z === 33 || z === 63)) end--;
  for (let i = 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isAsciiLetter(c) && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return true;
}
const MINOR = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|is|it|as|vs|de|la|le|du|von|van)$/i;

/**
 * Marks around something that is not speech: the title of a show, book or film in the body
 * ("on “Face the Nation,”", "his book “Make Your Kid a Millionaire”"), or an embed's id, handle
 * or link ("778257943577919488", "pic.twitter.com/"). A headline (a title-cased paragraph) keeps
 * its quotes; so does a title right after a reporting verb or a colon (a slogan said aloud).
 */
function notAQuotation(text: string, q: RawQuote, para: Span): boolean {
  // markup that leaked into the text (`scrolling="no" title="NPR embedded audio player"`): a
  // value after "=" is an attribute's, never speech
  if (text[q.open - 1] === "=") return true;
  const body = text.slice(q.start, q.end);
  if (!/\s/.test(body) && !oneWord(body)) return true;
  // a personal pronoun in marks right after a word of the sentence is the word itself, talked
  // about ("because "she" is a "he"", "the power of 'we.'"); said aloud it follows a comma or
  // opens its sentence (""Me?" he asked", "she said, "Him."")
  if (/^(?:he|she|it|they|him|her|them|we|us|me|you)\.?$/i.test(body) && /\p{L}\s*$/u.test(text.slice(Math.max(para.start, q.open - 20), q.open))) return true;
  // its words (/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, by char code), up to ten: more than nine answer
  // already, and so does the first that is neither capitalised nor minor (most quotes' first)
  const ws: string[] = [];
  for (let i = 0; i < body.length && ws.length < 10; ) {
    const first = alnumAt(body, i, body.length);
    if (!first) {
      i++;
      continue;
    }
    let j = i + first;
    for (;;) {
      const k = alnumAt(body, j, body.length);
      const c = body.charCodeAt(j);
      if (k) j += k;
      else if (c === 39 || c === 0x2019 || c === 45) j++;
      else break;
    }
    const w = body.slice(i, j);
    const c0 = w.charCodeAt(0);
    const capOrDigit = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : /^[\p{Lu}\p{N}]/u.test(w);
    if (!capOrDigit && !MINOR.test(w)) return false;
    ws.push(w);
    i = j;
  }
  if (ws.length < 1 || ws.length > 9) return false;
  // "Leonardo DiCaprio's acclaimed “One Battle After Another”", "Riz Ahmed's “Relay”": a title-cased
  // name owned by someone, an adjective or two between, is their work's title
  // (not through a preposition: "Trump's campaign to “Make America Great Again”", "Carson's mangling
  // of “Hamas”" are what they said)
  const owned = /\p{L}(?:['’]s|s['’])[ \u00a0]+((?:\p{Ll}[\p{L}-]*[ \u00a0]+){1,2})$/u.exec(text.slice(Math.max(para.start, q.open - 40), q.open));
  if (owned && !owned[1]!.split(/[ \u00a0]+/).some((w) => MINOR.test(w) || PREPOSITION.test(w)) && /^\p{Lu}/u.test(ws[0]!)) return true;
  // "the hit Broadway play, “Eclipsed.”": one capitalised word right after a noun for a work
  if (ws.length === 1) return /^\p{Lu}/u.test(ws[0]!) && WORK_BEFORE.test(text.slice(Math.max(para.start, q.open - 20), q.open));
  // ("the authors of the “Growth and Opportunity Project”": an organisation's name ends on its
  // kind; a name someone gave it is theirs, "dubbed the “Defeat Crooked Hillary PAC”", "a group
  // called the “…”", "the so called “… Initiative”")
  if (ORG_HEAD.test(ws[ws.length - 1]!) && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w)) && !/\b(?:called|dubbed|named|nicknamed|branded)[ \u00a0]+(?:the[ \u00a0]+)?$/i.test(text.slice(Math.max(para.start, q.open - 30), q.open))) return true;
  // (a title may end on a year or a number: "Indian Americans for Hillary 2008", "Apollo 13")
  if (!/^[\p{Lu}\p{N}]/u.test(ws[ws.length - 1]!)) return false;
  // (a quote opening its paragraph is kept, but for a title a work's noun follows: "“Daily Show”
  // host Trevor Noah")
  const opensPara = !/\S/.test(text.slice(para.start, q.open));
  // a headline: most of its paragraph's words are capitalised
  const pw = text.slice(para.start, para.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (pw.filter((w) => /^\p{Lu}/u.test(w)).length * 3 >= pw.length * 2) return false;
  // a title is named where a work is: "on “Face the Nation”", "CBS's “Nightly News”", "the
  // book “…”", "“Morning Joe” host"; a nickname someone used ("called her “Miss Piggy”") is speech
  const before = text.slice(Math.max(para.start, q.open - 30), q.open);
  const last = /([\p{L}]+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
  // the word after the title, or the one after a lower-case modifier ("“Keepin' It Real” radio
  // program", "a three-day “Jeb Can Fix It” bus tour", "the “Air Force One” theme song")
  const after = /^[^\p{L}\n]*?([\p{L}]+)(?:[ \u00a0]+(\p{Ll}+))?/u.exec(text.slice(q.close + 1, q.close + 40));
  const next = after?.[1]?.toLowerCase() ?? "";
  const work = TITLE_AFTER.test(next) || (!!after?.[2] && /^\p{Ll}/u.test(after[1]!) && !DETERMINER.test(next) && !SPEECH_VERBS.has(next) && WORK_NOUN.test(after[2]));
  if (opensPara) return work && TITLE_AFTER.test(next) && !/^[^\p{L}\n]*[,.;:!?]/u.test(text.slice(q.close + 1, q.close + 40));
  // ("“The Trumps: Three Generations That Built an Empire,” by Gwenda Blair": a work and its author)
  // (a name standing whole, not "by Tom Berg's count")
  const byAuthor = next === "by" && /^[^\p{L}\n]*by[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}[\p{L}.]*){1,2}[ \u00a0]*(?:[,;)]|\.(?:\s|$)|\n|$)/u.test(text.slice(q.close + 1, q.close + 50));
  return TITLE_BEFORE.test(last) || /['’]s?\s*$/.test(before) || work || byAuthor;
}
/** A noun for a work right before a one-word title, after a comma or not. */
const WORK_BEFORE = /\b(?:play|film|movie|book|novel|memoir|album|song|musical|opera|documentary|sitcom|series)[ \u00a0]*,?[ \u00a0]*$/;
/** The last word of an organisation's name. */
const ORG_HEAD = /^(?:PAC|Project|Foundation|Institute|Fund|Coalition|Inc|LLC|Association|Alliance|Initiative)$/;
const TITLE_BEFORE = /^(?:on|in|of|book|books|show|shows|film|films|movie|program|programme|documentary|song|songs|titled|entitled|album|series|column|essay|article|headline|novel|memoir|poem|play|magazine|newspaper|network|channel|broadcast|appearance|episode)$/;
/** Nouns for a work or an event that a title names when they follow it right away. */
const WORK_NOUN = /^(?:show|program|programme|podcast|movie|film|documentary|song|album|series|episode|broadcast|rally|tour|ad|video)$/;
const TITLE_AFTER = /^(?:host|hosts|anchor|co-host|interview|segment|appearance|panel|show|program|programme|podcast|movie|film|documentary|song|album|series|episode|broadcast|rally|tour|ad|video)$/;

/**
 * A nickname set inside a name: Rep. Robert C. "Bobby" Scott, Juan "Chico" Manriquez. One or two
 * capitalised words right between a given name (or an initial) and a surname, in a sentence (a
 * title-cased headline capitalises every word around its quotes).
 */
function isNickname(text: string, q: RawQuote, para: Span): boolean {
  // (one or two short words: most quotes are longer, and are let go on their length)
  if (q.end - q.start > 30) return false;
  if (!/^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u.test(text.slice(q.start, q.end))) return false;
  const given = /(?:^|[\s(])((?:\p{Lu}\.)+|\p{Lu}\p{Ll}+)[ \u00a0]$/u.exec(text.slice(Math.max(para.start, q.open - 24), q.open));
  if (!given || !/^[ \u00a0]\p{Lu}\p{Ll}/u.test(text.slice(q.close + 1, q.close + 4))) return false;
  if (MINOR.test(given[1]!) || SENTENCE_OPENER.test(given[1]!) || NOT_A_SPEAKER.test(given[1]!) || TITLE_ABBREV.test(given[1]!.replace(/\.$/, ""))) return false;
  const pw = text.slice(para.start, para.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return pw.filter((w) => /^\p{Lu}/u.test(w)).length * 3 < pw.length * 2;
}

/**
 * A subhead in quotation marks: a paragraph that is only a short title-cased or capitalised
 * phrase in marks ("'All Bets Are Off.'", "“DIVISIVE, STUPID AND WRONG”"), set between the
 * sections of a story. It quotes a line of the section to come; it is a heading, not a turn of
 * the last speaker. (Not the first line: a headline's quotes are kept.)
 */
function isSubhead(text: string, q: RawQuote, para: Span, first: boolean): boolean {
  // (the marks and a space or two at most around it: checked by length first, most quotes stand
  // in a longer paragraph)
  if (first || q.open - para.start > 3 || para.end - q.close > 4 || /[^\s"“”'‘’„«»]/.test(text.slice(para.start, q.open) + text.slice(q.close + 1, para.end))) return false;
  // (the words read up to the eleventh, which already rules the quote out: a whole paragraph
  // quoted, common, has hundreds)
  const body = text.slice(q.start, q.end);
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  const ws: string[] = [];
  for (let w = re.exec(body); w && ws.length <= 10; w = re.exec(body)) ws.push(w[0]);
  return ws.length >= 2 && ws.length <= 10 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w));
}

/** Every word capitalised (or minor, or a number): the shape of a title. */
function titleCased(body: string): boolean {
  const ws = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return ws.length > 0 && ws.length <= 12 && /^[\p{Lu}\p{N}]/u.test(ws[0]!) && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w));
}

/** The quotations left once titles, embeds, nicknames and subheads are set aside. */
/**
 * A line someone might say, not one anyone said: a modal of possibility or advice, then a verb of
 * saying and the colon or comma that opens the words ("You could start by saying, “…”", "you can
 * simply ask questions like, “…”", "If your car breaks down, you may need to say, “…”"). Guides
 * and how-tos write such scripts for the reader; the card showed them as the reader's or the
 * guide's quotations. Not "would" (a habit: "My father would say, “…”") nor "will" (a speech
 * announced: "Clinton will say, according to excerpts, “…”"), and only the verb's own colon or
 * comma ("what we should ask is “…”" quotes a question someone put). WCXB dev: 4 quotes, each
 * such a script; PolNeAR dev and train: none (spans and speakers the same).
 */
const HYPOTHETICAL = /\b(?:might|could|may|can|should)\s+(?:(?:[a-z]+ly|also|then|never|start\s+by|begin\s+by|need\s+to|want\s+to)\s+)*(?:say|ask|tell|answer|reply|write|type|saying|asking)(?:\s+[^\s.!?;"“”]+){0,6}?(?:\s*[,:]|\s+like)\s*$/i;

export function dropNonQuotations(text: string, raw: readonly RawQuote[], paras: readonly Span[]): RawQuote[] {
  let lastTitle: RawQuote | null = null;
  return raw.filter((q) => {
    const para = paras[q.para]!;
    // "roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers”": a title-cased
    // quote listed right after a title is the next title of the list (a list of slogans said
    // aloud is kept whole: its first item is no title either)
    const listed = !!lastTitle && lastTitle.para === q.para && /^['’"”]?\s*,?\s*(?:(?:and|or)\s+)?$/.test(text.slice(lastTitle.close + 1, q.open)) && titleCased(text.slice(q.start, q.end));
    if (listed || notAQuotation(text, q, para)) {
      lastTitle = q;
      return false;
    }
    lastTitle = null;
    return !isNickname(text, q, para) && !isSubhead(text, q, para, q.para === 0) && !HYPOTHETICAL.test(text.slice(Math.max(para.start, q.open - 80), q.open));
  });
}
