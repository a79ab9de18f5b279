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
import { AS_SAID, cueAfter } from "./quotes/cue-after";
import { cueBefore } from "./quotes/cue-before";
import { describedAs, isPartyNoun, isPersonNoun } from "./quotes/describe";
import { type Gender, personGender } from "./quotes/gender";
import { findRawQuotes, paragraphs } from "./quotes/marks";
import { NAMING_TAIL, namingCue } from "./quotes/naming-cue";
import { dropNonQuotations, isCaption } from "./quotes/not-speech";
import { sentenceEnd, sentenceStart } from "./quotes/sentences";
import { type Cue, firstSubject } from "./quotes/speaker-phrase";
import { speechSubject } from "./quotes/speech-subject";
import { DETERMINER, SUBORDINATOR } from "./quotes/word-classes";
import { words } from "./quotes/words";
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

// a reporting verb in lower case right after a quote's closing mark ("“…?” asked Dunn")
const INVERTED_AFTER = /^\s*(?:said|asked|added|wrote|replied|responded|countered|shouted|yelled|cried|demanded|wondered|exclaimed)\s+\S/;

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
