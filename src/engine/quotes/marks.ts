/**
 * Where the quotation marks are: curly, straight and single marks paired within a paragraph,
 * a quotation run on over paragraphs, typing slips of the wrong hand. Apart because it reads
 * characters only: it knows nothing of words, sentences or speakers.
 */
import type { Span } from "../types";
import { isCaption } from "./captions";

export interface RawQuote extends Span {
  open: number; // index of the opening mark
  close: number; // index of the closing mark (or paragraph end for a continued quote)
  para: number;
}

const OPEN_DOUBLE = "“„«";
const CLOSE_DOUBLE = "”»";
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpenerContext = (c: string | undefined) => c === undefined || /[\s([{—–\-/:]/.test(c) || OPEN_DOUBLE.includes(c) || c === "'" || c === "‘";
const MAX_QUOTE = 4_000;

/** The text's lines that hold anything (/[^\n]+/g, by indexOf). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** Quote spans of one kind of mark inside [start, end). */
function scanDouble(text: string, p: Span, nest = true): { pairs: [number, number][]; openAtEnd: number | null } {
  const pairs: [number, number][] = [];
  let open: number | null = null;
  // curly marks nested in curly marks (“… what he calls “hell” than …”): an opening mark after a
  // space inside an open quotation opens an inner one, which the next closing mark closes; a
  // paragraph where that leaves a mark unpaired is read again without nesting
  let depth = 0;
  let nested = false;
  // jump from mark to mark: most of a paragraph is words
  // searched within the paragraph's own string: a search on the whole text would run to its end
  const seg = text.slice(p.start, p.end);
  const marks = /["“”„«»]/g;
  for (let mm = marks.exec(seg); mm; mm = marks.exec(seg)) {
    const i = p.start + mm.index;
    const c = mm[0];
    // A mark of the wrong hand is a typing slip when the context says otherwise: an opening
    // mark after the words, closing the paragraph ("were “Mostly False.“") or set between the
    // words' last stop and a space ("“It's unusual,“ said Noble."), closes; a closing
    // mark before words, opening the paragraph, opens.
    if (OPEN_DOUBLE.includes(c)) {
      if (open === null) open = i;
      else if (!isSpace(text[i - 1]) && (!/\S/.test(text.slice(i + 1, p.end)) || (/[.,!?]/.test(text[i - 1]!) && isSpace(text[i + 1])))) {
        pairs.push([open, i]);
        open = null;
      } else if (nest && c === "“" && text[open] === "“" && isSpace(text[i - 1])) {
        depth++;
        nested = true;
      }
      continue;
    }
    if (CLOSE_DOUBLE.includes(c)) {
      if (depth > 0) depth--;
      else if (open !== null) {
        pairs.push([open, i]);
        open = null;
      } else if (!/\S/.test(text.slice(p.start, i))) open = i;
      continue;
    }
    if (c === '"') {
      const prev = text[i - 1];
      const next = text[i + 1];
      const opens = i === p.start || isOpenerContext(prev);
      if (open === null && opens && !isSpace(next)) open = i;
      else if (open !== null) {
        pairs.push([open, i]);
        open = null;
      } else if (open === null && !isSpace(next)) open = i;
    }
  }
  // (a mark of the wrong hand closing a quote, “Frozen“ and …, then a real quote: the outer
  // quotation is left open, so the nesting was a misreading)
  if (nested && (depth > 0 || open !== null)) return scanDouble(text, p, false);
  return { pairs, openAtEnd: open };
}

function scanSingle(text: string, p: Span, inside: [number, number][]): { pairs: [number, number][]; openAtEnd: number | null } {
  const pairs: [number, number][] = [];
  const within = (i: number) => inside.some(([a, b]) => i > a && i < b);
  let open: number | null = null;
  const seg = text.slice(p.start, p.end);
  const marks = /['‘’]/g;
  for (let mm = marks.exec(seg); mm; mm = marks.exec(seg)) {
    const i = p.start + mm.index;
    const c = mm[0];
    if (within(i)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isLetter(prev) && isLetter(next)) continue; // apostrophe inside a word
    if (open === null) {
      if ((c === "‘" || c === "'") && (i === p.start || isOpenerContext(prev)) && /[\p{L}]/u.test(next ?? "")) open = i;
    } else if ((c === "’" || c === "'") && !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]—–]/.test(next!))) {
      // "Democrats’ votes": a plural possessive closes nothing unless the pair reads as a quote
      const content = text.slice(open + 1, i);
      if (content.replace(/[^\p{L}]/gu, "").length >= 2 && !/^\p{Ll}s?$/u.test(content)) pairs.push([open, i]);
      open = null;
    }
  }
  return { pairs, openAtEnd: open };
}

export function findRawQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  const paras = paragraphs(text);
  let carry = false; // the previous paragraph ended inside a quotation
  paras.forEach((p, pi) => {
    const { pairs, openAtEnd } = scanDouble(text, p);
    const firstNonSpace = text.slice(p.start, p.end).search(/\S/) + p.start;
    const opensWithMark = OPEN_DOUBLE.includes(text[firstNonSpace]!) || text[firstNonSpace] === '"';
    // a continued quotation from the previous paragraph that is closed here without a new opener
    if (carry && !opensWithMark) {
      const closeAt = [...text.slice(p.start, p.end)].findIndex((c) => CLOSE_DOUBLE.includes(c) || c === '"');
      if (closeAt >= 0) out.push({ start: p.start, end: p.start + closeAt, open: p.start - 1, close: p.start + closeAt, para: pi });
    }
    for (const [a, b] of pairs) out.push({ start: a + 1, end: b, open: a, close: b, para: pi });
    const single = scanSingle(text, p, pairs);
    for (const [a, b] of single.pairs) out.push({ start: a + 1, end: b, open: a, close: b, para: pi });
    carry = false;
    // British style runs a quotation over paragraphs in single marks the same way ("He said: 'We
    // have taken tough decisions.⏎'We will not waver.⏎'…,' he added."): a single mark left open
    // at the end of a paragraph of a few words or more, the next paragraph opening on one
    if (openAtEnd === null && single.openAtEnd !== null) {
      const next = paras[pi + 1];
      const nextText = next ? text.slice(next.start, Math.min(next.end, next.start + 4)).trimStart() : "";
      const words = text.slice(single.openAtEnd + 1, p.end).split(/\s+/).filter(Boolean).length;
      // (only a mark opening the paragraph or introduced by a colon or comma, and not an elision:
      // "left early 'cause …", "'Twas …")
      const introduced = !/\S/.test(text.slice(p.start, single.openAtEnd)) || /[:,]\s*$/.test(text.slice(p.start, single.openAtEnd));
      const elision = (at: number) => /^['‘’](?:cause|em|til|tis|twas|n|round|bout|neath|s)\b/i.test(text.slice(at, at + 8));
      // (the last paragraph has no next one to run on into)
      if (next && words >= 4 && introduced && !elision(single.openAtEnd) && !elision(next.start + text.slice(next.start, next.end).search(/\S/)) && /[.!?,…]$/.test(text.slice(single.openAtEnd, p.end).trimEnd()) && /^['‘]\p{L}/u.test(nextText)) {
        out.push({ start: single.openAtEnd + 1, end: p.end, open: single.openAtEnd, close: p.end, para: pi });
      }
    }
    if (openAtEnd !== null) {
      const next = paras[pi + 1];
      const opensOnMark = (q: Span | undefined) => {
        const first = q ? text.slice(q.start, q.end).trimStart()[0] : undefined;
        return !!first && (OPEN_DOUBLE.includes(first) || first === '"');
      };
      if (next && opensOnMark(next)) {
        out.push({ start: openAtEnd + 1, end: p.end, open: openAtEnd, close: p.end, para: pi });
        carry = true;
      } else if (next && opensOnMark(paras[pi + 2]) && isCaption(text, next)) {
        // a photo's caption the layout set inside a quotation that runs on ("“… What a
        // treasure.⏎Above: seed heads. Photo by …⏎“One thing everyone could do …”"): the
        // quotation goes on past it; the caption is no part of it
        out.push({ start: openAtEnd + 1, end: p.end, open: openAtEnd, close: p.end, para: pi });
      }
    }
  });
  return out
    .map((q) => trim(text, q))
    .filter((q) => q.end > q.start && q.end - q.start <= MAX_QUOTE)
    .sort((a, b) => a.start - b.start);
}

function trim(text: string, q: RawQuote): RawQuote {
  let { start, end } = q;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...q, start, end };
}
