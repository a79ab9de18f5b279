/**
 * Names dropped for the form they are written in: initials only, a state's abbreviation, a
 * quoted title, a lone word opening a sentence once, a heading over prose, the tail of a
 * hyphenated compound. Each says why a person is never written so.
 */
import { isAsciiLetter, isAsciiUpper } from "../ascii";
import { PERSON_SAID } from "../lexicon/speech";
import { APPOSITIVE_AFTER } from "./cues";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, isInitial, lower } from "./name-words";
import { opensSentence, personContext } from "./person-context";
import { isSuffixWord, isTitle } from "./titles";

/** A person cue right after a lone opener (see loneOpener): "’s", "who", a verb of saying only a
 *  person takes (and "reported", "declined", "contributed": "Okafor declined to comment"), an age,
 *  a bracket, a results row. */
const LONE_OPENER_CUE = new RegExp(
  String.raw`^(?:['’]s\b|,? (?:who|(?:(?:has|had|also|later|then|once) )?(?:${[...PERSON_SAID, "reported", "declined", "contributed"].join("|")}))\b|,? \d| \(|, \p{Lu}| \p{Lu}{1,2}[,.])`,
  "u",
);

/**
 * One word, once, opening a sentence, and nothing else in the text of that name: an imperative
 * or an adverb ("Pop in these fellas", "Think of it as…", "Besides, …", "Click here"), which the
 * tagger may read as a person since the capital there says nothing. A person named once by one
 * word at a sentence's start is rare: news gives the full name first. Kept when a title stands
 * before it, or when it is a known given name or name word, or a person cue follows
 * ("Parnevik, who…", "Obama said").
 */
export function loneOpener(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.mentions.length !== 1 || g.key.length !== 1) return false;
  const m = g.mentions[0]!;
  if (m.titled || m.words.length !== 1 || !opensSentence(text, m.start)) return false;
  const w = g.key[0]!;
  if (GIVEN.has(w) || NAMEISH.has(w) || isSuffixWord(w) || /['’-]/.test(w)) return false;
  // a person cue, or a row of a results list or a team sheet: "Vass 7-0-29-0", "Lacher 219",
  // "Samokhvalova (Russia)", "Srutwa (Ruch Chorzow)", "Green, Jerry Kelly", a citation's "Muratori P,"
  // (or an appositive only a person takes: "Alawee, a former army secretary of …"; a speech verb
  // after an auxiliary too: "Cunningham has said")
  return !LONE_OPENER_CUE.test(text.slice(m.end, m.end + 20)) && !APPOSITIVE_AFTER.test(text.slice(m.end, m.end + 90));
}

/**
 * A name of two words or more, named once, alone on its line (a list number before it at most),
 * over a paragraph of prose: a heading ("Trend Analysis", "8. Dartmouth Tuck", "Golden
 * Retriever"), not a byline or a contributor, whose line stands at the end or among other short
 * lines. Kept when it starts with a given name, a name word or an initial.
 */
export function headingOverProse(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
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
 * Every mention begins right after a hyphen joined to a word before it ("AI-Enhanced
 * Photography", "Eco-Friendly Homes"): the capitals belong to a compound in a heading or a
 * title, not to a name. Two names joined by a hyphen ("the Whitcombe-Dana Ferris plan", `ends`
 * holds every mention's end) and a person also named elsewhere ("anti-Marsh" beside "Ann
 * Marsh") stay.
 */
export function hyphenTail(text: string, g: { mentions: Mention[] }, ends: ReadonlySet<number>): boolean {
  for (const m of g.mentions) {
    if (m.titled || m.start < 2 || text.charCodeAt(m.start - 1) !== 45 || ends.has(m.start - 1)) return false;
    const c = text.charCodeAt(m.start - 2);
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57))) return false;
  }
  return g.mentions.length > 0;
}

/**
 * A name written only as initials at every mention ("S.", "H. C.", "P. S.", "A.D."), with no
 * title and no person cue at any: a citation's co-author, a postscript, an era, a street's
 * "S." A person the article is about is named in full somewhere, or introduced ("Mr. K.",
 * "K., 34, said"), and grouping would have joined the initials to that full name.
 */
export function initialsOnly(text: string, g: { mentions: Mention[] }): boolean {
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
export function quotedTitle(text: string, g: { mentions: Mention[] }): boolean {
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
export function stateOnly(text: string, g: { mentions: Mention[] }): boolean {
  for (const m of g.mentions) {
    if (m.words.length !== 1) return false;
    const w = m.words[0]!;
    if (!STATE_ABBREV.has(lower(w)) || (!w.endsWith(".") && text.charCodeAt(m.end) !== 46)) return false;
  }
  return g.mentions.length > 0;
}

/** Titles that are also kin ("Smith's Father"): a person's, not a post's. */
const KIN_TITLES = new Set(["father", "brother", "sister"]);
/**
 * One word, never given a full name, whose possessive a capitalised post follows ("Meta's Chief
 * AI Scientist", "Army's Director", "Chad's President"): the post is a firm's, a body's or a
 * country's. News writes a person's staff in lower case ("Obama's chief of staff") and names
 * the person in full.
 */
export function postsOwner(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 1) return false;
  for (const m of g.mentions) {
    // (only after "'s " or "’s ": the slice and the Unicode regex for the few mentions so followed)
    const q = text.charCodeAt(m.end);
    if ((q !== 39 && q !== 0x2019) || text.charCodeAt(m.end + 1) !== 115 || text.charCodeAt(m.end + 2) !== 32) continue;
    const r = /^['’]s (\p{Lu}[\p{L}-]*)/u.exec(text.slice(m.end, m.end + 40));
    if (!r) continue;
    const l = lower(r[1]!);
    if (isTitle(l) && !KIN_TITLES.has(l)) return true;
  }
  return false;
}

/** What follows a dateline's place: a date in brackets at most, then a dash ("WASHINGTON (Aug.
 *  13) -- Declaring", "BEIRUT — The", "LONDON, Sept. 3 (Reuters) -"). */
const DATELINE_AFTER = /^(?:,[ \p{L}.]{1,20})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:--|—|–|-)[ \t]/u;
/**
 * A word in capitals opening its line before a dash, at every mention: a wire story's dateline,
 * the place it was filed from, never a person ("WASHINGTON (Aug. 13) -- Declaring …", once the
 * job after "Senior Washington Correspondent" no longer joins it to a name).
 */
export function datelineOnly(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 1) return false;
  for (const m of g.mentions) {
    const w = m.words[0]!;
    if (m.titled || m.words.length !== 1 || w.length < 3 || w !== w.toUpperCase()) return false;
    const from = text.lastIndexOf("\n", m.start - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(from, m.start)) || !DATELINE_AFTER.test(text.slice(m.end, m.end + 40))) return false;
  }
  return true;
}

/**
 * A name every mention of which follows a capitalised "The" inside a sentence: the title of a
 * publication, a work or a band ("managing editor of The Mac Observer online news site", "a
 * reporter for The Arizona Republic"), never a person's name, which takes no article. Kept at a
 * title or a person's cue.
 */
export function theTitled(text: string, g: { mentions: Mention[] }): boolean {
  for (const m of g.mentions) {
    if (m.titled || m.start < 4 || text.slice(m.start - 4, m.start) !== "The " || opensSentence(text, m.start - 4)) return false;
    if (personContext(text, m, false)) return false;
  }
  return true;
}
