/**
 * Who the page names where, for the attribution rules: mentions by position, surnames the people
 * finder missed, labels in capitals, people named before or after a point outside quotations.
 * Apart because every cue rule asks it and it is built once per text.
 */
import { isAsciiUpper as asciiUpper } from "../ascii";
import { lastStartingAtOrBefore } from "../people/tokens";
import type { Person, Span } from "../types";
import type { RawQuote } from "./marks";

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

/** A person's mention, in text order. */
export interface PersonMention extends Span {
  id: string;
}

/**
 * Who the page names where, for the attribution rules: each lookup asked of a span of the text.
 * `raw` are the quotations (sorted by start): a name inside one is what was said, not who said it.
 */
export interface PeopleIndex {
  mentions: readonly PersonMention[];
  quoteWithin: (start: number, end: number) => boolean;
  inQuote: (pos: number) => boolean;
  mentionOver: (s: number, e: number) => PersonMention | null;
  mentionAt: (s: number, e: number) => Span | null;
  personAt: (s: Span) => string | null;
  labelPerson: (start: number, end: number) => string | null;
  namedBefore: (pos: number, max: number, from?: number, skip?: (at: number) => boolean, as?: (start: number, end: number, id: string) => string) => string[];
  namedAfter: (from: number, to: number) => string[];
  lastMentionBefore: (id: string, pos: number, from?: number) => number;
}

export function indexPeople(text: string, people: readonly Person[], raw: readonly RawQuote[]): PeopleIndex {
  // raw is sorted by start; quotes do not nest, so the last one starting at or before pos decides
  // whether a quote overlaps [start, end): the last one starting before `end` decides
  const quoteWithin = (start: number, end: number) => {
    const k = lastStartingAtOrBefore(raw, end - 1);
    return k >= 0 && raw[k]!.end > start;
  };
  const inQuote = (pos: number) => quoteWithin(pos, pos + 1);

  // every person mention, in order, with its person
  const mentions: PersonMention[] = [];
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
  /** People named before `pos`, nearest first, outside quotes (up to `max`, distinct); a mention
   *  at a place `skip` answers true for does not count; `as` may read a mention as someone else
   *  (a surname relatives share, by the courtesy title before it). */
  const namedBefore = (pos: number, max: number, from = 0, skip?: (at: number) => boolean, as?: (start: number, end: number, id: string) => string): string[] => {
    const out: string[] = [];
    // mentions the finder made, plus known surnames it missed, within the stretch [from, pos)
    const found: { at: number; id: string }[] = [];
    for (let k = lastStartingAtOrBefore(mentions, pos - 1); k >= 0 && found.length < 40; k--) {
      const m = mentions[k]!;
      if (m.end > pos || m.start < from) {
        if (m.start < from) break;
        continue;
      }
      if (!inQuote(m.start) && !skip?.(m.start)) found.push({ at: m.start, id: as ? as(m.start, m.end, m.id) : m.id });
    }
    if (surname.size) {
      const seg = text.slice(Math.max(from, pos - 400), pos);
      for (const m of capitalisedWords(seg)) {
        const at = pos - seg.length + m.index;
        const id = surname.get(m.w);
        if (id && !inQuote(at) && !skip?.(at) && !found.some((f) => f.at <= at && at < f.at + 40 && f.id === id)) found.push({ at, id });
      }
    }
    found.sort((a, b) => b.at - a.at);
    for (const f of found) if (!out.includes(f.id) && out.push(f.id) >= max) break;
    return out;
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

  /** Where the last mention of `id` in [from, pos) outside quotes starts (-1: none). */
  const lastMentionBefore = (id: string, pos: number, from = 0): number => {
    for (let k = lastStartingAtOrBefore(mentions, pos - 1); k >= 0 && mentions[k]!.start >= from; k--) {
      const m = mentions[k]!;
      if (m.id === id && m.end <= pos && !inQuote(m.start)) return m.start;
    }
    return -1;
  };
  return { mentions, quoteWithin, inQuote, mentionOver, mentionAt, personAt, labelPerson, namedBefore, namedAfter, lastMentionBefore };
}
